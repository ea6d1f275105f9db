using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Organization;

/// <summary>How the organisation's enums read on pages and in exports.</summary>
public static class OrganizationLabels
{
    public static string Of(DepartmentKind kind) => kind switch
    {
        DepartmentKind.ExhibitionEducation => L("展览教育部", "Exhibition & education"),
        DepartmentKind.ExhibitMaintenance => L("展品维护研发部", "Exhibit maintenance & R&D"),
        DepartmentKind.PlanningFinance => L("计划财务部", "Planning & finance"),
        DepartmentKind.ScienceActivities => L("科技活动部", "Science activities"),
        DepartmentKind.Office => L("办公室", "Office"),
        DepartmentKind.YouthActivityCenter => L("青少年课外活动中心", "Youth activity center"),
        DepartmentKind.CounselingCenter => L("未成年人心理健康辅导中心", "Minors' counseling center"),
        _ => L("其他", "Other"),
    };

    public static string Of(Employment e) => e == Employment.Establishment ? L("在编", "Establishment") : L("政府购岗", "Contract");

    public static string Of(PostKind k) => k == PostKind.Establishment ? L("编制内", "Establishment") : L("购买服务", "Contract");

    public static string Of(Gender g) => g == Gender.Male ? L("男", "Male") : L("女", "Female");

    public static string Of(Education e) => e switch
    {
        Education.Doctorate => L("博士研究生", "Doctorate"),
        Education.Master => L("硕士研究生", "Master"),
        Education.Bachelor => L("大学本科", "Bachelor"),
        Education.College => L("大学专科", "College"),
        _ => L("高中及以下", "High school or below"),
    };

    /// <summary>The organisation's records and fields as staff read them (audit log).</summary>
    public static readonly Common.RecordLabels.Module Records = new(
        new Dictionary<string, (string, string)>
        {
            ["Museum"] = ("场馆", "Museum"), ["Hall"] = ("展区", "Hall"), ["Department"] = ("部门", "Department"),
            ["Post"] = ("岗位", "Post"), ["StaffMember"] = ("人员", "Staff member"), ["AppUser"] = ("用户账号", "User account"),
        },
        new Dictionary<string, (string, string)>
        {
            ["Address"] = ("地址", "Address"), ["City"] = ("城市", "City"), ["Province"] = ("省份", "Province"),
            ["Supervisor"] = ("主管单位", "Supervisor"), ["Introduction"] = ("简介", "Introduction"), ["OpeningHours"] = ("开放时间", "Opening hours"),
            ["Floor"] = ("楼层", "Floor"), ["Theme"] = ("主题", "Theme"), ["AreaSquareMeters"] = ("面积（平方米）", "Area (m²)"),
            ["Duties"] = ("职能", "Duties"), ["AuthorizedCount"] = ("核定编制", "Authorized posts"), ["ValidFrom"] = ("生效日期", "Valid from"),
            ["ValidTo"] = ("失效日期", "Valid to"), ["ApprovalDocument"] = ("批准文件", "Approval document"), ["PostId"] = ("岗位", "Post"),
            ["Gender"] = ("性别", "Gender"), ["Education"] = ("学历", "Education"), ["ProfessionalTitle"] = ("职称", "Professional title"),
            ["Employment"] = ("用工方式", "Employment"), ["StartDate"] = ("入职日期", "Start date"), ["EndDate"] = ("离职日期", "End date"),
            ["RetirementDate"] = ("退休日期", "Retirement date"), ["DisplayName"] = ("显示名", "Display name"), ["UserName"] = ("账号", "Account"),
            ["Email"] = ("邮箱", "Email"), ["NormalizedEmail"] = ("邮箱（检索用）", "Email (for lookup)"),
            ["NormalizedUserName"] = ("账号（检索用）", "Account (for lookup)"), ["EmailConfirmed"] = ("邮箱已确认", "Email confirmed"),
            ["PhoneNumber"] = ("手机号", "Phone"), ["PhoneNumberConfirmed"] = ("手机号已确认", "Phone confirmed"),
            ["TwoFactorEnabled"] = ("两步验证", "Two-factor"), ["LockoutEnabled"] = ("允许锁定", "Lock-out enabled"),
            ["LockoutEnd"] = ("锁定至", "Locked until"), ["AccessFailedCount"] = ("连续登录失败次数", "Failed sign-ins"),
        });
}
