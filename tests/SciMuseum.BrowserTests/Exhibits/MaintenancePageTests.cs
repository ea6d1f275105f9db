using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Exhibits;

/// <summary>The maintenance calendar shows the demo's plans, and the consumables page refuses an issue beyond what is on hand under its field.</summary>
public sealed class MaintenancePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Shots = "/tmp/shots";

    [Fact]
    public Task The_calendar_shows_the_plans_and_an_issue_beyond_stock_is_refused_under_its_field() => RunAsync(async () =>
    {
        Directory.CreateDirectory(Shots);
        await SignInAsync();
        await Page.GotoAsync("/staff/exhibits/maintenance");
        await Expect(Page.GetByTestId("plans-table").Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(Page.GetByTestId("plans-table")).ToContainTextAsync("大篷车展品出车前检查");
        await Expect(Page.GetByTestId("pm-calendar").Locator(".pm-daily").First).ToContainTextAsync("航天舱开馆前点检");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-maintenance-calendar.png", FullPage = true });

        await Page.GotoAsync("/staff/exhibits/consumables");
        var table = Page.GetByTestId("consumables-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(table.Locator(".stock-low").First).ToBeVisibleAsync();
        var before = await Page.GetByTestId("remaining-HC-06").InnerTextAsync();
        var quantity = Page.GetByTestId("stock-quantity").Locator("input");
        await Interactive.ClickUntilAsync(Page.GetByTestId("issue-HC-06"), quantity);
        await quantity.FillAsync("99999");
        await Page.GetByTestId("stock-save").Locator("button").ClickAsync();
        await Expect(Page.Locator(".ant-form-item-explain-error").First).ToContainTextAsync("库存不足");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-consumables-refused.png", FullPage = true });
        await Page.GetByTestId("stock-cancel").Locator("button").ClickAsync();
        await Expect(Page.GetByTestId("remaining-HC-06")).ToHaveTextAsync(before);
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-consumables.png", FullPage = true });
    });
}
