namespace SciMuseum.Core.Identity;

/// <summary>Roles: the system, the leaders, one per department of the seed (四部一室两中心), and the special duties.</summary>
public static class Roles
{
    public const string SystemAdmin = "SystemAdmin";
    public const string MuseumLeader = "MuseumLeader";
    public const string ExhibitionEducation = "ExhibitionEducation";
    public const string ExhibitMaintenance = "ExhibitMaintenance";
    public const string PlanningFinance = "PlanningFinance";
    /// <summary>计划财务部负责人: may let an expenditure exceed a line's funds, with a reason.</summary>
    public const string FinanceLead = "FinanceLead";
    public const string ScienceActivities = "ScienceActivities";
    /// <summary>科技活动部负责人: may re-open a contest category's signed-off results, with a reason.</summary>
    public const string ScienceActivitiesLead = "ScienceActivitiesLead";
    public const string Office = "Office";
    public const string YouthActivityCenter = "YouthActivityCenter";
    public const string CounselingCenter = "CounselingCenter";
    public const string GateStaff = "GateStaff";
    public const string Counselor = "Counselor";
    public const string Auditor = "Auditor";
    public const string ProvinceViewer = "ProvinceViewer";

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Names = new Dictionary<string, (string, string)>
    {
        [SystemAdmin] = ("系统管理员", "System administrator"),
        [MuseumLeader] = ("馆领导", "Museum leader"),
        [ExhibitionEducation] = ("展览教育部", "Exhibition & education"),
        [ExhibitMaintenance] = ("展品维护研发部", "Exhibit maintenance & R&D"),
        [PlanningFinance] = ("计划财务部", "Planning & finance"),
        [FinanceLead] = ("计划财务部负责人", "Head of finance"),
        [ScienceActivities] = ("科技活动部", "Science activities"),
        [ScienceActivitiesLead] = ("科技活动部负责人", "Head of science activities"),
        [Office] = ("办公室", "Office"),
        [YouthActivityCenter] = ("青少年课外活动中心", "Youth activity center"),
        [CounselingCenter] = ("未成年人心理健康辅导中心", "Minors' counseling center"),
        [GateStaff] = ("检票员", "Gate staff"),
        [Counselor] = ("心理辅导员", "Counselor"),
        [Auditor] = ("审计员（只读）", "Auditor (read-only)"),
        [ProvinceViewer] = ("省市查看", "Province viewer"),
    };

    public static IEnumerable<string> All => Names.Keys;

    /// <summary>Who may change the organisation's records (profile, departments, posts, staff).</summary>
    public const string OrganizationEditors = SystemAdmin + "," + MuseumLeader + "," + Office;

    /// <summary>Who may keep the budget and the ledger.</summary>
    public const string FinanceEditors = SystemAdmin + "," + MuseumLeader + "," + PlanningFinance + "," + FinanceLead;

    /// <summary>
    /// Who may read finance records (budgets, lines, adjustments, receipts, expenditures with payees and contracts, vouchers,
    /// stated figures, reconciliation): the keepers, leaders and overseers. Everyone else sees figures only (the execution
    /// table, monitoring and alerts of their own department's lines).
    /// </summary>
    public const string FinanceReaders = FinanceEditors + "," + Auditor + "," + ProvinceViewer;

    /// <summary>Who may override the over-spending guard (with a reason).</summary>
    public const string FinanceLeaders = MuseumLeader + "," + FinanceLead;

    /// <summary>Who may declare goals, edit scoring tables, evaluate, sign off and track rectification.</summary>
    public const string PerformanceEditors = SystemAdmin + "," + MuseumLeader + "," + Office + "," + PlanningFinance + "," + FinanceLead;

    /// <summary>Who may read goals, evaluations, monitoring and rectification: the editors and the overseers.</summary>
    public const string PerformanceReaders = PerformanceEditors + "," + Auditor + "," + ProvinceViewer;

    /// <summary>Who may sign off an evaluation or re-open a signed-off one.</summary>
    public const string PerformanceSigners = SystemAdmin + "," + MuseumLeader;

    /// <summary>Who may see staff members' phone numbers; other roles get them masked (139****0000).</summary>
    public const string StaffPhoneReaders = OrganizationEditors;

    /// <summary>Who may read the audit log.</summary>
    public const string AuditReaders = SystemAdmin + "," + MuseumLeader + "," + Auditor;
}
