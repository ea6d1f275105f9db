using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Outreach;

public sealed class CaravanPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_caravan_page_is_in_the_maintenance_menu_shows_2020s_four_trips_and_refuses_a_trip_without_a_destination() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff");
        // Menu groups fold: open the department's group (once the page is live), then follow its link.
        var link = Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "科普大篷车" });
        await Interactive.ClickUntilAsync(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "展品维护研发部" }), link);
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/outreach/trips"));

        await Page.GotoAsync("/staff/outreach/trips?year=2020");
        var table = Page.GetByTestId("trips-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(Page.Locator(".table-card .ant-card-head-title")).ToContainTextAsync("巡展 4 次，受益 2,080 人次");
        await Expect(table).ToContainTextAsync("桐柏区域常态化巡展启动仪式");

        var destination = Page.GetByTestId("trip-destination");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-trip").Locator("button"), destination);
        await Page.GetByTestId("trip-save").Locator("button").ClickAsync();
        await Expect(Page.Locator(".ant-form-item-explain-error").First).ToContainTextAsync("必填");
        await Expect(destination).ToBeVisibleAsync();
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(4);

        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "caravan-page.png"), FullPage = true });
    });
}
