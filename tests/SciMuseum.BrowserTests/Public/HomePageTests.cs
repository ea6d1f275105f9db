using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Public;

public sealed class HomePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(375, 812);

    [Fact]
    public Task The_home_page_on_a_phone_shows_the_museum_and_its_opening_hours_without_sideways_scrolling() => RunAsync(async () =>
    {
        var response = await Page.GotoAsync("/");
        Assert.Equal(200, response!.Status);

        await Expect(Page.Locator("h1")).ToContainTextAsync("南阳市科学技术馆");
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "开放时间" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("opening-hours")).Not.ToBeEmptyAsync();
        var scrollWidth = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"The page is {scrollWidth} px wide on a 375 px screen.");

        var shot = Path.Combine(BinFolder, "screenshots", "home-phone.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await Page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000, "The screenshot is (nearly) empty.");
    });
}
