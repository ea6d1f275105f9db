using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Competitions;

public sealed class JudgingPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>A contest with one judged category (创新性 60, 科学性 40), one entry and two judges on its panel in review, through the staff API.</summary>
    private async Task<(Guid Category, string CodeA, string CodeB)> PanelAsync()
    {
        var http = new HttpClient { BaseAddress = new Uri(Fixture.BaseUrl) };
        var login = await (await http.PostAsJsonAsync("/api/v1/auth/login", new { email = BrowserFixture.AdminEmail, password = BrowserFixture.AdminPassword })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        async Task<JsonElement> Send(HttpMethod method, string url, object body) =>
            await (await http.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        Task<JsonElement> Post(string url, object body) => Send(HttpMethod.Post, url, body);

        var contest = (await Post("/api/v1/competitions/contests", new { year = 2032, name = "第46届青少年科技创新大赛", kind = "Innovation", registrationDeadline = "2099-12-31" })).GetProperty("id").GetGuid();
        var category = (await Post($"/api/v1/competitions/contests/{contest}/categories", new
        {
            name = "青少年科技创新成果", entryKind = "Individual", maxTeamSize = 1, scoring = "Judges", prizeMode = "Quota", first = 1, second = 0, third = 0,
            criteria = new[] { new { name = "创新性", weight = 60, maxPoints = 10 }, new { name = "科学性", weight = 40, maxPoints = 10 } },
        })).GetProperty("id").GetGuid();
        var unit = (await Post($"/api/v1/competitions/contests/{contest}/units", new { name = "南阳市第九小学", kind = "School" })).GetProperty("id").GetGuid();
        var school = (await Post($"/api/v1/competitions/units/{unit}/access-code", new { })).GetProperty("code").GetString()!;
        await Post("/api/v1/public/competitions/entries", new
        {
            code = school, categoryId = category, title = "会走路的风筝", link = "https://video.example.cn/1", advisor = "刘老师",
            entrants = new[] { new { name = "王小明", grade = "五年级", guardianPhone = "13912340001" } },
        });
        async Task<string> Judge(string name, string phone)
        {
            var id = (await Post($"/api/v1/competitions/contests/{contest}/judges", new { name, title = "高级教师", phone })).GetProperty("id").GetGuid();
            await Post($"/api/v1/competitions/categories/{category}/judges", new { judgeId = id });
            return (await Post($"/api/v1/competitions/judges/{id}/access-code", new { })).GetProperty("code").GetString()!;
        }
        var a = await Judge("周敏", "13900000002");
        var b = await Judge("吴昊", "13900000003");
        await Send(HttpMethod.Put, $"/api/v1/competitions/categories/{category}/phase", new { phase = "Review" });
        return (category, a, b);
    }

    [Fact]
    public Task Two_judges_score_one_entry_on_the_tablet_and_staff_see_the_mean_and_sign_off() => RunAsync(async () =>
    {
        var (category, a, b) = await PanelAsync();
        await ContestSteps.ScoreOnTabletAsync(Fixture, a, "9", "8", "competitions-judge-tablet.png");   // 54 + 32 = 86
        await ContestSteps.ScoreOnTabletAsync(Fixture, b, "8", "7", "competitions-judge-tablet-2.png"); // 48 + 28 = 76

        await SignInAsync();
        await Page.GotoAsync("/staff");
        var link = Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "竞赛评审" });
        await Interactive.ClickUntilAsync(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "科技活动部" }), link);

        await Page.GotoAsync($"/staff/competitions/judging?category={category}");
        await Expect(Page.GetByTestId("judging-ranking")).ToContainTextAsync("81.00");
        await Expect(Page.GetByTestId("judging-ranking")).ToContainTextAsync("76 / 86");
        await Expect(Page.GetByTestId("panel-table")).ToContainTextAsync("1/1");
        await Expect(Page.GetByTestId("judging-tie-rule")).ToContainTextAsync("同分时");
        await Expect(Page.GetByTestId("judging-state")).ToContainTextAsync("尚缺 0 份评分");
        // The page is prerendered: click until the live circuit opens the confirmation, then confirm.
        var confirm = Page.Locator(".ant-popover:visible .ant-btn-primary").First;
        await Interactive.ClickUntilAsync(Page.GetByTestId("sign-off").Locator("button"), confirm);
        await Interactive.ClickUntilAsync(confirm, Page.GetByTestId("judging-state").GetByText("已签发"));
        await Expect(Page.GetByTestId("judging-state")).ToContainTextAsync("已签发");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "competitions-judging.png"), FullPage = true });
    });
}
