using System.Text.Json;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Surveys;

/// <summary>A visitor answers the exit survey on a phone; a double click and a reload count once; the results page moves.</summary>
public sealed class SurveyPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(375, 812);

    private async Task<(Dictionary<string, string> Headers, string Code, string Area)> PublishedQuestionnaireAsync()
    {
        var api = Page.APIRequest;
        var login = await api.PostAsync("/api/v1/auth/login", new() { DataObject = new { email = BrowserFixture.AdminEmail, password = BrowserFixture.AdminPassword } });
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {JsonDocument.Parse(await login.TextAsync()).RootElement.GetProperty("accessToken").GetString()}" };
        var area = "exit-" + Guid.NewGuid().ToString("N")[..6];
        var created = await api.PostAsync("/api/v1/surveys/questionnaires", new() { Headers = headers, DataObject = new { area, areaName = "出口调查" + area[5..], onePer = "DevicePerDay" } });
        Assert.Equal(201, created.Status);
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetString();
        var published = await api.PostAsync($"/api/v1/surveys/questionnaires/{id}/publish", new() { Headers = headers });
        Assert.Equal(200, published.Status);
        return (headers, JsonDocument.Parse(await published.TextAsync()).RootElement.GetProperty("code").GetString()!, area);
    }

    private async Task<JsonElement> AreaAsync(Dictionary<string, string> headers, string area)
    {
        var year = DateTime.UtcNow.AddHours(8).Year;
        var results = JsonDocument.Parse(await (await Page.APIRequest.GetAsync($"/api/v1/surveys/results?year={year}", new() { Headers = headers })).TextAsync()).RootElement;
        return results.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("area").GetString() == area);
    }

    [Fact]
    public Task A_visitor_answers_on_a_phone_a_double_click_and_a_reload_count_once_and_the_results_move() => RunAsync(async () =>
    {
        var (headers, code, area) = await PublishedQuestionnaireAsync();
        Assert.Equal(0, (await AreaAsync(headers, area)).GetProperty("responses").GetInt32());

        await Page.GotoAsync($"/survey/{code}");
        var form = Page.GetByTestId("survey-form");
        await Expect(form).ToBeVisibleAsync();
        await form.Locator("label", new() { HasText = "家长" }).ClickAsync();
        var scales = form.Locator(".survey-scale");
        for (var i = 0; i < await scales.CountAsync(); i++) await scales.Nth(i).Locator("label").Nth(8).ClickAsync(); // 9 of 1–10; 8 of NPS 0–10
        await form.Locator("textarea").FillAsync("讲解很好，希望多开放周末场次。");
        await ShotAsync(Page, "survey-answer-phone");

        // A double click posts the form twice: one answer is counted, the page says thank you or that it has it already.
        await Page.GetByTestId("survey-submit").DblClickAsync();
        await Expect(Page.GetByTestId("survey-thanks").Or(Page.GetByTestId("survey-error"))).ToBeVisibleAsync();
        await Page.ReloadAsync();
        await Page.GotoAsync($"/survey/{code}");
        await Page.GetByTestId("survey-form").Locator("label", new() { HasText = "家长" }).ClickAsync();
        scales = Page.GetByTestId("survey-form").Locator(".survey-scale");
        for (var i = 0; i < await scales.CountAsync(); i++) await scales.Nth(i).Locator("label").Nth(2).ClickAsync();
        await Page.GetByTestId("survey-submit").ClickAsync();
        await Expect(Page.GetByTestId("survey-error")).ToContainTextAsync("已经收到您的答卷");
        await ShotAsync(Page, "survey-already-answered-phone");

        var result = await AreaAsync(headers, area);
        Assert.Equal(1, result.GetProperty("responses").GetInt32());
        Assert.Equal(88.89m, result.GetProperty("index").GetDecimal()); // every rating 9 of 1–10: (9 − 1) ÷ 9 × 100

        // The staff results page shows the area with its one answer.
        Page = await Fixture.NewPageAsync();
        await SignInAsync();
        await Page.GotoAsync($"/staff/surveys/results?year={DateTime.UtcNow.AddHours(8).Year}&area={area}");
        await Expect(Page.GetByTestId($"card-{area}")).ToContainTextAsync("88.89");
        await Expect(Page.GetByTestId($"card-{area}")).ToContainTextAsync("答卷 1 份");
        await Expect(Page.GetByTestId("comments")).ToContainTextAsync("希望多开放周末场次");
        await Page.GotoAsync("/staff/surveys/results?year=2020&area=halls");
        await Expect(Page.GetByTestId("card-halls")).ToContainTextAsync("90.20");
        await Expect(Page.GetByTestId("card-youth")).ToContainTextAsync("91.91");
        await Expect(Page.GetByTestId("card-counseling")).ToContainTextAsync("91.85");
        await Expect(Page.GetByTestId("areas-chart").Locator("svg")).ToBeVisibleAsync();
        await ShotAsync(Page, "survey-results-2020");
        await Page.GotoAsync("/staff/surveys");
        await Expect(Page.GetByTestId("questionnaires-table")).ToContainTextAsync("科技馆展厅");
        await ShotAsync(Page, "survey-questionnaires");
    });
}
