using System.Text.Json;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Programs;

/// <summary>A parent signs a child up on a phone; the class fills, the next family waits and is promoted when a place frees up.</summary>
public sealed class SignUpPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(375, 812);

    /// <summary>An open activity with a one-place session tomorrow, made through the API as the administrator.</summary>
    private async Task<string> OneSeatSessionAsync()
    {
        var api = Page.APIRequest;
        var login = await api.PostAsync("/api/v1/auth/login", new() { DataObject = new { email = BrowserFixture.AdminEmail, password = BrowserFixture.AdminPassword } });
        var token = JsonDocument.Parse(await login.TextAsync()).RootElement.GetProperty("accessToken").GetString();
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
        var departments = JsonDocument.Parse(await (await api.GetAsync("/api/v1/organization/departments", new() { Headers = headers })).TextAsync()).RootElement;
        var youth = departments.EnumerateArray().First(d => d.GetProperty("name").GetString() == "青少年课外活动中心").GetProperty("id").GetString();
        var tomorrow = DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM-dd");
        var title = $"陶艺体验课 {Guid.NewGuid().ToString("N")[..6]}";
        var activity = await api.PostAsync("/api/v1/programs/activities", new()
        {
            Headers = headers, DataObject = new { departmentId = youth, title, type = "Class", audience = "中小学生", plannedDate = tomorrow, targetParticipants = 1 },
        });
        Assert.Equal(201, activity.Status);
        var activityId = JsonDocument.Parse(await activity.TextAsync()).RootElement.GetProperty("id").GetString();
        Assert.Equal(200, (await api.PostAsync($"/api/v1/programs/activities/{activityId}/open", new() { Headers = headers })).Status);
        var session = await api.PostAsync("/api/v1/programs/sessions", new()
        {
            Headers = headers, DataObject = new { activityId, date = tomorrow, start = "09:00", end = "11:00", place = "陶艺室", capacity = 1, publicSignUp = true },
        });
        Assert.Equal(201, session.Status);
        return JsonDocument.Parse(await session.TextAsync()).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Fills the sign-up page for one child and submits; returns the family page's address.</summary>
    private async Task<string> SignUpAsync(string sessionId, string child, string phone)
    {
        await Page.GotoAsync($"/programs/{sessionId}");
        await Expect(Page.GetByTestId("signup-form")).ToBeVisibleAsync();
        var row = Page.GetByTestId("child-0");
        await row.Locator("input").First.FillAsync(child);
        await row.Locator("input").Last.FillAsync("9");
        await Page.Locator("input[type=tel]").FillAsync(phone);
        await Page.GetByTestId("signup-form").Locator("input[autocomplete=name]").FillAsync("王女士");
        await Page.Locator("button.visit-submit").ClickAsync();
        await Expect(Page.GetByTestId("signup")).ToBeVisibleAsync();
        return Page.Url;
    }

    [Fact]
    public Task A_parent_signs_up_on_a_phone_the_class_fills_and_the_next_family_is_promoted_after_a_cancellation() => RunAsync(async () =>
    {
        var sessionId = await OneSeatSessionAsync();
        await Page.GotoAsync("/programs");
        await Expect(Page.Locator($"[data-session='{sessionId}']")).ToContainTextAsync("余 1 个名额");

        var first = await SignUpAsync(sessionId, "李小华", NewPhone());
        await Expect(Page.GetByTestId("signup")).ToHaveAttributeAsync("data-status", "Confirmed");
        await Expect(Page.GetByTestId("signup-status")).ToContainTextAsync("报名成功");
        await ShotAsync(Page, "programs-signup-confirmed-phone");

        // The class is full: the next family joins the waiting list.
        await Page.GotoAsync($"/programs/{sessionId}");
        await Expect(Page.GetByTestId("session-remaining")).ToContainTextAsync("已报满");
        var second = await SignUpAsync(sessionId, "张小明", NewPhone());
        await Expect(Page.GetByTestId("signup")).ToHaveAttributeAsync("data-status", "Waiting");
        await Expect(Page.GetByTestId("signup-status")).ToContainTextAsync("排第 1 位");

        // The first family cancels; the place is offered to the second, who takes it.
        await Page.GotoAsync(first);
        await Page.GetByTestId("cancel-form").Locator("button").ClickAsync();
        await Expect(Page.GetByTestId("signup")).ToHaveAttributeAsync("data-status", "Cancelled");
        await Page.GotoAsync(second);
        await Expect(Page.GetByTestId("signup")).ToHaveAttributeAsync("data-status", "Offered");
        await ShotAsync(Page, "programs-signup-offered-phone");
        await Page.GetByTestId("accept-form").Locator("button").ClickAsync();
        await Expect(Page.GetByTestId("signup")).ToHaveAttributeAsync("data-status", "Confirmed");
    });
}
