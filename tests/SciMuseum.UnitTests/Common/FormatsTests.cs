using SciMuseum.Core.Common;

namespace SciMuseum.UnitTests.Common;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(51.6, "51.6%")]
    [InlineData(90.21, "90.21%")]
    [InlineData(100, "100%")]
    [InlineData(0, "0%")]
    [InlineData(1234.5, "1,234.5%")]
    public void A_rate_keeps_the_reports_decimals_and_carries_a_percent_sign(double rate, string expected) =>
        Assert.Equal(expected, Formats.Rate((decimal)rate));

    [Fact]
    public void A_missing_rate_is_a_dash() => Assert.Equal("—", Formats.Rate(null));

    [Theory]
    [InlineData(12.5, 2, "12.50%")]
    [InlineData(6.255, 2, "6.26%")]
    [InlineData(33.333, 1, "33.3%")]
    public void A_rate_with_fixed_decimals_lines_up_in_a_column(double rate, int decimals, string expected) =>
        Assert.Equal(expected, Formats.Rate((decimal)rate, decimals));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(154, "154")]
    [InlineData(1200, "1,200")]
    [InlineData(93812, "93,812")]
    [InlineData(-1200, "-1,200")]
    public void Counts_have_thousands_separators(long count, string expected) => Assert.Equal(expected, Formats.Count(count));

    [Fact]
    public void Counts_read_the_same_in_every_culture()
    {
        using var _ = UiCulture.Use("de-DE");
        Assert.Equal("1,200", Formats.Count(1200));
        Assert.Equal("51.6%", Formats.Rate(51.6m));
    }

    [Theory]
    [InlineData(5_188_900, "518.89 万元")]
    [InlineData(306_800.5, "30.68 万元")]
    [InlineData(0, "0.00 万元")]
    [InlineData(123_456_789, "12,345.68 万元")]
    public void Money_in_wan_has_two_decimals(double yuan, string expected) => Assert.Equal(expected, Formats.Wan((decimal)yuan));

    [Theory]
    [InlineData(12_900, "12,900.00 元")]
    [InlineData(0.005, "0.01 元")]
    [InlineData(1_234.5, "1,234.50 元")]
    public void Money_in_yuan_has_separators_and_two_decimals(double yuan, string expected) => Assert.Equal(expected, Formats.Yuan((decimal)yuan));

    [Theory]
    [InlineData(306_800, "+30.68")]
    [InlineData(-12_000, "−1.20")]
    [InlineData(0, "0.00")]
    [InlineData(40, "0.00")]
    public void A_difference_in_wan_shows_its_sign_and_zero_has_none(double yuan, string expected) =>
        Assert.Equal(expected, Formats.SignedWan((decimal)yuan));

    [Theory]
    [InlineData(300000, "300,000")]
    [InlineData(12.5, "12.5")]
    [InlineData(87.644, "87.64")]
    public void Plain_figures_drop_needless_decimals(double value, string expected) => Assert.Equal(expected, Formats.Number((decimal)value));

    [Theory]
    [InlineData(87.64, "87.64")]
    [InlineData(5, "5.00")]
    public void Scores_always_show_two_decimals(double value, string expected) => Assert.Equal(expected, Formats.Score((decimal)value));

    [Theory]
    [InlineData(244.89, 2, "244.89")]
    [InlineData(0, 2, "0.00")]
    [InlineData(1290, 2, "1,290.00")]
    [InlineData(35, 0, "35")]
    public void Fixed_figures_keep_their_stated_decimals(double value, int decimals, string expected) =>
        Assert.Equal(expected, Formats.Fixed((decimal)value, decimals));

    [Fact]
    public void Money_Yuan_and_Wan_are_the_same_formats() =>
        Assert.Equal((Formats.Yuan(1234.5m), Formats.Wan(1234.5m)), (Money.Yuan(1234.5m), Money.Wan(1234.5m)));
}
