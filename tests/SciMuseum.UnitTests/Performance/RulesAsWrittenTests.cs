using SciMuseum.Core.Performance;

namespace SciMuseum.UnitTests.Performance;

/// <summary>Scoring rules as bureaus' tables write them: strict or inclusive edges, ranges of points, any number of judgement levels, the table's own grade names.</summary>
public sealed class RulesAsWrittenTests
{
    [Theory]
    [InlineData(1000, 3)]
    [InlineData(1000.01, 5)]
    [InlineData(500, 3)]
    [InlineData(499.99, 0)]
    public void A_strict_edge_leaves_the_edge_to_the_next_band(decimal area, decimal points)
    {
        // ">1000 m²: 5; ≥500 且 ≤1000 m²: 3; <500 m²: 0"
        var rule = new ScoringRule(RuleKind.Banded, Bands: [new(1000, null, 5, MinExclusive: true), new(500, 1000, 3), new(null, 500, 0, MaxExclusive: true)]);
        Assert.Equal(points, rule.Apply(5, null, area, []));
    }

    [Fact]
    public void The_rule_text_shows_each_edge_exactly()
    {
        using var _ = UiCulture.Use("zh-CN");
        var rule = new ScoringRule(RuleKind.Banded, Bands: [new(1000, null, 5, MinExclusive: true), new(500, 1000, 3), new(null, 500, 0, MaxExclusive: true)]);
        Assert.Equal(">1000m²: 5；≥500m² 且 ≤1000m²: 3；<500m²: 0", rule.Describe(5, null, "m²"));
        Assert.Equal("0%: 3；>0% 且 ≤10%: 2；>10% 且 ≤20%: 1；>20% 且 ≤30%: 0.5；>30%: 0", ScoringTemplates.AdjustmentBands(3).Describe(3, 0, "%"));
    }

    [Fact]
    public void A_band_with_a_range_is_unscored_until_an_evaluator_chooses_and_a_choice_stays_within_the_range()
    {
        using var _ = UiCulture.Use("zh-CN");
        var rule = new ScoringRule(RuleKind.Banded, Bands: [new(90, null, 5), new(60, 90, 2, MaxExclusive: true, PointsTo: 4), new(null, 60, 0, MaxExclusive: true)]);
        Assert.Equal(5m, rule.Apply(5, null, 95, []));
        Assert.Null(rule.Apply(5, null, 75, []));
        Assert.Equal(3.5m, rule.Apply(5, null, 75, [3m, 4m]));
        Assert.Equal(4m, rule.Apply(5, null, 75, [5m]));
        Assert.Equal(1, rule.BandIndexOf(75));
        Assert.Equal("#2", ScoringRule.BandKey(1));
        Assert.Equal("≥90%: 5；≥60% 且 <90%: 2–4；<60%: 0（区间内由评价人选定并说明理由）", rule.Describe(5, null, "%"));
    }

    [Fact]
    public void Judgement_rules_take_any_number_of_levels_in_points()
    {
        using var _ = UiCulture.Use("zh-CN");
        var rule = new ScoringRule(RuleKind.Judgement, Levels: [new("好", 4, 5), new("较好", 3, 4), new("一般", 1, 3), new("差", 0, 1)]);
        Assert.Equal(4, rule.LevelsFor(5).Count);
        Assert.Equal("专家评判：好 4–5 分；较好 3–4 分；一般 1–3 分；差 0–1 分，须写明理由，多位评价人取平均", rule.Describe(5, null, ""));
        Assert.Equal(["A", "B", "C"], new ScoringRule(RuleKind.Judgement).LevelsFor(5).Select(l => l.Name));
        Assert.Equal(4m, new ScoringRule(RuleKind.Judgement).LevelsFor(5)[0].From);
    }

    [Theory]
    [InlineData(95, "优秀")]
    [InlineData(85, "优良")]
    [InlineData(60, "合格")]
    [InlineData(59.99, "不合格")]
    public void Grade_names_and_lines_belong_to_the_table(decimal total, string grade) =>
        Assert.Equal(grade, new GradeBands(90, 80, 60, "优秀", "优良", "合格", "不合格").GradeOf(total));

    [Theory]
    [InlineData("人次", false)]
    [InlineData("m²", false)]
    [InlineData("项", false)]
    [InlineData("%", true)]
    [InlineData("", true)]
    public void Counts_and_areas_cannot_be_negative_but_rates_can(string unit, bool allowed) =>
        Assert.Equal(allowed, IndicatorUnits.AllowsNegative(unit));

    [Fact]
    public void A_band_no_value_can_fall_in_is_empty()
    {
        Assert.True(new Band(5, 5, 1, MinExclusive: true).IsEmpty);
        Assert.True(new Band(6, 5, 1).IsEmpty);
        Assert.False(new Band(5, 5, 1).IsEmpty);
    }
}
