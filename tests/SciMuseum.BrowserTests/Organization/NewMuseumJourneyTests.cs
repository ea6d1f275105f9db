using System.Text;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Organization;

/// <summary>
/// Issue 17's "done means", walked as users would: the system administrator adds a museum (standard departments, an
/// opening rule, a first administrator) on 场馆管理; that administrator signs in to the new museum, imports its past
/// visitor counts, declares a project goal with a quantitative and a qualitative indicator, and reads the mid-year
/// monitoring, which counts the imported visitors. Each run adds its own museum, so reruns never collide.
/// </summary>
public sealed class NewMuseumJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_museum_added_on_the_page_imports_its_past_visitors_declares_a_goal_and_sees_them_in_mid_year_monitoring() => RunAsync(async () =>
    {
        var unique = "nm" + Guid.NewGuid().ToString("N")[..6];
        var name = $"桐柏县科技馆{unique[2..]}";
        var leaderEmail = $"{unique}@tongbai.example";
        const string leaderPassword = "Tongbai-Journey-2026";
        // A whole past year: every day of it is before the museum used SciMuseum.
        var year = DateTime.UtcNow.Year - 1;

        // 1. The system administrator adds the museum with the standard departments, the default opening rule and an administrator.
        await SignInAsync();
        await Page.GotoAsync("/staff/museums");
        var code = Page.GetByTestId("museum-code");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-museum").Locator("button"), code);
        await Interactive.FillUntilKeptAsync(code, unique);
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("museum-name"), name);
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("museum-province"), "河南省");
        await Expect(Page.GetByTestId("museum-departments").Locator(".ant-radio-wrapper-checked")).ToContainTextAsync("标准七个部门");
        await Expect(Page.GetByTestId("museum-with-rule").Locator(".ant-checkbox-wrapper-checked")).ToBeVisibleAsync();
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("museum-admin-email"), leaderEmail);
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("museum-admin-password"), leaderPassword);
        await ShotAsync(Page, "journey-1-add-museum");
        await Page.GetByTestId("museum-save").Locator("button").ClickAsync();
        await Expect(code).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("museums-table").Locator("tbody tr", new() { HasText = unique })).ToContainTextAsync(name);

        // 2. Its administrator signs in: the new museum, its own seven departments and its opening rule.
        await Page.Context.DisposeAsync();
        Page = await Fixture.NewPageAsync();
        await Page.GotoAsync("/login");
        await Page.FillAsync("input[name=email]", leaderEmail);
        await Page.FillAsync("input[name=password]", leaderPassword);
        await Page.ClickAsync("button[type=submit]");
        await Expect(Page.Locator(".staff-museum")).ToHaveTextAsync(name);
        await Page.GotoAsync("/staff/organization/departments");
        var departments = Page.GetByTestId("departments-table");
        await Expect(departments.Locator("tbody tr.ant-table-row")).ToHaveCountAsync(7);
        await Expect(departments).ToContainTextAsync("办公室");
        await Page.GotoAsync("/staff/visitors/calendar");
        await Expect(Page.GetByTestId("calendar-rules").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("calendar-rules")).ToContainTextAsync("09:00–16:30（1000）");
        await ShotAsync(Page, "journey-2-calendar");

        // 3. Past visitor counts: two days in the first half of the year, one in the second.
        await Page.GotoAsync("/staff/visitors/past-counts");
        var file = new FilePayload
        {
            Name = $"{unique}-{year}.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", "日期,渠道,人数", $"{year}-03-02,个人预约,300", $"{year}-05-10,团体,1200", $"{year}-07-15,个人预约,500") + "\r\n"),
        };
        // Until the circuit is live the upload does nothing: send the file until its outcome shows (it is imported once).
        var success = Page.GetByTestId("import-success");
        for (var i = 0; i < 40 && !await success.IsVisibleAsync(); i++)
        {
            await Page.Locator("[data-testid=upload-file] input[type=file]").SetInputFilesAsync(file);
            try { await success.WaitForAsync(new() { Timeout = 1_000 }); } catch (TimeoutException) { }
        }
        await Expect(success).ToContainTextAsync("3 天、2,000 人次");
        await Expect(Page.GetByTestId("past-batches").Locator("tbody tr.ant-table-row")).ToHaveCountAsync(1);
        await ShotAsync(Page, "journey-3-past-counts");

        // 4. A project goal: 接待观众人次 bound to the records (by time), and a qualitative indicator.
        await Page.GotoAsync($"/staff/performance/goals/new?year={year}");
        var title = Page.GetByTestId("goal-title").Locator("input");
        var quantity = Page.GetByTestId("goal-indicators").Locator("tr[data-subcategory=Quantity]");
        var rows = Page.GetByTestId("goal-row");
        await Interactive.ClickUntilAsync(quantity.GetByTestId("goal-add").Locator("button"), rows.First);
        await Interactive.FillUntilKeptAsync(title, "免费开放运行经费");
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("goal-overall").Locator("textarea"), "全年免费开放，接待观众一万人次，更新一批展品。");
        await Page.GetByTestId("goal-project-type").Locator(".ant-select-selector").ClickAsync();
        await Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = "常年性" }).ClickAsync();
        await Expect(Page.GetByTestId("goal-project-type")).ToContainTextAsync("常年性");
        await Page.GetByTestId("goal-fund-nature").Locator(".ant-select-selector").ClickAsync();
        await Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = "财政拨款" }).ClickAsync();
        await Expect(Page.GetByTestId("goal-fund-nature")).ToContainTextAsync("财政拨款");

        var visitors = rows.First;
        await Interactive.FillUntilKeptAsync(visitors.GetByTestId("goal-name").Locator("input"), "接待观众人次");
        await Interactive.PickAsync(Page, visitors.GetByTestId("goal-metric"), "接待观众人次", search: "接待观众");
        await Expect(visitors.GetByTestId("goal-unit").Locator("input")).ToHaveValueAsync("人次");
        await Interactive.FillUntilKeptAsync(visitors.GetByTestId("goal-target").Locator("input"), "10000");
        await visitors.GetByTestId("goal-pace").Locator(".ant-select-selector").ClickAsync();
        await Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = "按时间进度" }).ClickAsync();
        await Expect(visitors.GetByTestId("goal-pace")).ToContainTextAsync("按时间进度");

        await quantity.GetByTestId("goal-add-qualitative").Locator("button").ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        var qualitative = Page.GetByTestId("goal-row").Filter(new() { Has = Page.GetByTestId("goal-qualitative") });
        await Interactive.FillUntilKeptAsync(qualitative.GetByTestId("goal-name").Locator("input"), "展品更新");
        await Interactive.FillUntilKeptAsync(qualitative.GetByTestId("goal-text-target").Locator("input"), "年内完成一批展品更新并投入使用");
        await ShotAsync(Page, "journey-4-goal-form");
        await Page.GetByTestId("goal-save").Locator("button").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/staff/performance/goals\\?year={year}$"));
        var listed = Page.GetByTestId("goal-list").Locator("tbody tr.ant-table-row", new() { HasText = "免费开放运行经费" });
        await Expect(listed).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("goal-list").Locator("tbody tr.ant-table-row")).ToHaveCountAsync(1);

        // The saved goal keeps the qualitative target in words.
        await Interactive.FollowAsync(listed.GetByRole(AriaRole.Link, new() { Name = "免费开放运行经费" }));
        await Expect(Page.GetByTestId("goal-qualitative").GetByTestId("goal-text-target").Locator("input")).ToHaveValueAsync("年内完成一批展品更新并投入使用");
        await Expect(Page.GetByTestId("goal-project-type")).ToContainTextAsync("常年性");

        // 5. Mid-year monitoring: the imported 1,500 visitors up to June count, July's do not; by time, half the target is due.
        await Page.GotoAsync($"/staff/performance/monitoring?date={year}-06-30");
        var monitored = Page.GetByTestId("perf-mon-goals").Locator("tbody tr.ant-table-row", new() { HasText = "接待观众人次" });
        await Expect(monitored).ToContainTextAsync("免费开放运行经费");
        await Expect(monitored).ToContainTextAsync("10,000");
        await Expect(monitored.GetByTestId("perf-mon-pace")).ToHaveTextAsync("按时间进度");
        await Expect(monitored).ToContainTextAsync("1,500");
        await ShotAsync(Page, "journey-5-monitoring");
    });
    [Fact]
    public Task The_administrator_imports_past_counts_into_the_museum_chosen_with_museum_in_the_address_not_into_his_own() => RunAsync(async () =>
    {
        // A year long before the demo's first tickets, different on each run.
        var year = Random.Shared.Next(2001, 2019);
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/past-counts?museum=wandong");
        await Expect(Page.Locator(".staff-museum")).ToHaveTextAsync("宛东县科技馆");
        var file = new FilePayload
        {
            Name = $"wandong-{year}.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", "日期,渠道,人数", $"{year}-04-04,个人预约,500", $"{year}-04-05,团体,277") + "\r\n"),
        };
        var success = Page.GetByTestId("import-success");
        for (var i = 0; i < 40 && !await success.IsVisibleAsync(); i++)
        {
            await Page.Locator("[data-testid=upload-file] input[type=file]").SetInputFilesAsync(file);
            try { await success.WaitForAsync(new() { Timeout = 1_000 }); } catch (TimeoutException) { }
        }
        await Expect(success).ToContainTextAsync("2 天、777 人次");
        await Expect(Page.Locator(".staff-museum")).ToHaveTextAsync("宛东县科技馆");
        await ShotAsync(Page, "past-counts-other-museum");

        await Page.GotoAsync($"/staff/visitors/statistics?year={year}&museum=wandong");
        await Expect(Page.GetByTestId("stats-imported")).ToContainTextAsync("2 天 / 777 人次");
        // The administrator's own museum (南阳) got nothing.
        await Page.GotoAsync($"/staff/visitors/statistics?year={year}");
        await Expect(Page.Locator(".staff-museum")).ToHaveTextAsync("南阳市科学技术馆");
        await Expect(Page.GetByTestId("card-admitted").Locator(".visitor-card-value")).ToHaveTextAsync("0");
        await Expect(Page.GetByTestId("stats-imported")).ToHaveCountAsync(0);
    });
}
