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
}
