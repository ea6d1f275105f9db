using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Web.Finance;

/// <summary>Finance staff, leaders and auditors see every line; a department sees its own lines, read-only.</summary>
public static class FinanceAccess
{
    private static readonly string[] SeeAll =
        [Roles.SystemAdmin, Roles.MuseumLeader, Roles.PlanningFinance, Roles.FinanceLead, Roles.Auditor, Roles.ProvinceViewer];

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
