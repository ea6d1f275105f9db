using Microsoft.Playwright;
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

    [Fact]
    public Task The_dashboard_shows_todays_visits_against_the_cap_and_links_to_the_gate() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff");
        var card = Page.GetByTestId("visitors-today");
        await Expect(card).ToContainTextAsync("今日参观");
        // The demo museum opens Tuesday to Sunday from 2021 on, with a cap of 1,200.
        var open = DateTime.UtcNow.AddHours(8).DayOfWeek != DayOfWeek.Monday;
        await Expect(Page.GetByTestId("today-status")).ToContainTextAsync(open ? "最大承载量 1,200" : "每周一闭馆");
        await Expect(card.Locator("a", new() { HasText = "核验入馆" })).ToHaveAttributeAsync("href", "/staff/visitors/gate");
    });

    [Fact]
    public Task Exporting_the_2020_statistics_downloads_one_row_per_day() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/statistics?year=2020");
        await Expect(Page.GetByTestId("card-admitted")).ToContainTextAsync("93,812");

        var (fileName, text) = await Downloads.XlsxAsync(Page, Page.GetByTestId("stats-export").Locator("button"));
        Assert.Equal("visitors-2020.xlsx", fileName);
        Assert.Contains("入馆人次", text);
        Assert.Contains("2020-12-31", text);
    });
}
