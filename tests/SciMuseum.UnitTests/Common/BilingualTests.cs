using SciMuseum.Core.Common;

namespace SciMuseum.UnitTests.Common;

public sealed class BilingualTests
{
    [Theory]
    [InlineData("zh-CN", "必填。")]
    [InlineData("en", "Required.")]
    [InlineData("en-US", "Required.")]
    [InlineData("en-GB", "Required.")]
    [InlineData("fr-FR", "必填。")]        // any other language gets Chinese, the museum's own
    [InlineData("", "必填。")]             // invariant culture
    public void L_picks_the_text_of_the_current_UI_culture(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        Assert.Equal(expected, Bilingual.L("必填。", "Required."));
    }

    [Fact]
    public void L_follows_the_UI_culture_not_the_formatting_culture()
    {
        using (UiCulture.Use("zh-CN", formatting: "en-US"))
            Assert.Equal("中", Bilingual.L("中", "en"));
        using (UiCulture.Use("en", formatting: "zh-CN"))
            Assert.Equal("en", Bilingual.L("中", "en"));
    }
}
