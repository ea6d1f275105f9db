using SciMuseum.Core.Common;

namespace SciMuseum.UnitTests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(12_900, 25_000, 1, 51.6)]      // programming contest: 1.29 of 2.5 万元
    [InlineData(115.11, 127.6, 2, 90.21)]      // contract staff
    [InlineData(80.92, 229, 2, 35.34)]         // central free-opening subsidy
    [InlineData(36, 37, 1, 97.3)]              // activities held of planned
    [InlineData(34, 36, 1, 94.4)]              // activities up to standard of held
    [InlineData(1, 8, 1, 12.5)]
    [InlineData(1, 16, 1, 6.3)]                // 6.25 rounds half-up, not to even
    public void Percent_is_part_over_whole_rounded_half_up_to_the_reports_decimals(double part, double whole, int decimals, double expected) =>
        Assert.Equal((decimal)expected, Money.Percent((decimal)part, (decimal)whole, decimals));

    [Fact]
    public void Percent_of_nothing_is_no_rate_rather_than_a_crash() => Assert.Null(Money.Percent(5m, 0m, 1));

    [Theory]
    [InlineData(0.125, 0.13)]
    [InlineData(0.135, 0.14)]
    [InlineData(2.345, 2.35)]
    [InlineData(-0.125, -0.13)]
    [InlineData(0.124999, 0.12)]
    public void Round_takes_the_midpoint_up_not_to_even(double value, double expected) =>
        Assert.Equal((decimal)expected, Money.Round((decimal)value));

    [Theory]
    [InlineData(5_188_900, 518.89)]   // approved budget
    [InlineData(2_881_000, 288.1)]    // of which projects
    [InlineData(4_373_500, 437.35)]
    [InlineData(12_345, 1.23)]
    [InlineData(12_350, 1.24)]
    public void ToWan_turns_yuan_into_wan_rounded_half_up(double yuan, double wan) =>
        Assert.Equal((decimal)wan, Money.ToWan((decimal)yuan));

    [Fact]
    public void Amounts_are_written_the_same_in_every_culture()
    {
        using var _ = UiCulture.Use("de-DE");
        Assert.Equal("518.89 万元", Money.Wan(5_188_900m));
        Assert.Equal("1,234.50 元", Money.Yuan(1234.5m));
        Assert.Equal("288.1 万元", Money.Wan(2_881_000m, 1));
    }
}
