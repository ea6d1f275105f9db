using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>The report's 存在的问题 and 整改措施, one measure per problem, with their progress through 2021.</summary>
public static class Demo2020Rectification
{
    private sealed record Item(string Problem, string ProblemDetail, string Measure, string MeasureDetail, DepartmentKind Owner, DateOnly Deadline,
        MeasureStatus Status, (DateOnly Date, string Note)[] Progress);

    private static readonly Item[] Items =
    [
        new("绩效管理体系不完善，预算编制不完整",
            "绩效目标设置不严谨、约束力不强；预期效果目标不够明确，缺少量化、可衡量的指标。",
            "重视整体支出绩效管理及预算的编制完整性、科学性",
            "年度绩效目标按可量化、可衡量、可评价的维度设计；各部室制定项目实施方案，细化量化考核指标；加强年初预算编制的完整性。",
            DepartmentKind.PlanningFinance, new(2021, 6, 30), MeasureStatus.Verified,
            [(new(2021, 3, 15), "2021年度绩效目标按产出/效益/满意度逐项量化申报。"), (new(2021, 6, 25), "绩效目标在 SciMuseum 中申报并绑定数据来源，财务复核通过。")]),
        new("人才储备不足，现有人才队伍与科技馆发展需求不匹配",
            "展厅讲解员、活动中心辅导员专业人才数量较少，难以满足高质量的工作开展。",
            "聚力人才引进和培养，打造高水平科技人才队伍",
            "改善薪资待遇，设立辅导员奖惩机制和业务等级，建立中、高级人才考聘通道。",
            DepartmentKind.Office, new(2021, 12, 31), MeasureStatus.InProgress,
            [(new(2021, 5, 10), "辅导员业务等级与奖惩办法草案已提交馆务会。")]),
        new("部分场馆设施开放及使用程度仍有待改进",
            "展品更新改造、维修维护周期较长，耗材消耗青黄不接，开放程度不理想。",
            "细化场馆设施开放细则，提升群众体验的便利性",
            "加快新增展品调试安装；建立常规耗材动态监管机制；缩短维修周期；及时公布开放信息。",
            DepartmentKind.ExhibitMaintenance, new(2021, 9, 30), MeasureStatus.Done,
            [(new(2021, 3, 31), "22件新展品全部安装到位，进入试运行。"), (new(2021, 9, 20), "耗材安全库存与预警建立，维修工单按时限跟踪。")]),
        new("信息化管理水平较差",
            "信息化建设仅停留在基础建设层面，游客线上、线下联动效果不佳。",
            "加强信息化建设，提升运营能力",
            "加大信息化投入，优化进场模式、建设智能化展厅，推进数字科技馆建设。",
            DepartmentKind.Office, new(2021, 12, 31), MeasureStatus.Planned, []),
    ];

    public static void Build(MuseumDb db, Guid museumId, Guid evaluationId, IReadOnlyDictionary<DepartmentKind, Department> departments)
    {
        var order = 0;
        foreach (var item in Items)
        {
            var problem = new RectificationProblem
            {
                MuseumId = museumId, Year = 2020, EvaluationId = evaluationId, Title = item.Problem, Description = item.ProblemDetail, SortOrder = ++order,
            };
            db.RectificationProblems.Add(problem);
            var measure = new RectificationMeasure
            {
                MuseumId = museumId, ProblemId = problem.Id, Title = item.Measure, Description = item.MeasureDetail,
                DepartmentId = departments[item.Owner].Id, Deadline = item.Deadline, Status = item.Status, SortOrder = 1,
            };
            db.RectificationMeasures.Add(measure);
            foreach (var (date, note) in item.Progress)
                db.MeasureProgress.Add(new MeasureProgress { MuseumId = museumId, MeasureId = measure.Id, Date = date, Note = note, Evidence = "馆务会纪要" });
        }
    }
}
