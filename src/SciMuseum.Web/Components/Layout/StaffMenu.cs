using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Components.Layout;

/// <summary>One entry of the staff menu; <see cref="Roles"/> empty means every signed-in staff member.</summary>
public sealed record MenuItem(string Zh, string En, string Href, string Icon, params string[] Roles)
{
    public string Title => L(Zh, En);
}

/// <summary>A module's page under a department's group (<see cref="MenuGroups"/>).</summary>
public sealed record MenuEntry(string Group, MenuItem Item);

/// <summary>A menu group: one per department (and the leadership), in the seed's order.</summary>
public sealed record MenuGroup(string Key, string Zh, string En, string Icon, IReadOnlyList<MenuItem> Items)
{
    public string Title => L(Zh, En);
}

/// <summary>The groups of the staff menu: the museum's departments (四部一室两中心) and the leadership.</summary>
public static class MenuGroups
{
    public const string Office = "office";
    public const string Leadership = "leadership";
    public const string Exhibition = "exhibition";
    public const string Maintenance = "maintenance";
    public const string Finance = "finance";
    public const string Activities = "activities";
    public const string Youth = "youth";
    public const string Counseling = "counseling";
    public const string System = "system";

    /// <summary>The department kind whose group a key heads: the heading shows the museum's own name for that department.</summary>
    public static readonly IReadOnlyDictionary<string, SciMuseum.Core.Organization.DepartmentKind> Departments =
        new Dictionary<string, SciMuseum.Core.Organization.DepartmentKind>
        {
            [Office] = SciMuseum.Core.Organization.DepartmentKind.Office,
            [Exhibition] = SciMuseum.Core.Organization.DepartmentKind.ExhibitionEducation,
            [Maintenance] = SciMuseum.Core.Organization.DepartmentKind.ExhibitMaintenance,
            [Finance] = SciMuseum.Core.Organization.DepartmentKind.PlanningFinance,
            [Activities] = SciMuseum.Core.Organization.DepartmentKind.ScienceActivities,
            [Youth] = SciMuseum.Core.Organization.DepartmentKind.YouthActivityCenter,
            [Counseling] = SciMuseum.Core.Organization.DepartmentKind.CounselingCenter,
        };

    internal static readonly (string Key, string Zh, string En, string Icon)[] All =
    [
        (Office, "办公室", "Office", "home"),
        (Leadership, "馆领导", "Leadership", "crown"),
        (Exhibition, "展览教育部", "Exhibition & education", "picture"),
        (Maintenance, "展品维护研发部", "Exhibit maintenance", "tool"),
        (Finance, "计划财务部", "Planning & finance", "account-book"),
        (Activities, "科技活动部", "Science activities", "trophy"),
        (Youth, "青少年课外活动中心", "Youth activity center", "smile"),
        (Counseling, "心理健康辅导中心", "Counseling center", "heart"),
        (System, "系统管理", "System administration", "setting"),
    ];
}

/// <summary>
/// The staff menu, made from each module's <see cref="MuseumModule.Menu"/> entries, so that every page is reachable
/// and no module edits this file.
/// </summary>
public sealed class StaffMenu(IEnumerable<MuseumModule> modules)
{
    public IReadOnlyList<MenuGroup> Groups { get; } = Build(modules.SelectMany(m => m.Menu).ToList());

    private static List<MenuGroup> Build(List<MenuEntry> entries)
    {
        var unknown = entries.Select(e => e.Group).Except(MenuGroups.All.Select(g => g.Key)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException("Unknown staff menu group(s): " + string.Join(", ", unknown));
        return [.. MenuGroups.All.Select(g => new MenuGroup(g.Key, g.Zh, g.En, g.Icon, [.. entries.Where(e => e.Group == g.Key).Select(e => e.Item)]))];
    }

    public static bool Allows(MenuItem item, System.Security.Claims.ClaimsPrincipal user) =>
        item.Roles.Length == 0 || item.Roles.Any(user.IsInRole);
}
