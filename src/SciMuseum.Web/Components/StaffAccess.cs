using System.Security.Claims;
using SciMuseum.Core.Identity;

namespace SciMuseum.Web.Components;

/// <summary>What the signed-in staff member may do on a page; pages read the roles from the cascaded authentication state.</summary>
public static class StaffAccess
{
    public static bool IsInAnyRole(ClaimsPrincipal user, string roles) =>
        roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(user.IsInRole);

    public static bool CanEditOrganization(ClaimsPrincipal user) => IsInAnyRole(user, Roles.OrganizationEditors);
}
