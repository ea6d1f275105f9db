using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;

namespace SciMuseum.UnitTests.Performance;

/// <summary>The demo table scored from the figures the 2020 records give reaches the report's 87.64, 良好.</summary>
public sealed class Demo2020ScoreTests
{
    /// <summary>What the modules' metrics give for the 2020 demo records (finance: see the execution table; visitors: 93,812 on 154 days).</summary>
    private static readonly Dictionary<string, decimal> Metrics2020 = new()
    {
        ["organization.staffControlRate"] = 100m,
        ["finance.budgetAdjustmentRate"] = 0m,
        ["finance.executionRate"] = 78.7m,
        ["finance.balanceRate"] = 21.3m,
        ["finance.threePublicControlRate"] = 50m,
        // 2019's 三公 ledger (0.50 万) against 2020's (0.25 万); the procurement plan bought in full; no findings.
        ["finance.threePublicChangeRate"] = -50m,
        ["finance.procurementExecutionRate"] = 100m,
        ["finance.complianceFindings"] = 0m,
        ["visitors.admitted"] = 93_812m,
        ["visitors.openDays"] = 154m,
        // The exhibits module's records: above the targets (22, 95 %, 400), so they score full marks as the typed values did.
        ["exhibits.renewed"] = 22m,
        ["exhibits.integrityRate"] = 95.3m,
        ["exhibits.maintenanceJobs"] = 431m,
        // The programs module's activity records: 36 of 37 held, 34 of 36 up to standard, as the report's typed values were.
        ["programs.heldRate"] = 97.3m,
        ["programs.standardRate"] = 94.4m,
        // The counseling center's lecture records: 35, above the target of 30.
        ["counseling.lectures"] = 35m,
        // The surveys module's answers: each area's satisfaction index, the report's scores.
        ["surveys.satisfaction(halls)"] = 90.2m,
        ["surveys.satisfaction(youth)"] = 91.91m,
        ["surveys.satisfaction(counseling)"] = 91.85m,
        // The contests' entries and scores: 985 awarded works (target 900) and 412 robot teams (target 400), full marks as typed before.
        ["competitions.awardedEntries(innovation)"] = 985m,
        ["competitions.teams(robot)"] = 412m,
    };

    private static (List<ScoringIndicator> Rows, SheetResult Result) Score(Dictionary<string, decimal> metrics)
    {
        var rows = IndicatorNode.Flatten(Guid.NewGuid(), Demo2020PerformanceTable.Indicators());
        return (rows, Scorer.Score([.. rows.Select(r => r.ToNode())], Demo2020PerformanceTable.Actuals(rows, metrics), GradeBands.Standard));
    }

    [Fact]
    public void The_2020_demo_evaluation_totals_87_64_and_grades_good()
    {
        var (rows, r) = Score(Metrics2020);
        Assert.Equal(87.64m, r.Total);
        Assert.Equal("良好", r.Grade);
        decimal ScoreOf(string name) => r.Indicators.Single(i => i.Name == name).Score!.Value;
        Assert.Equal(1.25m, ScoreOf("接待观众人次"));
        Assert.Equal(1.01m, ScoreOf("开放天数"));
        Assert.Equal(3.15m, ScoreOf("支付进度"));
        Assert.Equal(1.5m, ScoreOf("结转结余率"));
        Assert.Equal(2.61m, ScoreOf("信息化建设"));
        Assert.Equal([9.5m, 26.75m, 24.48m, 26.91m], r.Subtotals.Select(s => s.Score!.Value));
        Assert.All(rows.Where(x => x.Rule is { Kind: RuleKind.Judgement }), x => Assert.True(Demo2020PerformanceTable.Judgements.ContainsKey(x.Name), x.Name));
    }

    [Fact]
    public void Without_the_visitor_figures_the_demo_loses_their_points()
    {
        var (_, r) = Score(Metrics2020.Where(m => !m.Key.StartsWith("visitors.")).ToDictionary());
        Assert.Equal(87.64m - 1.25m - 1.01m, r.Total);
    }

    [Fact]
    public void Every_manual_value_and_judgement_of_the_demo_names_a_leaf_and_carries_its_evidence_or_reason()
    {
        var leaves = IndicatorNode.Flatten(Guid.NewGuid(), Demo2020PerformanceTable.Indicators()).Where(r => r.Rule is not null).Select(r => r.Name).ToHashSet();
        Assert.All(Demo2020PerformanceTable.Manual, m => { Assert.Contains(m.Key, leaves); Assert.NotEmpty(m.Value.Evidence); });
        Assert.All(Demo2020PerformanceTable.Judgements.SelectMany(j => j.Value), j => Assert.NotEmpty(j.Reason));
    }
}
