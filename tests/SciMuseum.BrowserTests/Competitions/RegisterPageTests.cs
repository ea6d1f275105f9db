using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Competitions;

public sealed class RegisterPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(390, 844);

    /// <summary>A contest open until 2099 with one team category (up to 2), one school and its access code, set up through the staff API.</summary>
    private async Task<string> OpenContestAsync()
    {
        var http = new HttpClient { BaseAddress = new Uri(Fixture.BaseUrl) };
        var login = await (await http.PostAsJsonAsync("/api/v1/auth/login", new { email = BrowserFixture.AdminEmail, password = BrowserFixture.AdminPassword })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        async Task<JsonElement> Post(string url, object body) =>
            await (await http.PostAsJsonAsync(url, body)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var contest = (await Post("/api/v1/competitions/contests", new { year = 2031, name = "第45届青少年科技创新大赛", kind = "Innovation", registrationDeadline = "2099-12-31" })).GetProperty("id").GetGuid();
        await Post($"/api/v1/competitions/contests/{contest}/categories", new
        {
            name = "青少年科学DV", entryKind = "Team", maxTeamSize = 2, scoring = "Judges", prizeMode = "Quota", first = 1, second = 1, third = 1,
            criteria = new[] { new { name = "科学性", weight = 100, maxPoints = 10 } },
        });
        var unit = (await Post($"/api/v1/competitions/contests/{contest}/units", new { name = "南阳市第九小学", kind = "School" })).GetProperty("id").GetGuid();
        return (await Post($"/api/v1/competitions/units/{unit}/access-code", new { })).GetProperty("code").GetString()!;
    }

    [Fact]
    public Task A_school_registers_a_team_on_a_phone_and_a_student_entered_twice_is_refused() => RunAsync(async () =>
    {
        var code = await OpenContestAsync();
        await Page.GotoAsync("/competitions/register");
        await Page.GetByTestId("access-code").FillAsync(code);
        await Page.GetByTestId("code-form").Locator("button[type=submit]").ClickAsync();
        await Expect(Page.GetByTestId("school-info")).ToContainTextAsync("南阳市第九小学");

        async Task RegisterAsync(string title)
        {
            await Page.GetByTestId("entry-category").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "青少年科学DV（团队，至多 2 人）" });
            await Page.GetByTestId("entry-title").FillAsync(title);
            var first = Page.GetByTestId("entrant-0").Locator("input");
            await first.Nth(0).FillAsync("王小明");
            await first.Nth(1).FillAsync("五年级");
            await first.Nth(2).FillAsync("13912340001");
            await Page.GetByTestId("entry-form").Locator("button[type=submit]").ClickAsync();
        }

        await RegisterAsync("水的旅行");
        await Expect(Page.GetByTestId("entry-saved")).ToContainTextAsync("已提交：水的旅行");
        await Expect(Page.GetByTestId("school-entries")).ToContainTextAsync("王小明");
        await Expect(Page.GetByTestId("school-entries")).Not.ToContainTextAsync("13912340001");

        await RegisterAsync("再报一次");
        await Expect(Page.GetByTestId("entrant-0")).ToContainTextAsync("王小明 已报名青少年科学DV");
        await Expect(Page.GetByTestId("school-entries")).ToContainTextAsync("本校已报名（1）");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "competitions-register.png"), FullPage = true });
    });
}
