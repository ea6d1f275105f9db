using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The 2020 performance records of the seed: the declared goal, the scoring table and the live self-evaluation
/// (87.64, 良好, once the visitors module publishes its figures), and the report's four problems with their four
/// measures tracked into 2021.
/// </summary>
public static class Demo2020Performance
{
    public const string EvaluationName = "2020年度部门整体支出绩效自评";

    public static void Build(MuseumDb db, Guid museumId, IReadOnlyDictionary<DepartmentKind, Department> departments, IReadOnlyList<BudgetLine> lines)
    {
        var table = new ScoringTable
        {
            MuseumId = museumId, Name = "部门整体支出绩效评价指标体系评分表（2020）", TemplateCode = ScoringTemplates.Departmental,
            Description = "按《关于开展2020年度部门整体支出绩效评价工作的通知》的指标体系，由投入/过程/产出/效果模板调整而来。",
        };
        db.ScoringTables.Add(table);
        var rows = IndicatorNode.Flatten(table.Id, Demo2020PerformanceTable.Indicators());
        foreach (var row in rows)
        {
            row.MuseumId = museumId;
            if (row.Rule is not null) row.DepartmentId = departments[Owner(row)].Id;
        }
        db.ScoringIndicators.AddRange(rows);

        var evaluation = new Evaluation
        {
            MuseumId = museumId, Year = 2020, PeriodFrom = new(2020, 1, 1), PeriodTo = new(2020, 12, 31), TableId = table.Id, Name = EvaluationName,
        };
        db.Evaluations.Add(evaluation);
        foreach (var row in rows)
        {
            if (Demo2020PerformanceTable.Manual.TryGetValue(row.Name, out var m))
                db.EvaluationInputs.Add(new EvaluationInput { MuseumId = museumId, EvaluationId = evaluation.Id, IndicatorId = row.Id, ManualValue = m.Value, Evidence = m.Evidence });
            foreach (var (evaluator, score, reason) in Demo2020PerformanceTable.Judgements.GetValueOrDefault(row.Name, []))
                db.Judgements.Add(new Judgement
                {
                    MuseumId = museumId, EvaluationId = evaluation.Id, IndicatorId = row.Id, Evaluator = evaluator, Score = score,
                    Band = SaveJudgement.BandOf(score, row.Weight), Reason = reason,
                });
        }
        AddGoals(db, museumId, departments, lines);
        Demo2020Rectification.Build(db, museumId, evaluation.Id, departments);
    }

    /// <summary>Who answers for a leaf: the department whose work it measures; budget items are finance's, the rest the office's.</summary>
    private static DepartmentKind Owner(ScoringIndicator leaf) => leaf.Name switch
    {
        "接待观众人次" or "开放天数" or "展厅社会满意度" => DepartmentKind.ExhibitionEducation,
        "展品更新数量" or "展品完好率" or "展品维护维修" or "展品更新及时性" or "资产管理安全性" => DepartmentKind.ExhibitMaintenance,
        "活动实际完成率" or "活动质量达标率" or "活动按计划开展" or "青少年课外活动中心满意度" => DepartmentKind.YouthActivityCenter,
        "心理健康讲座" or "未成年人心理健康辅导中心满意度" => DepartmentKind.CounselingCenter,
        "科技创新大赛获奖作品" or "机器人竞赛参赛队" => DepartmentKind.ScienceActivities,
        _ when leaf.Code.StartsWith('2') || leaf.Name is "三公经费变动率" or "重点支出安排率" or "成本控制" => DepartmentKind.PlanningFinance,
        _ => DepartmentKind.Office,
    };

