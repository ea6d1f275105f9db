using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Visitors;

/// <summary>The staff pages of the Visitors module; what a test adds to the shared demo museum it removes again.</summary>
public sealed class StaffVisitorPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_notice_published_on_the_calendar_page_shows_on_the_public_page_until_deleted() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/calendar");
        await Expect(Page.GetByTestId("calendar-rules")).ToContainTextAsync("09:00–11:30");
        await ShotAsync(Page, "visitor-calendar");

        var title = "测试公告" + Random.Shared.Next(1000, 9999);
        await Interactive.ClickUntilAsync(Page.GetByRole(AriaRole.Tab, new() { Name = "公告" }), Page.GetByTestId("calendar-notices"));
        var form = Page.GetByTestId("calendar-notices").Locator("form");
        await form.Locator("input:not([type])").First.FillAsync(title);
        await form.Locator("textarea").FillAsync("浏览器测试发布的公告。");
        await form.Locator("input[type=date]").First.FillAsync(DateOnly.FromDateTime(BeijingNow).ToString("yyyy-MM-dd"));
        await form.Locator("button[type=submit]").ClickAsync();
        var row = Page.GetByTestId("calendar-notices").Locator(".visitor-notice", new() { HasText = title });
        await Expect(row).ToBeVisibleAsync();

        var visitor = await Fixture.NewPageAsync(375, 812);
        await visitor.GotoAsync("/visit");
        await Expect(visitor.GetByTestId("notices")).ToContainTextAsync(title);
        await visitor.Context.DisposeAsync();

        await Interactive.ConfirmUntilGoneAsync(Page, row.Locator("a.danger-link"), row);
    });

    [Fact]
    public Task The_bookings_and_group_pages_open_for_the_admin() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/reservations");
        await Expect(Page.GetByTestId("reservations")).ToBeVisibleAsync();
        await ShotAsync(Page, "visitor-reservations");
        await Page.GotoAsync("/staff/visitors/groups");
        await Expect(Page.GetByTestId("groups")).ToBeVisibleAsync();
        await ShotAsync(Page, "visitor-groups");
    });

    [Fact]
    public Task A_walk_in_registered_at_the_gate_is_admitted_in_the_current_slot() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.SetViewportSizeAsync(375, 812);
        await Page.GotoAsync("/staff/visitors/gate");
        await Expect(Page.Locator(".gate[data-live=true]")).ToBeVisibleAsync();
        var form = Page.GetByTestId("walkin");
        await form.Locator("input").Nth(0).FillAsync(NewName());
        await form.Locator("input").Nth(1).FillAsync(NewResidentId());
        await form.Locator("input").Nth(2).FillAsync(NewPhone());
        await form.Locator("button[type=submit]").ClickAsync();

        // The demo museum is open Tuesday to Sunday until 16:30 (Beijing): outside that the form says why.
        var now = BeijingNow;
        if (now.DayOfWeek != DayOfWeek.Monday && TimeOnly.FromDateTime(now) < new TimeOnly(16, 25))
            await Expect(Page.GetByTestId("walkin-done")).ToContainTextAsync("已登记入馆");
        else
            await Expect(form.Locator(".field-error")).Not.ToHaveCountAsync(0);
        await ShotAsync(Page, "gate-walk-in");
    });
}
