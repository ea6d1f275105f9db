using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Organization;

/// <summary>The seven bodies of 四部一室两中心, with the duties the seed report gives them.</summary>
public static class StandardDepartments
{
    public static readonly (DepartmentKind Kind, string Name, string Duties)[] All =
    [
        (DepartmentKind.ExhibitionEducation, "展览教育部", "负责展品管理、讲解及演示，协助公众参与科普实践活动，指导展品的正确使用。"),
        (DepartmentKind.ExhibitMaintenance, "展品维护研发部", "负责展品的更新、保养维修和展品的开发设计、制作规划、发展研究，公众调查，技术培训等。"),
        (DepartmentKind.PlanningFinance, "计划财务部", "做好各项经费收支的预算、控制、核算、分析和监督工作，确保资金依法合理运用。"),
        (DepartmentKind.ScienceActivities, "科技活动部", "组织开展科普活动和全市科协系统青少年科技教育工作，承办各类青少年科技竞赛。"),
        (DepartmentKind.Office, "办公室", "负责日常事务、文件收发督办、网站和微信公众号建设维护、项目申报归档。"),
        (DepartmentKind.YouthActivityCenter, "青少年课外活动中心", "为青少年培养艺术特长、开发劳动技能和创新能力提供场所、创造条件。"),
        (DepartmentKind.CounselingCenter, "未成年人心理健康辅导中心", "面向未成年人实施心理健康教育，开展个人或团体心理咨询与辅导，宣传心理健康知识。"),
    ];

    public static Dictionary<DepartmentKind, Department> AddTo(MuseumDb db, Guid museumId)
    {
        var made = new Dictionary<DepartmentKind, Department>();
        var order = 0;
        foreach (var (kind, name, duties) in All)
        {
            var d = new Department { MuseumId = museumId, Kind = kind, Name = name, Duties = duties, SortOrder = ++order };
            db.Departments.Add(d);
            made[kind] = d;
        }
        return made;
    }
}
