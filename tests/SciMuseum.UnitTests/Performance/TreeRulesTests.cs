using SciMuseum.Core.Performance;

namespace SciMuseum.UnitTests.Performance;

/// <summary>The scoring-table editor's checks, field by field, without a database.</summary>
public sealed class TreeRulesTests
{
    /// <summary>A module that publishes two metrics, as the finance and visitors modules do.</summary>
    private sealed class TwoMetrics : IMetricProvider
    {
        public IReadOnlyList<MetricDefinition> Definitions { get; } =
            [new("finance.executionRate", "执行率", "Execution rate", "%", "finance"), new("visitors.admitted", "人次", "Admissions", "人次", "visitors")];

        public Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default) =>
            Task.FromResult<MetricValue?>(new(1m));
    }

    private static readonly ScoringRule Positive = new(RuleKind.ProportionalPositive);

    private static IDictionary<string, string[]> Errors(params IndicatorNode[] roots)
    {
        using var _ = UiCulture.Use("en");
        var validator = new SaveScoringTable.Validator(new MetricRegistry([new TwoMetrics()]));
        return validator.Validate(new SaveScoringTable.Command("表", null, 90, 80, 60, [.. roots])).ToDictionary();
    }

    private static IndicatorNode Leaf(string name, decimal weight, string? metric = null, string unit = "%", ScoringRule? rule = null, decimal? target = 100) =>
        new(name, weight, rule ?? Positive, unit, target, metric);

    [Fact]
    public void A_table_of_100_points_with_matching_children_passes() =>
        Assert.Empty(Errors(ScoringTemplates.N("产出", 60, Leaf("人次", 40, "visitors.admitted", "人次"), Leaf("执行率", 20, "finance.executionRate")), Leaf("效果", 40)));

    [Fact]
    public void Both_templates_pass_their_own_checks_when_their_metrics_are_published()
    {
        foreach (var template in ScoringTemplates.All)
        {
            var errors = Errors([.. template.Indicators]);
            Assert.All(errors, e => Assert.EndsWith("metricKey", e.Key));
        }
    }

    [Fact]
    public void Level_one_weights_must_total_100() =>
        Assert.Equal(["indicators"], Errors(Leaf("投入", 30), Leaf("产出", 60)).Keys);

    [Fact]
    public void A_parents_children_must_total_its_weight() =>
        Assert.Contains("indicators[0].weight", Errors(ScoringTemplates.N("产出", 100, Leaf("a", 50), Leaf("b", 40))).Keys);

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(33.333)]
    public void A_weight_must_be_0_to_100_in_hundredths(decimal weight) =>
        Assert.Contains("indicators[0].children[0].weight", Errors(ScoringTemplates.N("产出", 100, Leaf("a", weight), Leaf("b", 100 - weight))).Keys);

    [Fact]
    public void A_fourth_level_is_refused() =>
        Assert.Contains("indicators[0].children[0].children[0].children",
            Errors(ScoringTemplates.N("1", 100, ScoringTemplates.N("2", 100, ScoringTemplates.N("3", 100, Leaf("4", 100))))).Keys);

    [Fact]
    public void A_metric_nobody_publishes_and_a_unit_that_is_not_the_metrics_are_named()
    {
        var errors = Errors(ScoringTemplates.N("产出", 100, Leaf("a", 50, "exhibits.integrityRate"), Leaf("b", 50, "visitors.admitted", "%")));
        Assert.Contains("exhibits.integrityRate", errors["indicators[0].children[0].metricKey"][0]);
        Assert.Contains("人次", errors["indicators[0].children[1].unit"][0]);
    }

    [Fact]
    public void Rules_must_fit_their_weight()
    {
        var errors = Errors(ScoringTemplates.N("过程", 100,
            Leaf("制度", 25, rule: new(RuleKind.Checklist, Checks: 3, PointsEach: 1)),
            Leaf("调整", 25, rule: new(RuleKind.Banded, Bands: [new(0, 0, 30)])),
            Leaf("三公", 25, rule: new(RuleKind.Deduction, Limit: 100)),
            Leaf("人次", 25, target: 0)));
        Assert.Equal(["indicators[0].children[0].rule.checks", "indicators[0].children[1].rule.bands[0]", "indicators[0].children[2].rule.perUnit",
            "indicators[0].children[3].target"], errors.Keys.Order());
    }

    [Fact]
    public void Bands_with_empty_edges_or_ranges_beyond_the_weight_levels_without_names_and_negative_counts_are_refused()
    {
        var errors = Errors(ScoringTemplates.N("过程", 100,
            Leaf("面积", 25, unit: "m²", rule: new(RuleKind.Banded, Bands: [new(5, 5, 1, MinExclusive: true), new(0, 5, 10, PointsTo: 30)])),
            Leaf("评判", 25, rule: new(RuleKind.Judgement, Levels: [new("", 0, 5), new("好", 20, 30)])),
            Leaf("人次", 25, unit: "人次", target: -5),
            Leaf("评判2", 25, rule: new(RuleKind.Judgement, Levels: [new("好", 20, 25), new("一般", 0, 20)]))));
        Assert.Equal(["indicators[0].children[0].rule.bands[0]", "indicators[0].children[0].rule.bands[1]", "indicators[0].children[1].rule.levels[0].name",
            "indicators[0].children[1].rule.levels[1]", "indicators[0].children[2].target"], errors.Keys.Order());
    }
}
