using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Competitions;

/// <summary>Steps the contest page tests share: the staff API signed in as the administrator, and a judge scoring on the tablet.</summary>
internal static class ContestSteps
{
    /// <summary>The staff API as the administrator; <c>Send</c> fails the test on any answer but success.</summary>
    public sealed class StaffApi(HttpClient http)
    {
        public async Task<JsonElement> Send(HttpMethod method, string url, object body) =>
            await (await http.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();

        public Task<JsonElement> Post(string url, object body) => Send(HttpMethod.Post, url, body);

        public Task<HttpResponseMessage> Get(string url) => http.GetAsync(url);
    }

    public static async Task<StaffApi> StaffApiAsync(BrowserFixture fixture)
    {
        var http = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        var login = await (await http.PostAsJsonAsync("/api/v1/auth/login", new { email = BrowserFixture.AdminEmail, password = BrowserFixture.AdminPassword })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return new StaffApi(http);
    }

    /// <summary>
    /// A judge opens the tablet page with their code, picks entry no. <paramref name="number"/> and scores both criteria
    /// (创新性, 科学性; full marks 10): first 11, which the server refuses, then the given points.
    /// </summary>
    public static async Task ScoreOnTabletAsync(BrowserFixture fixture, string code, string first, string second, string screenshot, int number = 1)
    {
        var tablet = await fixture.NewPageAsync(820, 1180);
        await tablet.GotoAsync("/competitions/judge");
        await tablet.GetByTestId("judge-code").FillAsync(code);
        await tablet.GetByTestId("judge-code-form").Locator("button[type=submit]").ClickAsync();
        await Expect(tablet.GetByTestId("judge-progress")).ToContainTextAsync("已评 0 / 1 件");
        await Expect(tablet.GetByTestId("entry-list")).Not.ToContainTextAsync("第九小学");
        await Expect(tablet.GetByTestId("entry-list")).Not.ToContainTextAsync("王小明");
        await tablet.GetByTestId($"entry-{number}").ClickAsync();
        await tablet.GetByTestId("points-0").FillAsync("11");
        await tablet.GetByTestId("points-1").FillAsync(second);
        // The browser's own range check is bypassed so the server's refusal shows: 11 is over the criterion's 10.
        await tablet.EvalOnSelectorAsync("[data-testid=score-form]", "f => f.noValidate = true");
        await tablet.GetByTestId("save-score").ClickAsync();
        await Expect(tablet.GetByTestId("score-form")).ToContainTextAsync("创新性满分 10 分");
        await tablet.GetByTestId("points-0").FillAsync(first);
        await tablet.GetByTestId("save-score").ClickAsync();
        await Expect(tablet.GetByTestId("score-saved")).ToContainTextAsync("已评 1 / 1");
        await Expect(tablet.GetByTestId("judge-progress")).ToContainTextAsync("已评 1 / 1 件");
        await tablet.ScreenshotAsync(new() { Path = Path.Combine(BrowserTest.BinFolder, screenshot), FullPage = true });
        await tablet.Context.DisposeAsync();
    }
}
