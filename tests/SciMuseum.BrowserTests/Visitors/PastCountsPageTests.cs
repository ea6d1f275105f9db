using System.Text;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Visitors;

public sealed class PastCountsPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static FilePayload Csv(string name, params string[] rows) => new()
    {
        Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", ["日期,渠道,人数", .. rows]) + "\r\n"),
    };

    [Fact]
    public Task A_file_with_a_bad_row_is_reported_then_the_corrected_file_is_imported_and_counted_in_the_statistics() => RunAsync(async () =>
    {
        // A year long before the demo's first ticket, different on each run so a rerun on the same database does not collide.
        var year = Random.Shared.Next(2001, 2019);
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/past-counts");
        await Expect(Page.Locator(".page-title")).ToHaveTextAsync("历史接待人数");

        // Until the circuit is live the upload does nothing: send the bad file (it writes nothing) until its report shows.
        var bad = Csv($"bad-{year}.csv", $"{year}-03-02,个人预约,300", $"{year}-03-03,团体,三百");
        var errors = Page.GetByTestId("import-errors");
        for (var i = 0; i < 40 && !await errors.IsVisibleAsync(); i++)
        {
            await Page.Locator("[data-testid=upload-file] input[type=file]").SetInputFilesAsync(bad);
            try { await errors.WaitForAsync(new() { Timeout = 1_000 }); } catch (TimeoutException) { }
        }
        await Expect(Page.GetByTestId("import-problem")).ToContainTextAsync("1 处错误，未导入任何数据");
        await Expect(errors.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(errors).ToContainTextAsync("人数");
        await Expect(errors).ToContainTextAsync("整数");
        await ShotAsync(Page, "past-counts-bad-row");

        await Page.Locator("[data-testid=upload-file] input[type=file]").SetInputFilesAsync(Csv($"fixed-{year}.csv", $"{year}-03-02,个人预约,300", $"{year}-03-03,团体,120"));
        await Expect(Page.GetByTestId("import-success")).ToContainTextAsync("2 天、420 人次");
        await Expect(Page.GetByTestId("past-batches")).ToContainTextAsync($"fixed-{year}.csv");
        await ShotAsync(Page, "past-counts-imported");

        await Page.GotoAsync($"/staff/visitors/statistics?year={year}");
        await Expect(Page.GetByTestId("card-admitted")).ToContainTextAsync("420");
        await Expect(Page.GetByTestId("card-open-days")).ToContainTextAsync("2");
        await Expect(Page.GetByTestId("stats-imported")).ToContainTextAsync("含导入的历史数据 2 天 / 420 人次");
        await ShotAsync(Page, "past-counts-statistics");
    });
}
