using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Reporting;

public sealed class ReportPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_office_finds_the_report_in_its_menu_sees_it_complete_previews_it_and_downloads_the_pdf() => RunAsync(async () =>
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

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("generate-pdf").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file), 0, 4));
        }
        finally { File.Delete(file); }
    });
}
