using System.Text.Json;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Surveys;

/// <summary>The office adds a question to a draft questionnaire, saves, and removes another; the saved version keeps both changes.</summary>
public sealed class SurveyEditorTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_question_is_added_and_another_removed_in_the_editor_and_both_changes_are_saved() => RunAsync(async () =>
    {
        var api = Page.APIRequest;
        var login = await api.PostAsync("/api/v1/auth/login", new() { DataObject = new { email = BrowserFixture.AdminEmail, password = BrowserFixture.AdminPassword } });
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {JsonDocument.Parse(await login.TextAsync()).RootElement.GetProperty("accessToken").GetString()}" };
        var area = "class-" + Guid.NewGuid().ToString("N")[..6];
        var created = await api.PostAsync("/api/v1/surveys/questionnaires", new() { Headers = headers, DataObject = new { area, areaName = "课后反馈" + area[6..], onePer = "DevicePerDay" } });
        Assert.Equal(201, created.Status);
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetString();

        await SignInAsync();
        await Page.GotoAsync($"/staff/surveys/{id}");
        var rows = Page.GetByTestId("questions").Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var before = await rows.CountAsync();
        var secondText = await Page.GetByTestId("question-text-2").Locator("input").InputValueAsync();

        var added = Page.GetByTestId($"question-text-{before + 1}").Locator("input");
        await Interactive.ClickUntilAsync(Page.GetByTestId("question-add").Locator("button"), added);
        await Interactive.FillUntilKeptAsync(added, "您愿意再次参加本馆的课程吗？");
        await Page.GetByTestId("question-remove-1").ClickAsync();
        await Expect(Page.GetByTestId("question-text-1").Locator("input")).ToHaveValueAsync(secondText);
        await Page.GetByTestId("editor-save").Locator("button").ClickAsync();
        await Expect(Page.Locator(".ant-message")).ToContainTextAsync("已保存");

        await Page.ReloadAsync();
        await Expect(rows).ToHaveCountAsync(before);
        await Expect(Page.GetByTestId("question-text-1").Locator("input")).ToHaveValueAsync(secondText);
        await Expect(Page.GetByTestId($"question-text-{before}").Locator("input")).ToHaveValueAsync("您愿意再次参加本馆的课程吗？");
        await ShotAsync(Page, "surveys-editor");
    });
}
