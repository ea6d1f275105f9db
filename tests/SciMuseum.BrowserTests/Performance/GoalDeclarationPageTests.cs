using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Performance;

public sealed class GoalDeclarationPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_goal_form_shows_the_issued_fields_and_a_qualitative_indicator_and_monitoring_says_what_each_rate_is_measured_against() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/performance/goals?year=2020");
        var link = Page.GetByTestId("goal-list").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "科技馆免费开放中央补助资金绩效目标" });
        await Interactive.FollowAsync(link);
        await Expect(Page.GetByTestId("goal-project-type")).ToContainTextAsync("延续性");
        await Expect(Page.GetByTestId("goal-fund-nature")).ToContainTextAsync("财政拨款");
        await Expect(Page.GetByTestId("goal-basis").First.Locator("input").First).ToHaveValueAsync("豫财科〔2020〕免费开放补助");
        var qualitative = Page.GetByTestId("goal-qualitative");
        await Expect(qualitative.GetByTestId("goal-text-target").Locator("input")).ToHaveValueAsync("更新展品年内安装并投入使用");
        await Expect(qualitative.GetByTestId("goal-judgement")).ToContainTextAsync("部分达成");
        await Expect(Page.GetByTestId("goal-form-pdf")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/form\\?format=pdf$"));
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "goal-declaration.png"), FullPage = true });

        await Page.GotoAsync("/staff/performance/monitoring?date=2020-06-30");
        var goals = Page.GetByTestId("perf-mon-goals");
        await Expect(goals.Locator("tbody tr.ant-table-row", new() { HasText = "预算执行率" })).ToContainTextAsync("按计划进度曲线");
        await Expect(goals.Locator("tbody tr.ant-table-row", new() { HasText = "补助资金支付率" })).ToContainTextAsync("按时间进度");
        await Expect(goals.Locator("tbody tr.ant-table-row", new() { HasText = "社会公众满意度" })).ToContainTextAsync("按全年目标");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "goal-pace-monitoring.png"), FullPage = true });
    });
}
