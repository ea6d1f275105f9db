using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Web.Finance;

/// <summary>
/// Finance staff, leaders and overseers (<see cref="Roles.FinanceReaders"/>) see every line and its records; a department
/// sees the figures of its own lines only (execution, monitoring, alerts), never payees, contracts or vouchers.
/// </summary>
public static class FinanceAccess
{
    private static readonly string[] SeeAll = Roles.FinanceReaders.Split(',');

    /// <summary>May read finance records (lines, receipts, expenditures, reconciliation), not only figures.</summary>
    public static bool ReadsRecords(ClaimsPrincipal user) => SeeAll.Any(user.IsInRole);

    private static readonly Dictionary<string, DepartmentKind> DepartmentRoles = new()
    {
        [Roles.ExhibitionEducation] = DepartmentKind.ExhibitionEducation,
        [Roles.ExhibitMaintenance] = DepartmentKind.ExhibitMaintenance,
        [Roles.ScienceActivities] = DepartmentKind.ScienceActivities,
        [Roles.Office] = DepartmentKind.Office,
        [Roles.YouthActivityCenter] = DepartmentKind.YouthActivityCenter,
        [Roles.CounselingCenter] = DepartmentKind.CounselingCenter,
        [Roles.Counselor] = DepartmentKind.CounselingCenter,
    };

    /// <summary>null: every line; otherwise the departments whose lines the user may read.</summary>
    public static async Task<IReadOnlyCollection<Guid>?> VisibleDepartmentsAsync(ClaimsPrincipal user, MuseumDb db, CancellationToken ct)
    {
        if (SeeAll.Any(user.IsInRole)) return null;
        var kinds = DepartmentRoles.Where(r => user.IsInRole(r.Key)).Select(r => r.Value).ToList();
        return await db.Departments.Where(d => kinds.Contains(d.Kind)).Select(d => d.Id).ToListAsync(ct);
    }
}
