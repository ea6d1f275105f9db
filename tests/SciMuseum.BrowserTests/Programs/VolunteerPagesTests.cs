using System.Text.Json;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Programs;

/// <summary>The exhibition department's volunteer pages: the desk's QR sign-up on a phone, the roster with its certificate, shifts at the desk, training.</summary>
public sealed class VolunteerPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private async Task FillAndSubmitAsync(string name, string phone)
    {
        await Page.GotoAsync("/volunteer");
        var form = Page.GetByTestId("volunteer-form");
        await Expect(form).ToBeVisibleAsync();
        await form.Locator("input[autocomplete=name]").FillAsync(name);
        await form.Locator("input[type=tel]").FillAsync(phone);
        await form.Locator("input[list=universities]").FillAsync("南阳理工学院");
        await form.Locator("button.visit-submit").ClickAsync();
    }

    [Fact]
    public Task A_student_signs_up_on_a_phone_once_per_number() => RunAsync(async () =>
    {
        Page = await Fixture.NewPageAsync(375, 812);
        var phone = NewPhone();
        await FillAndSubmitAsync("周晓东", phone);
        await Expect(Page.GetByTestId("volunteer-applied")).ToContainTextAsync("报名成功");
        await ShotAsync(Page, "programs-volunteer-signup-phone");

        await FillAndSubmitAsync("周晓东", phone);
        await Expect(Page.GetByTestId("volunteer-error")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("volunteer-form")).ToContainTextAsync("已登记为志愿者");
    });

    [Fact]
    public Task The_volunteer_roster_shows_2020s_hours_and_the_training_page_the_share_of_staff_trained() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff");
        var link = Page.GetByRole(AriaRole.Link, new() { Name = "志愿者", Exact = true }).First;
        await Interactive.ClickUntilAsync(Page.GetByRole(AriaRole.Button, new() { Name = "展览教育部" }), link);
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/programs/volunteers"));
        await Page.GotoAsync("/staff/programs/volunteers?year=2020");
        await Expect(Page.GetByTestId("volunteers-table")).ToContainTextAsync("南阳理工学院");
        await Expect(Page.GetByTestId("card-awaiting")).ToContainTextAsync("1");
        await ShotAsync(Page, "programs-volunteers-2020");

        await Interactive.FollowAsync(Page.GetByTestId("volunteers-table").Locator("tbody tr a").First);
        await Expect(Page.GetByTestId("certificate-2020")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("services-table")).ToContainTextAsync("已签退");
        await ShotAsync(Page, "programs-volunteer-profile");

        await Page.GotoAsync("/staff/programs/training?year=2020");
        await Expect(Page.GetByTestId("card-share")).ToContainTextAsync("44.6%");
        await Expect(Page.GetByTestId("training-table").Locator("tbody tr")).ToHaveCountAsync(7);
        await Expect(Page.GetByTestId("training-table")).ToContainTextAsync("郑州科技馆");
        await ShotAsync(Page, "programs-training-2020");
    });

    [Fact]
    public Task The_desk_checks_a_volunteer_in_and_out_on_a_phone() => RunAsync(async () =>
    {
        var api = Page.APIRequest;
        var login = await api.PostAsync("/api/v1/auth/login", new() { DataObject = new { email = BrowserFixture.AdminEmail, password = BrowserFixture.AdminPassword } });
        var token = JsonDocument.Parse(await login.TextAsync()).RootElement.GetProperty("accessToken").GetString();
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
        var local = DateTime.UtcNow.AddHours(8).AddMinutes(20);
        var end = local.AddHours(1).Date == local.Date ? local.AddHours(1) : local.Date.AddMinutes(23 * 60 + 59);
        var task = $"入口引导 {Guid.NewGuid().ToString("N")[..6]}";
        var shift = await api.PostAsync("/api/v1/programs/shifts", new()
        {
            Headers = headers, DataObject = new { task, place = "一楼大厅", date = local.ToString("yyyy-MM-dd"), start = local.ToString("HH:mm"), end = end.ToString("HH:mm"), needed = 2 },
        });
        Assert.Equal(201, shift.Status);
        var shiftId = JsonDocument.Parse(await shift.TextAsync()).RootElement.GetProperty("id").GetString();
        var volunteer = await api.PostAsync("/api/v1/programs/volunteers", new()
        {
            Headers = headers, DataObject = new { name = "吴梦瑶", phone = NewPhone(), source = "University", organisation = "南阳师范学院" },
        });
        Assert.Equal(201, volunteer.Status);
        var volunteerId = JsonDocument.Parse(await volunteer.TextAsync()).RootElement.GetProperty("id").GetString();
        Assert.Equal(201, (await api.PostAsync($"/api/v1/programs/shifts/{shiftId}/take", new() { Headers = headers, DataObject = new { volunteerId } })).Status);

        Page = await Fixture.NewPageAsync(375, 812);
        await SignInAsync();
        await Page.GotoAsync("/staff/programs/shifts");
        var card = Page.Locator($"[data-shift='{shiftId}']");
        await Expect(card).ToContainTextAsync("1/2");
        var person = card.Locator($"[data-person='{volunteerId}']");
        await Interactive.ClickUntilAsync(person.GetByTestId("check-in"), person.GetByTestId("check-out"));
        await Expect(person).ToContainTextAsync("已签到");
        await ShotAsync(Page, "programs-shift-desk-phone");
        await person.GetByTestId("check-out").ClickAsync();
        await Expect(person).ToContainTextAsync("已签退");
    });
}
