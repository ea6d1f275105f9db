using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Visitors;

public sealed class StatisticsPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_2020_statistics_show_93812_visitors_on_154_open_days() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/statistics?year=2020");

        await Expect(Page.GetByTestId("card-admitted")).ToContainTextAsync("93,812");
        await Expect(Page.GetByTestId("card-open-days")).ToContainTextAsync("154");
        await Expect(Page.GetByTestId("monthly-chart").Locator("svg")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("slot-table").Locator("tbody tr")).ToHaveCountAsync(3);
        await ShotAsync(Page, "visitor-statistics-2020");
    });
}
