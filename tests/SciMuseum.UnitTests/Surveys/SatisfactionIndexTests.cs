using SciMuseum.Core.Surveys;
using SciMuseum.Data.Demo;

namespace SciMuseum.UnitTests.Surveys;

/// <summary>The documented index: ratings rescaled to 0–100, weighted within and across dimensions, averaged over responses.</summary>
public sealed class SatisfactionIndexTests
{
    [Fact]
    public void Ratings_are_rescaled_from_their_scale_to_0_100()
    {
        Assert.Equal(0m, SatisfactionIndex.Rescale(1, 1, 10));
        Assert.Equal(100m, SatisfactionIndex.Rescale(10, 1, 10));
        Assert.Equal(75m, SatisfactionIndex.Rescale(4, 1, 5));
        Assert.Equal(88.89m, Math.Round(SatisfactionIndex.Rescale(9, 1, 10), 2));
    }

    [Fact]
    public void A_response_weights_questions_within_a_dimension_and_dimensions_across_it_and_skips_what_it_did_not_rate()
    {
        var q = SurveyTemplate.For("halls", "科技馆展厅");
        var overall = q.Questions.Where(x => x.Dimension == "overall").ToList(); // 总体满意程度 weighs 2, 与期望相比 1
        var exhibits = q.Questions.First(x => x.Dimension == "exhibits");
        var ratings = new Dictionary<Guid, int> { [overall[0].Id] = 10, [overall[1].Id] = 1, [exhibits.Id] = 10 };
        // overall = (2 × 100 + 1 × 0) ÷ 3 = 66.67; exhibits = 100; response = (0.15 × 66.67 + 0.25 × 100) ÷ 0.40 = 87.5
        Assert.Equal(87.5m, Math.Round(SatisfactionIndex.ResponseIndex(q.Dimensions, q.Questions, ratings)!.Value, 4));
        Assert.Null(SatisfactionIndex.ResponseIndex(q.Dimensions, q.Questions, new Dictionary<Guid, int>()));
    }

    [Fact]
    public void An_area_is_the_mean_of_its_responses_rounded_half_up_with_a_95_percent_interval()
    {
        long[] units = [SatisfactionIndex.Units(90m), SatisfactionIndex.Units(100m), SatisfactionIndex.Units(80.015m)];
        Assert.Equal(90.01m, SatisfactionIndex.Of(units.Sum(), units.Length)); // 90.005 rounds up
        var squares = units.Sum(u => (decimal)u * u);
        Assert.Equal(11.31m, SatisfactionIndex.HalfWidth(units.Sum(), squares, units.Length)); // s = 9.9925: 1.96 × s ÷ √3
        Assert.Null(SatisfactionIndex.Of(0, 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_2020_demo_answers_compute_to_the_reports_index_for_each_area(int area)
    {
        var a = SurveysDemoStep.Areas2020[area];
        var (q, responses) = SurveysDemoStep.Build(a, Guid.NewGuid(), 2020 + area);
        Assert.Equal(a.Responses, responses.Count);
        var recomputed = responses.Select(r => SatisfactionIndex.Units(SatisfactionIndex.ResponseIndex(q.Dimensions, q.Questions,
            r.Answers.Where(x => x.Value is not null && q.Questions.Single(y => y.Id == x.QuestionId).CountsInIndex).ToDictionary(x => x.QuestionId, x => x.Value!.Value))!.Value)).ToList();
        Assert.Equal(a.Index, SatisfactionIndex.Of(recomputed.Sum(), recomputed.Count));
        Assert.Equal(responses.Select(r => r.ScoreUnits!.Value), recomputed);
        // A realistic spread: not everyone gives 10.
        Assert.InRange(responses.Count(r => r.Answers.Any(x => x.Value is <= 7)), a.Responses / 10, a.Responses);
    }
}
