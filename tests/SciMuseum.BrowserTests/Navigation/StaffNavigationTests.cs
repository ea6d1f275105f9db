using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Navigation;

/// <summary>The staff console's menu and breadcrumbs on a common office screen (1440×900).</summary>
public sealed class StaffNavigationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(1440, 900);

    private ILocator Submenu(string title) => Page.Locator("li.ant-menu-submenu").Filter(new() { Has = Page.Locator(".ant-menu-submenu-title", new() { HasText = title }) });

    [Fact]
    public Task Only_the_current_group_is_open_and_a_folded_group_opens_on_click() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance");

        await Expect(Submenu("计划财务部").Locator("li.ant-menu-item", new() { HasText = "预算执行" })).ToBeVisibleAsync();
        var evaluations = Submenu("馆领导").Locator("li.ant-menu-item", new() { HasText = "绩效评价" });
        await Expect(evaluations).ToBeHiddenAsync();

        await Interactive.ClickUntilAsync(Submenu("馆领导").Locator(".ant-menu-submenu-title"), evaluations);
        await Expect(Page.GetByTestId("breadcrumb")).ToHaveTextAsync(new Regex("计划财务部\\s*/\\s*预算执行"));
    });

    [Fact]
    public Task After_a_menu_click_and_a_link_in_the_page_only_the_page_in_view_is_selected_in_the_menu() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/performance/evaluations?year=2020");
        var selected = Page.Locator(".staff-menu li.ant-menu-item-selected");
        await Expect(selected).ToHaveTextAsync("绩效评价");

        // The menu selects 绩效目标 on its click; a goal's 进展 link then leads to 绩效双监控, outside the menu.
        var goals = Page.Locator(".staff-menu li.ant-menu-item", new() { HasText = "绩效目标" });
        await Interactive.ClickUntilAsync(goals, Page.GetByTestId("goal-list"));
        await Expect(selected).ToHaveTextAsync("绩效目标");
        await Interactive.FollowAsync(Page.GetByTestId("goal-list").Locator("tbody tr.ant-table-row a").First);
        await Expect(Page.GetByTestId("goal-progress").First).ToBeVisibleAsync();
        await Expect(selected).ToHaveTextAsync("绩效目标");
        await Page.GetByTestId("goal-progress").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/staff/performance/monitoring\\?"));
        await Expect(selected).ToHaveCountAsync(1);
        await Expect(selected).ToHaveTextAsync("绩效双监控");
    });

    [Fact]
    public Task Every_menu_item_can_be_clicked_with_all_groups_open_and_the_breadcrumb_follows() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/calendar");
        await Expect(Page.GetByTestId("breadcrumb")).ToHaveTextAsync(new Regex("展览教育部\\s*/\\s*开放日历"));

        foreach (var title in await Page.Locator(".ant-menu-submenu-title").AllInnerTextsAsync())
        {
            var group = Submenu(title.Trim());
            await Interactive.ClickUntilAsync(group.Locator(".ant-menu-submenu-title"), group.Locator("li.ant-menu-item").First);
        }
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "screenshots", "staff-navigation-1440x900.png") });

        var trigger = Page.Locator(".ant-layout-sider-trigger");
        await Expect(trigger).ToBeVisibleAsync();
        var items = Page.Locator("li.ant-menu-item");
        Assert.True(await items.CountAsync() >= 20, "every group's items are listed");
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            var item = items.Nth(i);
            await item.ScrollIntoViewIfNeededAsync();
            // A trial click runs Playwright's hit test: it fails when another element (the trigger) would take the click.
            await item.ClickAsync(new() { Trial = true, Timeout = 5_000 });
            var box = (await item.BoundingBoxAsync())!;
            var cover = (await trigger.BoundingBoxAsync())!;
            // Scrolled to the menu's bottom edge, an item may end a fraction of a pixel past it (layout rounding).
            Assert.True(box.Y + box.Height <= cover.Y + 1, $"{await item.InnerTextAsync()} ends at {box.Y + box.Height}, the trigger starts at {cover.Y}");
        }

        await Page.Locator("li.ant-menu-item", new() { HasText = "预算项目" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/staff/finance/lines$"));
        await Expect(Page.GetByTestId("breadcrumb")).ToHaveTextAsync(new Regex("计划财务部\\s*/\\s*预算项目"));
    });

    [Fact]
    public Task A_detail_page_shows_its_closest_menu_item_as_a_link() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance?year=2020");
        var first = Page.GetByTestId("line-link").First;
        await first.WaitForAsync();
        await Page.GotoAsync(await first.GetAttributeAsync("href") ?? "");

        var crumbs = Page.GetByTestId("breadcrumb");
        await Expect(crumbs).ToHaveTextAsync(new Regex("计划财务部\\s*/\\s*预算项目\\s*/\\s*详情"));
        await Expect(crumbs.Locator("a[href='/staff/finance/lines']")).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "screenshots", "staff-line-detail-breadcrumb.png") });
    });

    [Fact]
    public Task A_year_without_visitors_shows_an_empty_state_rather_than_an_empty_chart() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/statistics?year=2035");

        var chart = Page.GetByTestId("monthly-chart");
        await Expect(chart.Locator(".ant-empty")).ToContainTextAsync("暂无数据");
        await Expect(chart.Locator("svg[role=img]")).ToHaveCountAsync(0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "screenshots", "statistics-empty-year.png") });
    });
}
