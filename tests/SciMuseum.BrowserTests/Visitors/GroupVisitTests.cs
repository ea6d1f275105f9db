using System.Text;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Visitors;

/// <summary>A teacher asks for a group visit on a phone, staff approve it, the status page shows the booking code; the booking is cancelled again.</summary>
public sealed class GroupVisitTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(375, 812);

    private static FilePayload MemberFile(params string[] ids) => new()
    {
        Name = "名单.csv", MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes("姓名,证件类型,证件号码\r\n" + string.Concat(ids.Select(id => $"{NewName()},居民身份证,{id}\r\n"))),
    };

    [Fact]
    public Task A_teacher_requests_a_group_on_a_phone_and_sees_the_booking_code_once_staff_approve() => RunAsync(async () =>
    {
        await Page.GotoAsync("/visit");
        await Expect(Page.GetByTestId("group-link")).ToBeVisibleAsync();
        await Page.GotoAsync("/visit/group");
        await Expect(Page.GetByTestId("group-limits")).ToContainTextAsync("30–150");
        // The last open day: far from the days other tests book.
        var date = await Page.GetByTestId("group-date").Locator("option:not([disabled])").Last.GetAttributeAsync("value");
        Assert.True(await Page.GetByTestId("group-date").Locator("option[disabled]").CountAsync() > 0, "closed days are listed, disabled");
        await Page.GotoAsync($"/visit/group?date={date}");
        var form = Page.GetByTestId("group-form");
        await Expect(form).ToBeVisibleAsync();

        var phone = NewPhone();
        await form.GetByTestId("slot-pick").Locator("label:not(.disabled) input[type=radio]").First.CheckAsync();
        await form.GetByTestId("organisation").FillAsync("南阳市实验小学（浏览器测试）");
        await form.GetByTestId("leader-name").FillAsync(NewName());
        await form.GetByTestId("leader-phone").FillAsync(phone);
        await form.GetByTestId("pupils").FillAsync("60");
        await form.GetByTestId("teachers").FillAsync("1");
        var bad = NewResidentId();
        bad = bad[..17] + (bad[17] == '0' ? '1' : '0');
        await form.GetByTestId("members-file").SetInputFilesAsync(MemberFile(NewResidentId(), bad));
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(Page.GetByTestId("group-error")).ToBeVisibleAsync();
        await Expect(Page.Locator(".field-error[data-field=teachers]")).ToContainTextAsync("每 20 名学生至少需 1 名带队老师");
        await Expect(Page.GetByTestId("file-errors")).ToContainTextAsync("第 3 行 证件号码");
        await ShotAsync(Page, "group-errors");

        form = Page.GetByTestId("group-form");
        await form.GetByTestId("pupils").FillAsync("30");
        await form.GetByTestId("teachers").FillAsync("2");
        await form.GetByTestId("bus").FillAsync("大巴 1 辆");
        await form.GetByTestId("members-file").SetInputFilesAsync(MemberFile(NewResidentId(), NewResidentId()));
        await ShotAsync(Page, "group-request");
        await form.Locator("button[type=submit]").ClickAsync();
        var status = Page.GetByTestId("group-status");
        await Expect(status).ToHaveAttributeAsync("data-status", "Pending");
        await Expect(Page.GetByTestId("group-state")).ToHaveTextAsync("待审核");
        await Expect(status).ToContainTextAsync("名单 2 人");
        var code = (await Page.GetByTestId("group-code").InnerTextAsync()).Trim();
        await ShotAsync(Page, "group-pending");

        await SignInAsync();
        await Page.SetViewportSizeAsync(1280, 900);
        await Page.GotoAsync("/staff/visitors/groups");
        var card = Page.Locator(".table-card", new() { Has = Page.Locator($".visitor-row[data-code='{code}']") });
        await Interactive.ClickUntilAsync(card.GetByRole(AriaRole.Button, new() { Name = "团体名单（2 人）" }), card.GetByTestId("member-table"));
        await Expect(card.GetByTestId("member-table").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(card.GetByTestId("member-table")).ToContainTextAsync("**********");
        await ShotAsync(Page, "group-staff");
        await card.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
        await Expect(Page.Locator($".visitor-row[data-code='{code}']")).ToHaveCountAsync(0);

        await Page.SetViewportSizeAsync(375, 812);
        await Page.GotoAsync($"/visit/group/{code}?phone={phone}");
        await Expect(Page.GetByTestId("group-status")).ToHaveAttributeAsync("data-status", "Approved");
        await Expect(Page.GetByTestId("group-booking-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[2-9A-Z]{10}$"));
        await ShotAsync(Page, "group-approved");

        // Give the places back: the leader cancels the group's booking from its ticket page.
        await Page.GetByTestId("group-status").Locator("a.visit-button").ClickAsync();
        await Page.GetByTestId("cancel-form").Locator("button").ClickAsync();
        await Expect(Page.GetByTestId("reservation")).ToHaveAttributeAsync("data-status", "Cancelled");
    });
}
