using System.Security.Claims;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;

namespace SciMuseum.Web.Organization;

/// <summary>
/// A staff member's mobile number is personal data: the office, leaders and administrators see it whole, every other
/// role sees it masked (139****0000), in the API, the page and the export alike.
/// </summary>
public static class StaffPhones
{
    private static readonly string[] Readers = Roles.StaffPhoneReaders.Split(',');

    public static bool SeesPhones(ClaimsPrincipal user) => Readers.Any(user.IsInRole);

    public static string Mask(string phone) =>
        phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    public static ListStaff.Row For(ClaimsPrincipal user, ListStaff.Row row) =>
        SeesPhones(user) ? row : row with { Phone = Mask(row.Phone) };

    /// <summary>Masks the number of an untracked entity about to be answered.</summary>
    public static StaffMember For(ClaimsPrincipal user, StaffMember member)
    {
        if (!SeesPhones(user)) member.Phone = Mask(member.Phone);
        return member;
    }
}
