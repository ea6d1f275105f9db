using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Reporting;

public sealed class ReportPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_office_finds_the_report_in_its_menu_sees_it_complete_and_previews_it() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff");
        var link = Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "绩效评价报告" });
        await Interactive.ClickUntilAsync(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "办公室" }), link);
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/reports"));

        await Page.GotoAsync("/staff/reports?year=2020");
        await Expect(Page.GetByTestId("report-status")).ToContainTextAsync("可以生成");
        var preview = Page.GetByTestId("report-preview");
        await Expect(preview).ToContainTextAsync("南阳市科学技术馆2020年度部门整体支出绩效评价报告");
        await Expect(preview).ToContainTextAsync("接待观众93,812人次");
        await Expect(preview).ToContainTextAsync("总体得分87.64分");
        await Expect(preview.Locator("svg").First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "report-page.png") });

        // The buttons link to the API that writes the files (the integration tests read those files back).
        await Expect(Page.GetByTestId("generate-pdf")).ToHaveAttributeAsync("href", "/api/v1/reports/annual?year=2020&format=pdf");
        await Expect(Page.GetByTestId("generate-docx")).ToHaveAttributeAsync("href", "/api/v1/reports/annual?year=2020&format=docx");
    });

    [Fact]
    public Task The_page_switches_to_the_mid_year_monitoring_and_the_leaders_brief() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/reports?year=2020");
        await Interactive.FollowAsync(Page.GetByTestId("kind-monitoring"));
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=monitoring"));
        var preview = Page.GetByTestId("report-preview");
        await Expect(preview).ToContainTextAsync("数据截至2020年6月30日");
        await Expect(preview).ToContainTextAsync("预算执行监控");
        await Expect(preview).ToContainTextAsync("绩效目标监控");
        await Expect(Page.GetByTestId("report-status")).ToContainTextAsync("可以生成");
        await Expect(Page.GetByTestId("generate-pdf")).ToHaveAttributeAsync("href", "/api/v1/reports/monitoring?year=2020&format=pdf&asOf=2020-06-30");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "report-monitoring.png"), FullPage = true });

        // Another day: the form reloads the page with the figures to that day.
        await Page.GetByTestId("report-asof").Locator("input[type=date]").FillAsync("2020-09-30");
        await Page.GetByTestId("report-asof").Locator("button").ClickAsync();
        await Expect(preview).ToContainTextAsync("数据截至2020年9月30日");

        await Page.GetByTestId("kind-brief").ClickAsync();
        await Expect(preview).ToContainTextAsync("南阳市科学技术馆2020年度绩效简报");
        await Expect(preview).ToContainTextAsync("87.64");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "report-brief.png") });
    });
}
