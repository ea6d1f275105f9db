using SciMuseum.Core.Organization;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Organization;

/// <summary>Columns of the organisation's tables as exported (same headers as the pages).</summary>
public static class OrganizationTables
{
    public static IDictionary<string, object?> Staff(ListStaff.Row s) => new Dictionary<string, object?>
    {
        [L("姓名", "Name")] = s.Name,
        [L("性别", "Gender")] = OrganizationLabels.Of(s.Gender),
        [L("部门", "Department")] = s.DepartmentName,
        [L("岗位", "Post")] = s.PostTitle ?? "",
        [L("用工性质", "Employment")] = OrganizationLabels.Of(s.Employment),
        [L("学历", "Education")] = OrganizationLabels.Of(s.Education),
        [L("职称", "Title")] = s.ProfessionalTitle,
        [L("电话", "Phone")] = s.Phone,
        [L("入职日期", "Started")] = s.StartDate.ToString("yyyy-MM-dd"),
        [L("离职日期", "Left")] = s.EndDate?.ToString("yyyy-MM-dd") ?? "",
        [L("退休日期", "Retired")] = s.RetirementDate?.ToString("yyyy-MM-dd") ?? "",
        [L("状态", "Status")] = StaffRules.Label(s.Status),
    };

    public static IDictionary<string, object?> Department(ListDepartments.Row d) => new Dictionary<string, object?>
    {
        [L("部门", "Department")] = d.Name,
        [L("核定编制", "Authorised posts")] = d.AuthorizedPosts,
        [L("在编在职", "In post")] = d.StaffInPost,
        [L("政府购岗", "Contract")] = d.ContractStaff,
        [L("职能", "Duties")] = d.Duties,
    };
}
