using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Programs;

/// <summary>
/// The youth center's day on its pages alone: plan a class, open it, add a one-place session, take two phone sign-ups
/// (the second waits), and cancel the first so the waiting family is offered the place.
/// </summary>
public sealed class ActivityPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private async Task ChooseAsync(string testId, string label)
    {
        await Page.GetByTestId(testId).Locator(".ant-select-selector").ClickAsync();
        await Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = label }).First.ClickAsync();
        await Expect(Page.GetByTestId(testId).Locator(".ant-select-selection-item")).ToHaveTextAsync(label);
    }

    private async Task EnterSignUpAsync(ILocator session, string guardian, string child)
    {
        // One click opens the dialog, right after the last one was saved (the last dialog's mask covers the link until it
        // has faded). It used to be lost: the last dialog's delayed clean-up removed the new one (see SaveDialog).
        await Expect(Page.Locator(".ant-modal-mask:visible")).ToHaveCountAsync(0);
        await session.GetByTestId("enter-signup").ClickAsync();
        var field = Page.GetByTestId("staff-signup-guardian");
        await Expect(field).ToBeVisibleAsync();
        await Expect(field).ToHaveValueAsync("");
        await Interactive.FillUntilKeptAsync(field, guardian);
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("staff-signup-phone"), NewPhone());
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("staff-signup-children").Locator("textarea"), child);
        await Page.GetByTestId("staff-signup-save").Locator("button").ClickAsync();
        await Expect(Page.GetByTestId("staff-signup-guardian")).ToBeHiddenAsync();
    }

    [Fact]
    public Task Staff_plan_a_class_add_a_session_enter_phone_sign_ups_and_a_cancellation_offers_the_place_to_the_waiting_family() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/programs");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-activity").Locator("button"), Page.GetByTestId("activity-title"));
        var title = $"航模兴趣班 {Guid.NewGuid().ToString("N")[..6]}";
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("activity-title"), title);
        await ChooseAsync("activity-department", "青少年课外活动中心");
        await ChooseAsync("activity-type", "兴趣班");
        var date = Page.GetByTestId("activity-date").Locator("input");
        var day = DateTime.UtcNow.AddHours(8).AddDays(7).ToString("yyyy-MM-dd");
        await Interactive.FillDateAsync(date, day);
        await Page.GetByTestId("activity-target").Locator("input").FillAsync("2");
        // On a busy runner a late render has emptied the date after it was filled (the form then says 必填): fill it again and save.
        for (var attempt = 0; attempt < 3 && await Page.GetByTestId("activity-title").IsVisibleAsync(); attempt++)
        {
            if (await date.InputValueAsync() != day) await Interactive.FillDateAsync(date, day);
            await Page.GetByTestId("activity-save").Locator("button").ClickAsync();
            try
            {
                await Page.GetByTestId("activity-title").WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 20_000 });
            }
            catch (TimeoutException)
            {
            }
        }
        await Expect(Page.GetByTestId("activity-title")).ToBeHiddenAsync();

        await Page.GetByTestId("activity-link").Filter(new() { HasText = title }).ClickAsync();
        await Expect(Page.GetByTestId("activity-heading")).ToContainTextAsync("计划中");
        await Interactive.ClickUntilAsync(Page.GetByTestId("open-activity").Locator("button"), Page.GetByTestId("activity-heading").GetByText("报名中"));

        await Interactive.ClickUntilAsync(Page.GetByTestId("add-session").Locator("button"), Page.GetByTestId("session-name"));
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("session-name"), "第一期");
        await Page.GetByTestId("session-capacity").Locator("input").FillAsync("1");
        await Page.GetByTestId("session-save").Locator("button").ClickAsync();
        var session = Page.Locator("[data-session]").Filter(new() { HasText = "第一期" });
        await Expect(session.GetByTestId("session-fill")).ToContainTextAsync("已报 0 / 1");

        await EnterSignUpAsync(session, "王女士", "王小明 9");
        await Expect(session.GetByTestId("session-fill")).ToContainTextAsync("已报 1 / 1");
        // A dialog cancelled and opened again at once comes back, empty.
        await Expect(Page.Locator(".ant-modal-mask:visible")).ToHaveCountAsync(0);
        await session.GetByTestId("enter-signup").ClickAsync();
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("staff-signup-guardian"), "张先生");
        await Page.GetByTestId("staff-signup-cancel").Locator("button").ClickAsync();
        await Expect(Page.GetByTestId("staff-signup-guardian")).ToBeHiddenAsync();
        await EnterSignUpAsync(session, "李先生", "李小红 10");
        await Expect(session.GetByTestId("session-fill")).ToContainTextAsync("候补 1 家");
        var rows = session.GetByTestId("roster").Locator("tbody tr.ant-table-row");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0).GetByTestId("signup-status")).ToContainTextAsync("已报名");
        await Expect(rows.Nth(1).GetByTestId("signup-status")).ToContainTextAsync("候补中");

        // Check-in opens on the session's day: the refusal says so and nothing changes.
        await rows.Nth(0).GetByTestId("check-in").ClickAsync();
        await Expect(Page.Locator(".ant-message")).ToContainTextAsync("场次当天才能签到");

        await Interactive.ConfirmUntilGoneAsync(Page, rows.Nth(0).GetByTestId("cancel-signup"), rows.Nth(0).GetByTestId("cancel-signup"));
        await Expect(rows.Nth(0).GetByTestId("signup-status")).ToContainTextAsync("已取消");
        await Expect(rows.Nth(1).GetByTestId("signup-status")).ToContainTextAsync("递补待确认");
        await ShotAsync(Page, "programs-activity-roster");
    });
}
