using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Competitions;

public sealed class ContestsPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_contests_page_is_in_the_science_activities_menu_and_shows_2020s_award_tables_computed_from_scores() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff");
        var link = Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "竞赛与获奖" });
        await Interactive.ClickUntilAsync(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "科技活动部" }), link);
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/competitions"));

        await Page.GotoAsync("/staff/competitions?year=2020");
        await Expect(Page.GetByTestId("awarded-Innovation")).ToContainTextAsync("985");
        await Expect(Page.GetByTestId("awards-total-Innovation")).ToContainTextAsync("一等奖 194 项，二等奖 293 项，三等奖 498 项，共 985 项");
        await Expect(Page.GetByTestId("awards-Innovation").Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(Page.GetByTestId("awards-Innovation")).ToContainTextAsync("科学幻想画");
        await Expect(Page.GetByTestId("org-Innovation-OrganisingUnit")).ToContainTextAsync("优秀组织单位 18 个");
        await Expect(Page.GetByTestId("org-Innovation-OrganisingSchool")).ToContainTextAsync("优秀组织学校 24 个");
        await Expect(Page.GetByTestId("participants-Robot")).ToContainTextAsync("867");
        await Expect(Page.GetByTestId("teams-Robot")).ToContainTextAsync("412");
        await Expect(Page.GetByTestId("awards-total-Robot")).ToContainTextAsync("共 344 项");
        await Expect(Page.GetByTestId("org-Robot-TopSchool")).ToContainTextAsync("十佳机器人学校 10 个");
        await Expect(Page.GetByTestId("org-Robot-ExcellentCoach")).ToContainTextAsync("优秀辅导教师 22 个");
        await Expect(Page.GetByTestId("spending-Programming")).ToContainTextAsync("51.6%");
        await Expect(Page.GetByTestId("classes-AiActivity")).ToContainTextAsync("线上 32 · 线下 16");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "competitions-page.png"), FullPage = true });

        // A category's ranking opens from its name, with the tie rule stated.
        var ranking = Page.GetByTestId("ranking-table");
        await Interactive.ClickUntilAsync(Page.GetByTestId("awards-Innovation").GetByText("青少年科学DV"), ranking);
        await Expect(Page.GetByTestId("tie-rule")).ToContainTextAsync("去掉一个最高分和一个最低分");
        await Expect(ranking.Locator("tbody tr").First).ToContainTextAsync("一等奖");
    });
}
