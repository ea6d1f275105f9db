using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Finance;

/// <summary>
/// 双监控 and reconciliation on the 2020 demo ledger. Each test names its year and month in the address, so a budget
/// another test imports for a later year changes nothing here; the one figure added is deleted again.
/// </summary>
public sealed class MonitoringPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Subsidy = "科技馆免费开放中央补助资金";

    [Fact]
    public Task December_2020_shows_the_central_subsidy_red_at_35_34_percent_behind_plan_since_July() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance/monitoring?year=2020&month=12");

        var row = Row("mon-table", Subsidy);
        await Expect(row).ToContainTextAsync("红");
        await Expect(row).ToContainTextAsync("35.34");
        await Expect(row).ToContainTextAsync("64.66");
        await Expect(row).ToContainTextAsync("展品维护研发部");
        // Nothing arrived before July (nothing to judge); from July the money sat unspent.
        var strip = row.GetByTestId("mon-strip").Locator(".mon-cell");
        await Expect(strip.Nth(5)).ToHaveAttributeAsync("data-light", "none");
        await Expect(strip.Nth(6)).ToHaveAttributeAsync("data-light", "red");
        await Expect(strip.Nth(11)).ToHaveAttributeAsync("data-light", "red");
        await Expect(Row("mon-table", "基本支出-人员经费")).ToContainTextAsync("绿");

        var summary = Page.GetByTestId("mon-summary");
        await Expect(summary).ToContainTextAsync("个项目落后于计划");
        await Expect(summary.Locator("li", new() { HasText = Subsidy })).ToContainTextAsync("展品维护研发部");
        await Expect(summary.Locator("li", new() { HasText = Subsidy })).ToContainTextAsync("红");
    });

    [Fact]
    public Task Choosing_June_judges_the_first_half_year_where_the_subsidy_had_no_funds_yet() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance/monitoring?year=2020&month=12");
        var month = Page.GetByTestId("mon-month");
        var june = Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = "6 月" });
        await Interactive.ClickUntilAsync(month.Locator(".ant-select-selector"), june);
        await june.First.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("month=6"));
        await Expect(month.Locator(".ant-select-selection-item")).ToHaveTextAsync("6 月");
        var subsidy = Row("mon-table", Subsidy);
        await Expect(subsidy.Locator("td").Nth(3)).ToHaveTextAsync("—");
        await Expect(subsidy).ToContainTextAsync("绿");
        // The programming contest had spent 14.74% of its received funds against a plan of 50%.
        var contest = Row("mon-table", "青少年创意编程与智能设计大赛");
        await Expect(contest).ToContainTextAsync("14.74");
        await Expect(contest).ToContainTextAsync("红");
    });

    [Fact]
    public Task Reconciliation_of_2020_flags_project_spending_stated_244_89_against_computed_275_57() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance/reconciliation?year=2020");

        var spent = Row("recon-table", "专项资金支出");
        await Expect(spent).ToContainTextAsync("不一致");
        await Expect(spent).ToContainTextAsync("244.89 万元");
        await Expect(spent).ToContainTextAsync("275.57 万元");
        await Expect(spent).ToContainTextAsync("+30.68 万元");
        await Expect(Row("recon-table", "预算批复总额")).ToContainTextAsync("一致");
        await Expect(Row("recon-table", "预算批复总额")).Not.ToContainTextAsync("不一致");

        await Interactive.ClickUntilAsync(Page.GetByTestId("only-disagreeing").Locator("button"), Page.Locator(".ant-switch-checked"));
        await Expect(Row("recon-table", "预算批复总额")).ToHaveCountAsync(0);
        await Expect(Row("recon-table", "专项资金支出")).ToContainTextAsync("不一致");
    });

    [Fact]
    public Task A_finance_editor_adds_a_stated_figure_after_fixing_the_required_fields_then_deletes_it() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance/reconciliation?year=2020");
        var label = Page.GetByTestId("figure-label");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-figure").Locator("button"), label);

        await Page.GetByTestId("figure-save").Locator("button").ClickAsync();
        await Expect(FieldError("figure-key")).ToContainTextAsync("必填");
        await Expect(FieldError("figure-value")).ToContainTextAsync("必填");

        await Page.GetByTestId("figure-key").Locator(".ant-select-selector").ClickAsync();
        await Page.Keyboard.TypeAsync("line.P05.spent");
        await Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = "line.P05.spent" }).First.ClickAsync();
        await Expect(label).ToHaveValueAsync("青少年创意编程与智能设计大赛 实际支出");
        await label.FillAsync("浏览器测试：编程大赛支出");
        await Page.GetByTestId("figure-value").Locator("input").FillAsync("1.3");
        await Page.GetByTestId("figure-source").FillAsync("浏览器测试");
        await Page.GetByTestId("figure-save").Locator("button").ClickAsync();
        await Expect(label).ToBeHiddenAsync();

        // Stated at two decimals, 1.30 is not the computed 1.29.
        var added = Row("recon-table", "浏览器测试：编程大赛支出");
        await Expect(added).ToContainTextAsync("1.30 万元");
        await Expect(added).ToContainTextAsync("1.29 万元");
        await Expect(added).ToContainTextAsync("不一致");

        await Interactive.ConfirmUntilGoneAsync(Page, added.Locator(".danger-link"), added, ".ant-popover:visible button:has-text('删除')");
        await Expect(Row("recon-table", "浏览器测试：编程大赛支出")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task The_dashboard_warns_finance_of_the_central_subsidy_behind_plan() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff");

        var card = Page.GetByTestId("finance-alerts");
        await Expect(card).ToContainTextAsync("预算执行预警");
        var subsidy = card.Locator("li", new() { HasText = Subsidy });
        await Expect(subsidy).ToContainTextAsync("红");
        await Expect(subsidy).ToContainTextAsync("落后 64.66 个百分点");
        await Expect(card.Locator("a", new() { HasText = "查看执行监控" })).ToHaveAttributeAsync("href", "/staff/finance/monitoring?year=2020&month=12");
    });

    private ILocator Row(string table, string text) =>
        Page.GetByTestId(table).Locator("tbody tr.ant-table-row", new() { HasText = text });

    private ILocator FieldError(string testId) =>
        Page.Locator(".ant-form-item", new() { Has = Page.GetByTestId(testId) }).Locator(".ant-form-item-explain");
}
