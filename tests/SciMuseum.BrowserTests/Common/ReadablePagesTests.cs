using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using SciMuseum.BrowserTests.Visitors;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Common;

/// <summary>
/// Staff pages write figures one way (rates with %, counts with separators) and name things in Chinese, not by key or
/// class name. Read-only on the demo; the pages are also saved (SCIMUSEUM_SHOTS=docs/screenshots keeps them).
/// </summary>
public sealed class ReadablePagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_execution_table_writes_each_rate_with_a_percent_sign() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance?year=2020");
        var rates = Page.GetByTestId("execution-table").Locator("[data-testid=rate]");
        await Expect(Page.GetByTestId("execution-table").Locator("tbody tr", new() { HasText = "P05" })).ToContainTextAsync("51.6%");
        await Expect(Page.GetByTestId("execution-table").Locator("tbody tr", new() { HasText = "P08" })).ToContainTextAsync("90.21%");
        Assert.All(await rates.AllInnerTextsAsync(), r => Assert.Matches(@"^(—|[\d,]+(\.\d+)?%)$", r.Trim()));
        await VisitorPages.ShotAsync(Page, "finance-execution");
    });

    [Fact]
    public Task The_evaluation_names_each_metric_in_Chinese() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/performance/evaluations?year=2020");
        var listed = Page.GetByTestId("eval-list").Locator("tbody tr.ant-table-row").First;
        await Expect(listed).ToContainTextAsync("87.64");
        await Interactive.FollowAsync(listed.Locator("a").First);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/performance/evaluations/[0-9a-f-]{36}$"));
        await Expect(Page.GetByTestId("eval-total")).ToHaveTextAsync("87.64");
        var visitors = Page.GetByTestId("eval-table").Locator("tr[data-indicator='接待观众人次']");
        await Expect(visitors.Locator("a.perf-source-link")).ToContainTextAsync("接待观众人次");
        await VisitorPages.ShotAsync(Page, "performance-evaluation");
    });

    [Fact]
    public Task The_audit_log_names_records_and_fields_in_Chinese() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/audit");
        var table = Page.GetByTestId("audit-table");
        await Expect(table.Locator("tbody tr.ant-table-row").First).ToBeVisibleAsync();
        await Expect(table.Locator("thead")).ToContainTextAsync("记录");
        await Expect(table.Locator("tbody")).Not.ToContainTextAsync("StaffMember");
        var updated = table.Locator("tbody tr.ant-table-row", new() { HasText = "修改" }).First;
        if (await updated.CountAsync() > 0)
            await Interactive.ClickUntilAsync(updated.Locator(".ant-table-row-expand-icon"), Page.GetByTestId("audit-changes").First);
        await VisitorPages.ShotAsync(Page, "audit-log");
    });

    [Fact]
    public Task The_gate_writes_occupancy_counts_with_separators() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/gate");
        await Expect(Page.Locator(".gate[data-live=true]")).ToBeVisibleAsync();
        var occupancy = Page.GetByTestId("occupancy");
        await Expect(occupancy).ToBeVisibleAsync();
        Assert.All(await occupancy.Locator("td").AllInnerTextsAsync(), t => Assert.DoesNotMatch(@"^\d{4,}$", t.Trim()));
        await VisitorPages.ShotAsync(Page, "gate-occupancy");
    });
}
