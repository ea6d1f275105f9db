using SciMuseum.Core.Identity;
using SciMuseum.Core.Visitors;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Components.Layout;

/// <summary>One entry of the staff menu; <see cref="Roles"/> empty means every signed-in staff member.</summary>
public sealed record MenuItem(string Zh, string En, string Href, string Icon, params string[] Roles)
{
    public string Title => L(Zh, En);
}

/// <summary>A menu group: one per department (and the leadership), in the seed's order.</summary>
public sealed record MenuGroup(string Key, string Zh, string En, string Icon, IReadOnlyList<MenuItem> Items)
{
    public string Title => L(Zh, En);
}

/// <summary>
/// The staff menu. Each module adds its pages to its department's group here, so that every page is reachable.
/// </summary>
public sealed class StaffMenu
{
    private static readonly string[] Readers = Roles.PerformanceReaders.Split(',');
    private static readonly string[] FinanceRecords = Roles.FinanceReaders.Split(',');

    public IReadOnlyList<MenuGroup> Groups { get; } =
    [
        new("office", "办公室", "Office", "home",
        [
            new("工作台", "Dashboard", "/staff", "dashboard"),
            new("场馆信息", "Museum profile", "/staff/organization", "bank"),
            new("部门与岗位", "Departments & posts", "/staff/organization/departments", "apartment"),
            new("人员", "Staff", "/staff/organization/staff", "team"),
        ]),
        new("leadership", "馆领导", "Leadership", "crown",
        [
            new("绩效评价", "Evaluations", "/staff/performance/evaluations", "trophy", Readers),
            new("绩效目标", "Performance goals", "/staff/performance/goals", "aim", Readers),
            new("绩效双监控", "Performance monitoring", "/staff/performance/monitoring", "alert", Readers),
            new("整改台账", "Rectification", "/staff/performance/rectification", "check-square", Readers),
            new("评分表", "Scoring tables", "/staff/performance/tables", "profile", Readers),
            new("审计日志", "Audit log", "/staff/audit", "audit", Roles.SystemAdmin, Roles.MuseumLeader, Roles.Auditor),
        ]),
        new("exhibition", "展览教育部", "Exhibition & education", "picture",
        [
            new("核验入馆", "Gate check-in", "/staff/visitors/gate", "scan", VisitorRoles.Gate.Split(',')),
            new("预约记录", "Bookings", "/staff/visitors/reservations", "profile", VisitorRoles.PersonalData.Split(',')),
            new("团体预约", "Group visits", "/staff/visitors/groups", "team", VisitorRoles.PersonalData.Split(',')),
            new("开放日历", "Opening calendar", "/staff/visitors/calendar", "calendar", VisitorRoles.Managers.Split(',')),
            new("观众统计", "Visitor statistics", "/staff/visitors/statistics", "bar-chart", VisitorRoles.StatisticsReaders.Split(',')),
        ]),
        new("maintenance", "展品维护研发部", "Exhibit maintenance", "tool", []),
        new("finance", "计划财务部", "Planning & finance", "account-book",
        [
            new("预算执行", "Budget execution", "/staff/finance", "table"),
            new("预算项目", "Budget lines", "/staff/finance/lines", "unordered-list", FinanceRecords),
            new("执行监控", "Monitoring", "/staff/finance/monitoring", "alert"),
            new("数据核对", "Reconciliation", "/staff/finance/reconciliation", "file-search", FinanceRecords),
            new("Excel 导入", "Excel import", "/staff/finance/import", "upload", Roles.SystemAdmin, Roles.MuseumLeader, Roles.PlanningFinance, Roles.FinanceLead),
        ]),
        new("activities", "科技活动部", "Science activities", "trophy", []),
        new("youth", "青少年课外活动中心", "Youth activity center", "smile", []),
        new("counseling", "心理健康辅导中心", "Counseling center", "heart", []),
    ];

    public static bool Allows(MenuItem item, System.Security.Claims.ClaimsPrincipal user) =>
        item.Roles.Length == 0 || item.Roles.Any(user.IsInRole);
}
