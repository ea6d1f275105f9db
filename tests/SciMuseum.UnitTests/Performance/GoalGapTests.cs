using SciMuseum.Core.Finance;
using SciMuseum.Core.Performance;

namespace SciMuseum.UnitTests.Performance;

public sealed class GoalGapTests
{
    private static GoalIndicator Goal(Comparison comparison, decimal target, decimal? high = null) =>
        new() { Comparison = comparison, Target = target, TargetHigh = high };

    [Theory]
    [InlineData(Comparison.AtLeast, 300000, null, 93812, 68.73)]
    [InlineData(Comparison.AtLeast, 90, null, 95, 0)]
    [InlineData(Comparison.AtMost, 100, null, 110, 10)]
    [InlineData(Comparison.AtMost, 100, null, 50, 0)]
    [InlineData(Comparison.Equal, 22, null, 20, 9.09)]
    [InlineData(Comparison.Range, 90, 95.0, 96, 1.11)]
    [InlineData(Comparison.Range, 90, 95.0, 92, 0)]
    public void The_gap_is_how_far_the_forecast_misses_the_target_in_percent_of_it(Comparison comparison, decimal target, double? high, decimal forecast, decimal gap) =>
        Assert.Equal(gap, GoalMonitoring.Gap(Goal(comparison, target, (decimal?)high), forecast));

    [Theory]
    [InlineData(5, Light.Green)]
    [InlineData(12.56, Light.Amber)]
    [InlineData(60.73, Light.Red)]
    public void A_gap_over_the_threshold_is_amber_and_over_three_times_it_red(decimal gap, Light light) =>
        Assert.Equal(light, Monitoring.LightFor(gap, 5));
}