    private static void AddGoals(MuseumDb db, Guid museumId, IReadOnlyDictionary<DepartmentKind, Department> departments, IReadOnlyList<BudgetLine> lines)
    {
        var order = 0;
        var goal = new PerformanceGoal
        {
            MuseumId = museumId, Year = 2020, Title = "2020年度部门整体绩效目标",
            OverallGoal = "全年免费开放，接待市民游客30万人次；更新22件展品；两中心开展活动37个；组织青少年科技创新大赛、机器人竞赛、创意编程大赛；预算资金按计划支付，三公经费不超预算。",
            Amount = 5_188_900m, FundingSource = "本级财政拨款", FundNature = FundNature.FiscalAppropriation,
            ImplementationPlan = "科技馆免费开放及展教活动；展品维护与更新改造；青少年科技竞赛与课外活动；未成年人心理健康辅导。",
            Timeline = "1—3月：制定年度计划，落实预算\n4—9月：恢复开放，组织竞赛和暑期活动\n10—12月：完成展品采购，年终自评",
        };
        AddBasis(goal, "宛财预〔2020〕3号", "关于批复南阳市科学技术馆2020年部门预算的通知");
        AddBasis(goal, "科协发普字〔2015〕21号", "关于全国科技馆免费开放的通知");
        db.PerformanceGoals.Add(goal);
        void AddBasis(PerformanceGoal g, string number, string title) =>
            db.GoalBases.Add(new GoalBasis { MuseumId = museumId, GoalId = g.Id, Number = number, Title = title, SortOrder = ++order });
        void Qualitative(PerformanceGoal g, GoalCategory c, GoalSubcategory s, string name, string target, string actual, GoalJudgement judgement, DepartmentKind dept) =>
            db.GoalIndicators.Add(new GoalIndicator
            {
                MuseumId = museumId, GoalId = g.Id, Category = c, Subcategory = s, Name = name, Comparison = Comparison.Equal, Qualitative = true,
                TextTarget = target, TextActual = actual, Judgement = judgement, DepartmentId = departments[dept].Id, SortOrder = ++order,
            });
        void Add(PerformanceGoal g, GoalCategory c, GoalSubcategory s, string name, string unit, Comparison cmp, decimal target, string? metric, DepartmentKind dept, string? argument = null) =>
            db.GoalIndicators.Add(new GoalIndicator
            {
                MuseumId = museumId, GoalId = g.Id, Category = c, Subcategory = s, Name = name, Unit = unit, Comparison = cmp, Target = target,
                MetricKey = metric, MetricArgument = argument, DepartmentId = departments[dept].Id, SortOrder = ++order,
            });
        Add(goal, GoalCategory.Output, GoalSubcategory.Quantity, "接待观众人次", "人次", Comparison.AtLeast, 300_000, "visitors.admitted", DepartmentKind.ExhibitionEducation);
        Add(goal, GoalCategory.Output, GoalSubcategory.Quantity, "更新展品数量", "件", Comparison.AtLeast, 22, null, DepartmentKind.ExhibitMaintenance);
        Add(goal, GoalCategory.Output, GoalSubcategory.Quantity, "两中心开展活动", "个", Comparison.AtLeast, 37, null, DepartmentKind.YouthActivityCenter);
        Add(goal, GoalCategory.Output, GoalSubcategory.Timeliness, "预算执行率", "%", Comparison.AtLeast, 90, "finance.executionRate", DepartmentKind.PlanningFinance);
        Add(goal, GoalCategory.Output, GoalSubcategory.Cost, "三公经费控制率", "%", Comparison.AtMost, 100, "finance.threePublicControlRate", DepartmentKind.Office);
        Add(goal, GoalCategory.Effect, GoalSubcategory.Sustainable, "在职人员控制率", "%", Comparison.AtMost, 100, "organization.staffControlRate", DepartmentKind.Office);
        Qualitative(goal, GoalCategory.Effect, GoalSubcategory.Social, "科普社会影响", "提升公众科学素质，扩大科技馆社会影响力",
            "暑期直播课堂收看人数突破200万，媒体实时报道", GoalJudgement.Met, DepartmentKind.ExhibitionEducation);
        Add(goal, GoalCategory.Satisfaction, GoalSubcategory.Satisfaction, "社会公众满意度", "分", Comparison.AtLeast, 90, "surveys.satisfaction", DepartmentKind.ExhibitionEducation, "halls");

        // Spending runs to the year's plan (slow while closed, most of it in the second half), not evenly by the calendar.
        db.GoalIndicators.Local.Single(i => i.GoalId == goal.Id && i.Name == "预算执行率").Pace = GoalPace.PlannedCurve;
        db.GoalIndicators.Local.Single(i => i.GoalId == goal.Id && i.Name == "预算执行率").MonthlyPlan = [3, 8, 15, 22, 30, 40, 50, 60, 70, 80, 90, 100];

        var subsidy = lines.Single(l => l.Code == "P09");
        var lineGoal = new PerformanceGoal
        {
            MuseumId = museumId, Year = 2020, BudgetLineId = subsidy.Id, Title = "科技馆免费开放中央补助资金绩效目标",
            OverallGoal = "用于科技馆展品展项的更新及维修：完成22件展品采购，资金年内支付90%以上。",
            Amount = 2_290_000m, FundingSource = "中央补助", ProjectType = ProjectType.Continuing, FundNature = FundNature.FiscalAppropriation,
            ImplementationPlan = "公开招标采购22件展品，按合同分期付款，安装调试后投入使用；其余用于展品日常维修。",
            Timeline = "7月：资金到位\n8—11月：招标采购，签订合同\n12月：支付首期款\n次年3月：安装到位",
        };
        AddBasis(lineGoal, "豫财科〔2020〕免费开放补助", "关于下达2020年科技馆免费开放中央补助资金的通知");
        db.PerformanceGoals.Add(lineGoal);
        subsidy.PerformanceGoalId = lineGoal.Id;
        Add(lineGoal, GoalCategory.Output, GoalSubcategory.Timeliness, "补助资金支付率", "%", Comparison.AtLeast, 90, "finance.executionRate", DepartmentKind.ExhibitMaintenance, subsidy.Id.ToString());
        Add(lineGoal, GoalCategory.Output, GoalSubcategory.Quantity, "采购更新展品", "件", Comparison.AtLeast, 22, null, DepartmentKind.ExhibitMaintenance);
        db.GoalIndicators.Local.Single(i => i.GoalId == lineGoal.Id && i.Name == "补助资金支付率").Pace = GoalPace.TimeProportional;
        Qualitative(lineGoal, GoalCategory.Effect, GoalSubcategory.Sustainable, "展品更新投入使用", "更新展品年内安装并投入使用",
            "22件展品2020年11月完成采购，2021年3月底才安装到位", GoalJudgement.PartlyMet, DepartmentKind.ExhibitMaintenance);
    }
}

/// <summary>The performance module's demo step: goal, scoring table, self-evaluation and rectification.</summary>
public sealed class PerformanceDemoStep : IDemoStep
{
    public string Name => "performance evaluation";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.ScoringTables.AnyAsync(t => t.MuseumId == museum.Id, ct);

    public async Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        var lines = await db.BudgetLines.Where(l => l.MuseumId == museum.Id && l.Budget!.Year == 2020).ToListAsync(ct);
        Demo2020Performance.Build(db, museum.Id, await DemoSteps.DepartmentsAsync(db, museum.Id, ct), lines);
    }
}
