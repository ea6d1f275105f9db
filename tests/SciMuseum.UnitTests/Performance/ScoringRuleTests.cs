using SciMuseum.Core.Performance;

namespace SciMuseum.UnitTests.Performance;

public sealed class ScoringRuleTests
{
    private static decimal? Apply(ScoringRule rule, decimal weight, decimal? target, decimal? actual, params decimal[] judgements) =>
        rule.Apply(weight, target, actual, judgements);

    [Theory]
    [InlineData(93812, 300000, 1.2508)]
    [InlineData(150000, 300000, 2)]
    [InlineData(330000, 300000, 4)]
    [InlineData(0, 300000, 0)]
    public void A_positive_indicator_scores_its_share_of_the_target_up_to_full_marks(decimal actual, decimal target, decimal expected) =>
        Assert.Equal(expected, Math.Round(Apply(new(RuleKind.ProportionalPositive), 4, target, actual)!.Value, 4));

    [Theory]
    [InlineData(120, 100, 2.5)]
    [InlineData(80, 100, 3)]
    [InlineData(0, 100, 3)]
    public void A_negative_indicator_scores_target_over_actual_up_to_full_marks(decimal actual, decimal target, decimal expected) =>
        Assert.Equal(expected, Apply(new(RuleKind.ProportionalNegative), 3, target, actual));

    [Theory]
    [InlineData(100, 6)]
    [InlineData(50, 6)]
    [InlineData(102.5, 3.5)]
    [InlineData(110, 0)]
    public void Three_public_control_gets_full_marks_to_100_percent_and_loses_a_point_per_point_over_with_a_floor_of_0(decimal actual, decimal expected) =>
        Assert.Equal(expected, Apply(new(RuleKind.Deduction, Limit: 100, PerUnit: 1), 6, null, actual));

    [Fact]
    public void A_deduction_below_a_limit_counts_the_shortfall()
    {
        var rule = new ScoringRule(RuleKind.Deduction, Limit: 50, PerUnit: 0.5m, Worse: Worse.Below);
        Assert.Equal(3m, Apply(rule, 3, null, 60));
        Assert.Equal(2m, Apply(rule, 3, null, 48));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(0.01, 2)]
    [InlineData(10, 2)]
    [InlineData(15, 1)]
    [InlineData(25, 0.5)]
    [InlineData(31, 0)]
    public void Budget_adjustment_bands_match_the_first_band_with_both_bounds_included(decimal actual, decimal expected) =>
        Assert.Equal(expected, Apply(ScoringTemplates.AdjustmentBands(3), 3, 0, actual));

    [Fact]
    public void A_checklist_gives_points_per_check_passed_and_never_more_than_its_weight()
    {
        var rule = new ScoringRule(RuleKind.Checklist, Checks: 3, PointsEach: 1);
        Assert.Equal(2m, Apply(rule, 3, null, 2));
        Assert.Equal(3m, Apply(rule, 3, null, 7));
        Assert.Equal(0m, Apply(rule, 3, null, -1));
    }

    [Fact]
    public void Yes_scores_the_weight_and_no_scores_nothing()
    {
        Assert.Equal(3m, Apply(new(RuleKind.YesNo), 3, 1, 1));
        Assert.Equal(0m, Apply(new(RuleKind.YesNo), 3, 1, 0));
    }

    [Fact]
    public void Judgement_averages_the_evaluators_and_is_unscored_until_one_has_judged()
    {
        Assert.Equal(2.61m, Apply(new(RuleKind.Judgement), 4, null, null, 2.62m, 2.6m));
        Assert.Null(Apply(new(RuleKind.Judgement), 4, null, null));
    }

    [Fact]
    public void A_rule_without_an_actual_scores_nothing_yet() =>
        Assert.Null(Apply(new(RuleKind.ProportionalPositive), 4, 100, null));

    [Fact]
    public void Rules_describe_themselves_as_the_scoring_table_writes_them()
    {
        using var _ = UiCulture.Use("zh-CN");
        Assert.Equal("不高于 100% 得满分，每超出 1% 扣 1 分，扣完为止", new ScoringRule(RuleKind.Deduction, 100, 1).Describe(3, null, "%"));
        Assert.Contains("≥90%: 5", new ScoringRule(RuleKind.Banded, Bands: [new(90, null, 5)]).Describe(5, null, "%"));
    }

    [Theory]
    [InlineData(0.8, "A")]
    [InlineData(0.79, "B")]
    [InlineData(0.6, "B")]
    [InlineData(0.59, "C")]
    public void Judgement_bands_split_the_weight_at_80_and_60_percent(decimal share, string band) =>
        Assert.Equal(band, SaveJudgement.BandOf(share * 10, 10));
}
