using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Performance;

/// <summary>
/// The performance forms: a goal declared for 2027 (the 2020 demo stays as it is), a refused goal, a measure added on
/// the rectification board (the 2020 score does not move) and the scoring-table editor's add/remove with its weight check.
/// </summary>
public sealed class PerformanceFormsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory("/tmp/shots");
        await page.ScreenshotAsync(new() { Path = $"/tmp/shots/perf2-{name}.png", FullPage = true });
    }

    private ILocator Rows => Page.GetByTestId("goal-row");

    /// <summary>Adds a row under a subcategory (clicking until the live page reacts) and returns it.</summary>
    private async Task<ILocator> AddRowAsync(string subcategory)
    {
        var before = await Rows.CountAsync();
        var add = Page.Locator($"tr[data-subcategory='{subcategory}']").GetByTestId("goal-add").Locator("button");
        await Interactive.ClickUntilAsync(add, Rows.Nth(before));
        return Page.Locator($"tr[data-subcategory='{subcategory}'] ~ tr[data-testid='goal-row']").First;
    }

    // The dropdown slides in, and the search narrows the list only once the circuit has the typed text.
    private Task PickMetricAsync(ILocator row, string name) => Interactive.PickAsync(Page, row.GetByTestId("goal-metric"), name, name);

    private async Task FillHeadAsync(string title)
    {
        await Page.GetByTestId("goal-title").Locator("input").FillAsync(title);
        await Page.GetByTestId("goal-overall").Locator("textarea").FillAsync("面向公众开展科普展教活动，提升接待能力与服务满意度。");
    }

    [Fact]
    public Task A_goal_for_2027_with_a_bound_and_a_manual_indicator_is_saved_and_listed() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/performance/goals/new?year=2027");
        var visitors = await AddRowAsync("Quantity");
        await visitors.GetByTestId("goal-name").Locator("input").FillAsync("年度接待观众人次");
        await visitors.GetByTestId("goal-target").Locator("input").FillAsync("400000");
        await PickMetricAsync(visitors, "接待观众人次");
        await Expect(visitors.GetByTestId("goal-unit").Locator("input")).ToHaveValueAsync("人次");

        var satisfaction = await AddRowAsync("Satisfaction");
        await satisfaction.GetByTestId("goal-name").Locator("input").FillAsync("观众满意度");
        await satisfaction.GetByTestId("goal-target").Locator("input").FillAsync("90");
        await satisfaction.GetByTestId("goal-unit").Locator("input").FillAsync("%");
        await FillHeadAsync("2027 年度部门整体绩效目标");

        // A unit that is not the metric's is refused under that field, nothing saved.
        await visitors.GetByTestId("goal-unit").Locator("input").FillAsync("人");
        await Page.GetByTestId("goal-save").Locator("button").ClickAsync();
        await Expect(visitors.Locator(".field-error", new() { HasText = "单位" })).ToBeVisibleAsync();
        await ShotAsync(Page, "goal-unit-error");

        await visitors.GetByTestId("goal-unit").Locator("input").FillAsync("人次");
        await ShotAsync(Page, "goal-form");
        await Page.GetByTestId("goal-save").Locator("button").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/performance/goals\\?year=2027$"));
        var listed = Page.GetByTestId("goal-list").Locator("tbody tr.ant-table-row", new() { HasText = "2027 年度部门整体绩效目标" });
        await Expect(listed).ToContainTextAsync("全馆整体");
        await Expect(listed.Locator("td").Nth(2)).ToHaveTextAsync("2");
        await ShotAsync(Page, "goal-list");

        await Interactive.FollowAsync(listed.Locator("a").First);
        await Expect(Rows).ToHaveCountAsync(2);
        await Expect(Rows.First.GetByTestId("goal-unit").Locator("input")).ToHaveValueAsync("人次");
        var progress = await Rows.First.GetByTestId("goal-progress").GetAttributeAsync("href");
        Assert.StartsWith("/staff/performance/monitoring?date=", progress);
        await Page.GotoAsync(progress!);
        await Expect(Page.Locator("tr.perf-highlight")).ToContainTextAsync("年度接待观众人次");
        await ShotAsync(Page, "goal-monitoring");
    });

    [Fact]
    public Task A_goal_indicator_without_name_or_target_is_refused_field_by_field_and_nothing_saved() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/performance/goals/new?year=2028");
        var row = await AddRowAsync("Quality");
        await row.GetByTestId("goal-unit").Locator("input").FillAsync("%");
        await FillHeadAsync("2028 年度绩效目标（不完整）");
        await Page.GetByTestId("goal-save").Locator("button").ClickAsync();
        await Expect(row.Locator("td.perf-name .field-error")).ToContainTextAsync("必填");
        await Expect(row.Locator("td.goal-target .field-error")).ToContainTextAsync("必填");
        await ShotAsync(Page, "goal-errors");

        await Page.GotoAsync("/staff/performance/goals?year=2028");
        await Expect(Page.GetByTestId("goal-list")).Not.ToContainTextAsync("2028 年度绩效目标");
    });

    [Fact]
    public Task A_measure_added_on_the_rectification_board_is_listed_and_the_2020_score_stays() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/performance/rectification?year=2020");
        var dialog = Page.Locator(".ant-modal:visible");
        await Interactive.ClickUntilAsync(Page.GetByTestId("measure-add").First.Locator("button"), dialog);
        await dialog.GetByTestId("measure-save").Locator("button").ClickAsync();
        await Expect(dialog.Locator(".ant-form-item-explain-error").First).ToBeVisibleAsync();

        await dialog.GetByTestId("measure-title").Locator("input").FillAsync("浏览器测试：补充绩效管理培训");
        // A new measure is due by the end of the year after its problem's year.
        await Expect(dialog.GetByTestId("measure-deadline").Locator("input")).ToHaveValueAsync("2021-12-31");
        await ShotAsync(Page, "measure-form");
        await dialog.GetByTestId("measure-save").Locator("button").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("rect-board").GetByTestId("rect-measure").Filter(new() { HasText = "浏览器测试：补充绩效管理培训" }).First).ToContainTextAsync("2021-12-31");
        await ShotAsync(Page, "rectification");

        await Page.GotoAsync("/staff/performance/evaluations?year=2020");
        await Expect(Page.GetByTestId("eval-list").Locator("tbody tr.ant-table-row").First).ToContainTextAsync("87.64");
    });

    [Fact]
    public Task The_table_editor_adds_a_leaf_the_weight_total_follows_and_removing_it_restores_100() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/performance/tables");
        await Interactive.FollowAsync(Page.Locator(".ant-table-row a").First);
        // The editor renders the whole indicator tree with a metric picker per leaf: under load it has taken over 15 s.
        await Expect(Page.GetByTestId("weight-total")).ToContainTextAsync("100 / 100", new() { Timeout = 60_000 });

        var added = Page.Locator("tr[data-indicator='新指标']");
        await Interactive.ClickUntilAsync(Page.GetByTestId("indicator-add-root").Locator("button"), added);
        var weight = added.GetByTestId("weight-input").Locator("input");
        await weight.FillAsync("5");
        await weight.BlurAsync();
        await Expect(Page.GetByTestId("weight-total")).ToContainTextAsync("105 / 100");

        await added.GetByTestId("rule-kind").Locator(".ant-select-selector").ClickAsync();
        await Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = "超限扣分" }).First.ClickAsync();
        await Expect(added.GetByTestId("rule-editor").Locator("input")).ToHaveCountAsync(4);

        // A leaf shows its metric as a link; one picker opens on demand, and the pick shows in the row.
        var metric = added.GetByTestId("metric-pick");
        await Expect(metric).ToContainTextAsync("手工填报");
        await metric.Locator("button").ClickAsync();
        // The rule's dropdown slides out first: until it is gone its options (正向比例 …) still match ":visible" while
        // they cannot be clicked. Then open the metric picker and pick, again if a late render closed it.
        await Expect(Page.Locator(".ant-select-dropdown:visible")).ToHaveCountAsync(0);
        for (var attempt = 0; ; attempt++)
        {
            await added.GetByTestId("metric-select").Locator(".ant-select-selector").ClickAsync();
            var option = Page.Locator(".ant-select-dropdown:visible .ant-select-item-option").First;
            try
            {
                await option.ClickAsync(new() { Timeout = 5_000 });
                await Expect(metric).Not.ToContainTextAsync("手工填报", new() { Timeout = 5_000 });
                break;
            }
            catch (Exception e) when (attempt < 3 && e is TimeoutException or PlaywrightException)
            {
                await Page.Keyboard.PressAsync("Escape");
            }
        }
        await added.ScrollIntoViewIfNeededAsync();
        await Page.ScreenshotAsync(new() { Path = "/tmp/shots/perf2-table-added.png" });

        await added.GetByTestId("indicator-remove").Locator("button").ClickAsync();
        await Expect(added).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("weight-total")).ToContainTextAsync("100 / 100");
        await ShotAsync(Page, "table-editor");
    });
}
