using SciMuseum.Core.Performance;

namespace SciMuseum.UnitTests.Performance;

public sealed class ScorerTests
{
    private static readonly Guid Root1 = Guid.NewGuid(), Root2 = Guid.NewGuid(), A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    /// <summary>投入 40 (A 40, yes/no) + 产出 60 (B 30 positive, C 30 judgement).</summary>
    private static readonly ScoringNode[] Table =
    [
        new(Root1, null, "1", "投入", 40),
        new(A, Root1, "1.1", "A", 40, new(RuleKind.YesNo), "是/否", 1),
        new(Root2, null, "2", "产出", 60),
        new(B, Root2, "2.1", "B", 30, new(RuleKind.ProportionalPositive), "%", 100),
        new(C, Root2, "2.2", "C", 30, new(RuleKind.Judgement)),
    ];

    private static SheetResult Score(decimal? b, bool bApplies = true, params decimal[] c) => Scorer.Score(Table, new Dictionary<Guid, IndicatorActual>
    {
        [A] = new(1),
        [B] = new(b, NotApplicable: !bApplies),
        [C] = new(null, c),
    }, GradeBands.Standard);

    [Theory]
    [InlineData(89.99, "良好")]
    [InlineData(90, "优秀")]
    [InlineData(80, "良好")]
    [InlineData(79.99, "中")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    [InlineData(100, "优秀")]
    [InlineData(0, "差")]
    public void Grades_follow_the_standard_bands(decimal total, string grade) => Assert.Equal(grade, GradeBands.Standard.GradeOf(total));

    [Fact]
    public void Bands_can_be_set_per_table() => Assert.Equal("优秀", new GradeBands(85, 75, 60).GradeOf(86));

    [Fact]
    public void Parents_sum_their_children_and_the_total_sums_the_first_level()
    {
        var r = Score(50, true, 24, 25);
        Assert.Equal(15m, r.Indicators.Single(i => i.Id == B).Score);
        Assert.Equal(24.5m, r.Indicators.Single(i => i.Id == C).Score);
        Assert.Equal([40m, 39.5m], r.Subtotals.Select(s => s.Score!.Value));
        Assert.Equal(79.5m, r.Total);
        Assert.Equal("中", r.Grade);
    }

    [Fact]
    public void An_indicator_that_does_not_apply_is_dropped_and_the_rest_rescaled_to_100()
    {
        var r = Score(null, false, 27);
        Assert.True(r.Indicators.Single(i => i.Id == B).NotApplicable);
        Assert.Equal(70m, r.ApplicableWeight);
        Assert.Equal(Math.Round(67m * 100m / 70m, 2, MidpointRounding.AwayFromZero), r.Total);
        Assert.Equal("优秀", r.Grade);
    }

    [Fact]
    public void An_unscored_leaf_counts_as_zero_and_shows_no_score()
    {
        var r = Score(null, true);
        Assert.Null(r.Indicators.Single(i => i.Id == B).Score);
        Assert.Equal(40m, r.Total);
    }

    [Fact]
    public void Leaf_scores_round_half_up_to_two_decimals_before_they_are_added()
    {
        var r = Score(33.335m, true, 30);
        Assert.Equal(10.0m, r.Indicators.Single(i => i.Id == B).Score);
        Assert.Equal(80.0m, r.Total);
    }
}
