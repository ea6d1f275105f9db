using System.Diagnostics;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Competitions;

/// <summary>
/// Issue 15's "done means", end to end in a browser: a school registers an entry on the public phone page, two judges score
/// it on the tablet, staff sign off and publish the category, the public results show it and its certificate PDF downloads
/// with the right Chinese text (kept beside the screenshots as a PDF and a PNG rendered by pdftoppm, to look at).
/// </summary>
public sealed class ContestJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Category = "青少年科技创新成果";

    [Fact]
    public Task A_school_registers_two_judges_score_staff_publish_and_the_certificate_prints_in_chinese() => RunAsync(async () =>
    {
        var api = await ContestSteps.StaffApiAsync(Fixture);
        var contest = (await api.Post("/api/v1/competitions/contests", new
        {
            year = 2035, name = "第49届南阳市青少年科技创新大赛", kind = "Innovation", registrationDeadline = "2099-12-31",
        })).GetProperty("id").GetGuid();
        var category = (await api.Post($"/api/v1/competitions/contests/{contest}/categories", new
        {
            name = Category, entryKind = "Individual", maxTeamSize = 1, scoring = "Judges", prizeMode = "Quota", first = 1, second = 0, third = 0,
            criteria = new[] { new { name = "创新性", weight = 60, maxPoints = 10 }, new { name = "科学性", weight = 40, maxPoints = 10 } },
        })).GetProperty("id").GetGuid();
        var unit = (await api.Post($"/api/v1/competitions/contests/{contest}/units", new { name = "南阳市第九小学", kind = "School" })).GetProperty("id").GetGuid();
        var schoolCode = (await api.Post($"/api/v1/competitions/units/{unit}/access-code", new { })).GetProperty("code").GetString()!;

        // 1. The school registers its entry on a phone.
        var phone = await Fixture.NewPageAsync(390, 844);
        await phone.GotoAsync("/competitions/register");
        await phone.GetByTestId("access-code").FillAsync(schoolCode);
        await phone.GetByTestId("code-form").Locator("button[type=submit]").ClickAsync();
        await Expect(phone.GetByTestId("school-info")).ToContainTextAsync("南阳市第九小学");
        await phone.GetByTestId("entry-category").SelectOptionAsync(new SelectOptionValue { Label = $"{Category}（个人）" });
        await phone.GetByTestId("entry-title").FillAsync("会走路的风筝");
        var entrant = phone.GetByTestId("entrant-0").Locator("input");
        await entrant.Nth(0).FillAsync("王小明");
        await entrant.Nth(1).FillAsync("五年级");
        await entrant.Nth(2).FillAsync("13912340001");
        await phone.GetByTestId("entry-form").Locator("button[type=submit]").ClickAsync();
        await Expect(phone.GetByTestId("entry-saved")).ToContainTextAsync("已提交：会走路的风筝（报名序号 1）");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "competitions-journey-register.png"), FullPage = true });
        await phone.Context.DisposeAsync();

        // 2. Two judges on the category's panel, review open; each scores on the tablet.
        async Task<string> Judge(string name, string mobile)
        {
            var id = (await api.Post($"/api/v1/competitions/contests/{contest}/judges", new { name, title = "高级教师", phone = mobile })).GetProperty("id").GetGuid();
            await api.Post($"/api/v1/competitions/categories/{category}/judges", new { judgeId = id });
            return (await api.Post($"/api/v1/competitions/judges/{id}/access-code", new { })).GetProperty("code").GetString()!;
        }
        var (a, b) = (await Judge("周敏", "13900000012"), await Judge("吴昊", "13900000013"));
        await api.Send(HttpMethod.Put, $"/api/v1/competitions/categories/{category}/phase", new { phase = "Review" });
        await ContestSteps.ScoreOnTabletAsync(Fixture, a, "9", "8", "competitions-journey-judge-1.png");   // 54 + 32 = 86
        await ContestSteps.ScoreOnTabletAsync(Fixture, b, "8", "7", "competitions-journey-judge-2.png");   // 48 + 28 = 76

        // 3. Staff sign off (the page is prerendered: click until the live circuit opens the confirmation).
        await SignInAsync();
        await Page.GotoAsync($"/staff/competitions/judging?category={category}");
        await Expect(Page.GetByTestId("judging-ranking")).ToContainTextAsync("81.00");
        var confirm = Page.Locator(".ant-popover:visible .ant-btn-primary").First;
        await Interactive.ClickUntilAsync(Page.GetByTestId("sign-off").Locator("button"), confirm);
        await Interactive.ClickUntilAsync(confirm, Page.GetByTestId("judging-state").GetByText("已签发"));

        // 4. ... and publish the category.
        await Page.GotoAsync("/staff/competitions/awards?year=2035");
        await Expect(Page.GetByTestId($"published-{Category}")).ToContainTextAsync("未公布");
        await Interactive.ClickUntilAsync(Page.GetByTestId($"publish-{Category}").GetByRole(AriaRole.Button), Page.GetByTestId($"withdraw-{Category}"));
        var pdfLink = Page.GetByTestId($"category-pdf-{Category}");
        await Expect(pdfLink).ToContainTextAsync("1 份");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "competitions-journey-awards.png"), FullPage = true });

        // 5. The public results page shows the work, its school and prize, and no contact.
        var visitor = await Fixture.NewPageAsync(390, 844);
        await visitor.GotoAsync("/competitions/results?year=2035");
        var results = visitor.GetByTestId("results-contest").First;
        await Expect(results).ToContainTextAsync("第49届南阳市青少年科技创新大赛");
        await Expect(results).ToContainTextAsync("会走路的风筝");
        await Expect(results).ToContainTextAsync("南阳市第九小学");
        await Expect(results).ToContainTextAsync("一等奖");
        await Expect(results).Not.ToContainTextAsync("13912340001");
        await visitor.Context.DisposeAsync();

        // 6. The certificate PDF downloads from the awards page (made in the live circuit: click until the download starts).
        IDownload? download = null;
        for (var i = 0; i < 20 && download is null; i++)
        {
            try
            {
                download = await Page.RunAndWaitForDownloadAsync(() => pdfLink.ClickAsync(), new() { Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
            }
        }
        Assert.NotNull(download);
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        var pdf = Path.Combine(BinFolder, "competitions-journey-certificate.pdf");
        await download.SaveAsAsync(pdf);
        var text = string.Concat(Run("pdftotext", pdf, "-").Where(c => !char.IsWhiteSpace(c)));
        // No judging day is set (it may not precede the open deadline), so the certificate is dated the day of publication.
        var published = DateTime.UtcNow.AddHours(8).Year.ToString();
        foreach (var expected in new[] { "王小明", "会走路的风筝", "一等奖", "第49届南阳市青少年科技创新大赛", "南阳市第九小学", published })
            Assert.Contains(expected, text);
        Run("pdftoppm", "-png", "-r", "80", pdf, Path.Combine(BinFolder, "competitions-journey-certificate"));
        Assert.True(File.Exists(Path.Combine(BinFolder, "competitions-journey-certificate-1.png")), "pdftoppm rendered no page");
    });

    private static string Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
