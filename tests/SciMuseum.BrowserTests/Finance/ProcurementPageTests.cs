using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Finance;

public sealed class ProcurementPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_procurement_plan_shows_2020_bought_in_full_and_the_findings_page_none_and_refuses_an_empty_finding() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance/procurement?year=2020");
        var table = Page.GetByTestId("procurement-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(table).ToContainTextAsync("展品更新改造（22件展品）");
        await Expect(table).ToContainTextAsync("80.39 万元");
        await Expect(Page.GetByTestId("procurement-summary")).ToContainTextAsync("政府采购执行率 100%");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "procurement-page.png"), FullPage = true });

        await Page.GotoAsync("/staff/finance/findings?year=2020");
        await Expect(Page.GetByTestId("findings-summary")).ToContainTextAsync("2020 年未记录检查、审计发现的违规使用资金问题");
        var issuer = Page.GetByTestId("finding-issuer");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-finding").Locator("button"), issuer);
        await Page.GetByTestId("finding-save").Locator("button").ClickAsync();
        await Expect(Page.Locator(".ant-form-item-explain-error").First).ToContainTextAsync("必填");
        await Expect(issuer).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("findings-table").Locator("tbody tr.ant-table-row")).ToHaveCountAsync(0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "findings-page.png"), FullPage = true });
    });
}
