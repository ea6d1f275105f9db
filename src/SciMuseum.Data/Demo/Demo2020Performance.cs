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
        var goal = new PerformanceGoal
        {
            MuseumId = museumId, Year = 2020, Title = "2020年度部门整体绩效目标",
            OverallGoal = "全年免费开放，接待市民游客30万人次；更新22件展品；两中心开展活动37个；组织青少年科技创新大赛、机器人竞赛、创意编程大赛；预算资金按计划支付，三公经费不超预算。",
        };
        db.PerformanceGoals.Add(goal);
        var order = 0;
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
        Add(goal, GoalCategory.Satisfaction, GoalSubcategory.Satisfaction, "社会公众满意度", "分", Comparison.AtLeast, 90, "surveys.satisfaction", DepartmentKind.ExhibitionEducation, "halls");

        var subsidy = lines.Single(l => l.Code == "P09");
        var lineGoal = new PerformanceGoal
        {
            MuseumId = museumId, Year = 2020, BudgetLineId = subsidy.Id, Title = "科技馆免费开放中央补助资金绩效目标",
            OverallGoal = "用于科技馆展品展项的更新及维修：完成22件展品采购，资金年内支付90%以上。",
        };
        db.PerformanceGoals.Add(lineGoal);
        subsidy.PerformanceGoalId = lineGoal.Id;
        Add(lineGoal, GoalCategory.Output, GoalSubcategory.Timeliness, "补助资金支付率", "%", Comparison.AtLeast, 90, "finance.executionRate", DepartmentKind.ExhibitMaintenance, subsidy.Id.ToString());
        Add(lineGoal, GoalCategory.Output, GoalSubcategory.Quantity, "采购更新展品", "件", Comparison.AtLeast, 22, null, DepartmentKind.ExhibitMaintenance);
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
