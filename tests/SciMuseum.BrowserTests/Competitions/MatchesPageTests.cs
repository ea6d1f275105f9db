using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Competitions;

public sealed class MatchesPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(390, 844);

    /// <summary>A robot contest with 擂台赛 (2 rounds, one first and one second prize) and two teams of 第九小学, through the staff API.</summary>
    private async Task<Guid> EventAsync()
    {
        var api = await ContestSteps.StaffApiAsync(Fixture);
        var contest = (await api.Post("/api/v1/competitions/contests", new { year = 2034, name = "第7届青少年机器人竞赛", kind = "Robot", registrationDeadline = "2099-12-31" })).GetProperty("id").GetGuid();
        var arena = (await api.Post($"/api/v1/competitions/contests/{contest}/categories", new
        {
            name = "擂台赛", entryKind = "Team", maxTeamSize = 3, scoring = "Matches", prizeMode = "Quota", first = 1, second = 1, third = 0, rounds = 2,
        })).GetProperty("id").GetGuid();
        var unit = (await api.Post($"/api/v1/competitions/contests/{contest}/units", new { name = "南阳市第九小学", kind = "School" })).GetProperty("id").GetGuid();
        var code = (await api.Post($"/api/v1/competitions/units/{unit}/access-code", new { })).GetProperty("code").GetString()!;
        foreach (var (title, student, phone) in new[] { ("雷霆队", "王小明", "13912340001"), ("闪电队", "李小红", "13912340002") })
            await api.Post("/api/v1/public/competitions/entries", new
            {
                code, categoryId = arena, title, advisor = "刘老师", entrants = new[] { new { name = student, grade = "六年级", guardianPhone = phone } },
            });
        return arena;
    }

    [Fact]
    public Task A_referee_records_two_matches_on_a_phone_and_the_ranking_changes() => RunAsync(async () =>
    {
        var arena = await EventAsync();
        await SignInAsync();
        await Page.GotoAsync($"/staff/competitions/matches?category={arena}");
        await Expect(Page.GetByTestId("match-event")).ToContainTextAsync("擂台赛");
        // Prerendered first: the search filters only once the circuit is live (the page marks it).
        await Expect(Page.Locator(".match-desk[data-live='true']")).ToBeVisibleAsync();

        // Team no. 1 by its name: 50 points in 90 s. The page is prerendered: tap until the live circuit picks the team.
        await Page.GetByTestId("match-search").FillAsync("雷霆");
        await Interactive.ClickUntilAsync(Page.GetByTestId("match-team-1"), Page.GetByTestId("match-picked"));
        await Expect(Page.GetByTestId("match-team-2")).ToHaveCountAsync(0);
        await Page.GetByTestId("match-points").FillAsync("50");
        await Page.GetByTestId("match-seconds").FillAsync("90");
        await Page.GetByTestId("match-save").ClickAsync();
        await Expect(Page.GetByTestId("match-saved")).ToContainTextAsync("第 1 号 雷霆队 第 1 场 50 分");
        await Expect(Page.GetByTestId("match-ranking").Locator("tbody tr").First).ToContainTextAsync("雷霆队");
        await Expect(Page.GetByTestId("match-ranking").Locator("tbody tr").First).ToContainTextAsync("一等奖");

        // The same round again is refused under the round, and nothing changes.
        await Interactive.ClickUntilAsync(Page.GetByTestId("match-team-1"), Page.GetByTestId("match-picked"));
        await Page.GetByTestId("match-round").SelectOptionAsync("1");
        await Page.GetByTestId("match-points").FillAsync("70");
        await Page.GetByTestId("match-save").ClickAsync();
        await Expect(Page.GetByTestId("match-round-error")).ToContainTextAsync("第 1 号队第 1 场已录入（50 分）");

        // Team no. 2 by its number: 60 points takes the lead.
        await Page.GetByTestId("match-search").FillAsync("2");
        await Interactive.ClickUntilAsync(Page.GetByTestId("match-team-2"), Page.GetByTestId("match-picked").GetByText("闪电队"));
        await Page.GetByTestId("match-points").FillAsync("60");
        await Page.GetByTestId("match-seconds").FillAsync("80");
        await Page.GetByTestId("match-save").ClickAsync();
        await Expect(Page.GetByTestId("match-saved")).ToContainTextAsync("第 2 号 闪电队 第 1 场 60 分");
        var rows = Page.GetByTestId("match-ranking").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("闪电队");
        await Expect(rows.Nth(0)).ToContainTextAsync("一等奖");
        await Expect(rows.Nth(1)).ToContainTextAsync("雷霆队");
        await Expect(rows.Nth(1)).ToContainTextAsync("二等奖");

        // A phone's width holds the page: nothing wider than the screen.
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the match entry page scrolls sideways at 390 px");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "competitions-matches-phone.png"), FullPage = true });
    });
}
