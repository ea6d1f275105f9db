using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Organization;

public sealed class MuseumsPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task An_administrator_adds_a_museum_on_the_page_a_bad_code_is_refused_and_the_province_view_shows_the_demo_three() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/museums");
        var table = Page.GetByTestId("museums-table");
        await Expect(table).ToContainTextAsync("宛东县科技馆");
        var code = Page.GetByTestId("museum-code");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-museum").Locator("button"), code);

        await Interactive.FillUntilKeptAsync(code, "Bad Code");
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("museum-name"), "桐山县科技馆");
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("museum-province"), "河南省");
        await Page.GetByTestId("museum-save").Locator("button").ClickAsync();
        await Expect(Page.Locator(".ant-form-item", new() { Has = code }).Locator(".ant-form-item-explain")).ToContainTextAsync("代码只能含小写字母");

        var unique = "ts" + Guid.NewGuid().ToString("N")[..6];
        await Interactive.FillUntilKeptAsync(code, unique);
        await Page.GetByTestId("museum-save").Locator("button").ClickAsync();
        await Expect(code).ToBeHiddenAsync();
        await Expect(table.Locator("tbody tr", new() { HasText = unique })).ToContainTextAsync("桐山县科技馆");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "museums-page.png"), FullPage = true });

        await Page.GotoAsync("/staff/museums/overview?year=2020");
        var overview = Page.GetByTestId("overview-table");
        await Expect(overview).ToContainTextAsync("南阳市科学技术馆");
        await Expect(overview).ToContainTextAsync("93,812");
        await Expect(overview).ToContainTextAsync("伏牛山科普馆");
        await Expect(overview).ToContainTextAsync("4,260");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "museums-overview.png"), FullPage = true });
    });
}
