using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Competitions;

/// <summary>竞赛设置: a 2027 robot contest set up on the page, with a team event of 3 rounds; a bad category is refused field by field.</summary>
public sealed class SetupPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ContestName = "第8届南阳市青少年机器人竞赛（设置）";

    private static Microsoft.Playwright.ILocator ErrorUnder(Microsoft.Playwright.ILocator dialog, string testId) =>
        dialog.Locator(".ant-form-item", new() { Has = dialog.Page.GetByTestId(testId) }).Locator(".ant-form-item-explain-error");

    /// <summary>
    /// Opens a dialog: a click right after another dialog closed can land while that one is still leaving, and is lost.
    /// Opening twice opens one dialog, so click again until it shows.
    /// </summary>
    private async Task OpenAsync(Microsoft.Playwright.ILocator button, Microsoft.Playwright.ILocator dialog)
    {
        await Expect(Page.Locator(".ant-modal-mask:visible")).ToHaveCountAsync(0);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await button.ClickAsync();
            try
            {
                await dialog.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 5_000 });
                return;
            }
            catch (TimeoutException)
            {
            }
        }
        await Expect(dialog).ToBeVisibleAsync();
    }

    [Fact]
    public Task A_contest_and_a_team_event_of_three_rounds_are_set_up_and_a_bad_category_is_not_saved() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/competitions/setup?year=2027");
        await Expect(Page.Locator("h1.page-title")).ToContainTextAsync("2027 年竞赛设置");

        // 新建竞赛: the page is prerendered, so click until the dialog opens.
        var dialog = Page.Locator(".ant-modal:visible");
        await Interactive.ClickUntilAsync(Page.GetByTestId("setup-new-contest").Locator("button"), dialog);
        await Expect(dialog.GetByTestId("contest-year").Locator("input")).ToHaveValueAsync("2027");
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("contest-name").Locator("input"), ContestName);
        await dialog.GetByTestId("contest-kind").Locator(".ant-select-selector").ClickAsync();
        await Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = "青少年机器人竞赛" }).ClickAsync();
        await Expect(dialog.GetByTestId("contest-kind")).ToContainTextAsync("青少年机器人竞赛");
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("contest-edition").Locator("input"), "8");
        await dialog.GetByTestId("contest-save").Locator("button").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        var card = Page.Locator($"[data-testid='setup-contest'][data-name='{ContestName}']");
        await Expect(card.GetByTestId("setup-contest-facts")).ToContainTextAsync("青少年机器人竞赛");
        await Expect(card.GetByTestId("setup-contest-facts")).ToContainTextAsync("第 8 届");
        var rows = card.Locator("tbody tr.ant-table-row");
        await Expect(rows).ToHaveCountAsync(0);

        // 添加类别 with no name and 0 rounds: both fields say what is wrong, the dialog stays and nothing is saved.
        await OpenAsync(card.GetByTestId("setup-category-add").Locator("button"), dialog);
        await dialog.GetByTestId("category-scoring").Locator("label", new() { HasText = "比赛成绩" }).ClickAsync();
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-rounds").Locator("input"), "0");
        await dialog.GetByTestId("category-save").Locator("button").ClickAsync();
        await Expect(ErrorUnder(dialog, "category-rounds")).ToHaveTextAsync("场次须在 1–20 之间。");
        await Expect(ErrorUnder(dialog, "category-name")).ToHaveTextAsync("必填。");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "screenshots", "competitions-setup-errors.png"), FullPage = true });
        await dialog.GetByTestId("category-cancel").Locator("button").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(rows).ToHaveCountAsync(0);

        // A team event scored by matches, 3 rounds, prizes by quota.
        await OpenAsync(card.GetByTestId("setup-category-add").Locator("button"), dialog);
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-name").Locator("input"), "擂台赛");
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-age-group").Locator("input"), "小学组");
        await dialog.GetByTestId("category-entry-kind").Locator("label", new() { HasText = "团队" }).ClickAsync();
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-team-size").Locator("input"), "3");
        await dialog.GetByTestId("category-scoring").Locator("label", new() { HasText = "比赛成绩" }).ClickAsync();
        await dialog.GetByTestId("category-prize-mode").Locator("label", new() { HasText = "按名额" }).ClickAsync();
        await Expect(dialog.GetByTestId("category-criteria")).ToHaveCountAsync(0);
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-rounds").Locator("input"), "3");
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-first").Locator("input"), "1");
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-second").Locator("input"), "2");
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-third").Locator("input"), "3");
        await dialog.GetByTestId("category-save").Locator("button").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("擂台赛");
        await Expect(rows.First).ToContainTextAsync("小学组");
        await Expect(rows.First).ToContainTextAsync("团队（每队至多 3 人）");
        await Expect(rows.First).ToContainTextAsync("比赛成绩");
        await Expect(rows.First).ToContainTextAsync("按名额：一等奖 1、二等奖 2、三等奖 3");
        await Expect(rows.First.GetByTestId("setup-rounds")).ToHaveTextAsync("3");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "screenshots", "competitions-setup.png"), FullPage = true });
    });

    [Fact]
    public Task A_categorys_criteria_are_edited_the_page_fits_a_phone_and_only_what_has_no_entries_is_deleted() => RunAsync(async () =>
    {
        const string name = "第46届青少年科技创新大赛（设置）";
        await SignInAsync();
        await Page.GotoAsync("/staff/competitions/setup?year=2028");
        var dialog = Page.Locator(".ant-modal:visible");
        await Interactive.ClickUntilAsync(Page.GetByTestId("setup-new-contest").Locator("button"), dialog);
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("contest-name").Locator("input"), name);
        await dialog.GetByTestId("contest-kind").Locator(".ant-select-selector").ClickAsync();
        await Page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = "青少年科技创新大赛" }).ClickAsync();
        await Expect(dialog.GetByTestId("contest-kind")).ToContainTextAsync("青少年科技创新大赛");
        await dialog.GetByTestId("contest-save").Locator("button").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        var card = Page.Locator($"[data-testid='setup-contest'][data-name='{name}']");
        var rows = card.Locator("tbody tr.ant-table-row");

        // A judged category with two criteria, 60 + 40.
        await OpenAsync(card.GetByTestId("setup-category-add").Locator("button"), dialog);
        await Interactive.FillUntilKeptAsync(dialog.GetByTestId("category-name").Locator("input"), "科学幻想画");
        foreach (var level in new[] { "first", "second", "third" })
            await Interactive.FillUntilKeptAsync(dialog.GetByTestId($"category-{level}").Locator("input"), "1");
        var criteria = dialog.GetByTestId("category-criterion");
        foreach (var (i, criterion, weight) in new[] { (0, "科学性", "60"), (1, "创新性", "40") })
        {
            await dialog.GetByTestId("category-criterion-add").Locator("button").ClickAsync();
            await Expect(criteria).ToHaveCountAsync(i + 1);
            await Interactive.FillUntilKeptAsync(criteria.Nth(i).GetByTestId("criterion-name").Locator("input"), criterion);
            await Interactive.FillUntilKeptAsync(criteria.Nth(i).GetByTestId("criterion-weight").Locator("input"), weight);
            await Interactive.FillUntilKeptAsync(criteria.Nth(i).GetByTestId("criterion-max-points").Locator("input"), "10");
        }
        await dialog.GetByTestId("category-save").Locator("button").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First.Locator("td").Nth(6)).ToHaveTextAsync("2");

        // Edit it: 科学性 60 → 50, remove 创新性, add 艺术性 30 and 表现力 20.
        await OpenAsync(rows.First.GetByTestId("setup-category-edit"), dialog);
        await Expect(criteria).ToHaveCountAsync(2);
        await Expect(criteria.Nth(1).GetByTestId("criterion-name").Locator("input")).ToHaveValueAsync("创新性");
        await Interactive.FillUntilKeptAsync(criteria.Nth(0).GetByTestId("criterion-weight").Locator("input"), "50");
        await criteria.Nth(1).GetByTestId("criterion-remove").Locator("button").ClickAsync();
        await Expect(criteria).ToHaveCountAsync(1);
        foreach (var (i, criterion, weight) in new[] { (1, "艺术性", "30"), (2, "表现力", "20") })
        {
            await dialog.GetByTestId("category-criterion-add").Locator("button").ClickAsync();
            await Expect(criteria).ToHaveCountAsync(i + 1);
            await Interactive.FillUntilKeptAsync(criteria.Nth(i).GetByTestId("criterion-name").Locator("input"), criterion);
            await Interactive.FillUntilKeptAsync(criteria.Nth(i).GetByTestId("criterion-weight").Locator("input"), weight);
            await Interactive.FillUntilKeptAsync(criteria.Nth(i).GetByTestId("criterion-max-points").Locator("input"), "10");
        }
        await dialog.GetByTestId("category-save").Locator("button").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(rows.First.Locator("td").Nth(6)).ToHaveTextAsync("3");

        // Opened again, the dialog shows what was saved, in order.
        await OpenAsync(rows.First.GetByTestId("setup-category-edit"), dialog);
        await Expect(criteria).ToHaveCountAsync(3);
        foreach (var (i, criterion, weight) in new[] { (0, "科学性", "50"), (1, "艺术性", "30"), (2, "表现力", "20") })
        {
            await Expect(criteria.Nth(i).GetByTestId("criterion-name").Locator("input")).ToHaveValueAsync(criterion);
            await Expect(criteria.Nth(i).GetByTestId("criterion-weight").Locator("input")).ToHaveValueAsync(weight);
        }

        // On a phone (375 px) neither the page nor the dialog is wider than the screen.
        await Page.SetViewportSizeAsync(375, 812);
        // The sider folds below its breakpoint (through the circuit, with a width transition): measured before it has, the
        // page still lays out beside a 232 px sider and is ~450–550 px wide. A phone opens the page folded.
        await Expect(Page.Locator(".staff-sider")).ToHaveCSSAsync("width", "0px");
        Assert.True(await dialog.Locator(".ant-modal-content").EvaluateAsync<bool>("""
            m => { const r = m.getBoundingClientRect();
                   return r.left >= 0 && r.right <= window.innerWidth
                       && [...m.querySelectorAll('input, button')].every(e => e.getBoundingClientRect().right <= r.right + 1); }
            """), "the dialog or one of its fields is wider than the phone");
        // With the dialog open the document is no wider than the phone either (it was 451 px: an element overflowing the
        // screen widens the page behind the dialog); the message names what sticks out.
        var overflow = await Page.EvaluateAsync<string>("""
            () => document.documentElement.scrollWidth <= window.innerWidth ? "" : document.documentElement.scrollWidth + " px: "
                + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                        && !e.parentElement.closest('.ant-table-content, .ant-table-body, [style*="overflow"]'))
                    .slice(0, 8).map(e => e.tagName + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().left)
                        + '–' + Math.round(e.getBoundingClientRect().right)).join('; ')
            """);
        Assert.True(overflow == "", $"with the dialog open the page is wider than the phone: {overflow}");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "screenshots", "competitions-setup-criteria-375.png"), FullPage = true });
        await dialog.GetByTestId("category-cancel").Locator("button").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than a phone");
        // Opened on the phone, the add dialog is no wider than the screen and does not widen the page.
        await OpenAsync(card.GetByTestId("setup-category-add").Locator("button"), dialog);
        Assert.InRange(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), 0, 375);
        Assert.True(await dialog.Locator(".ant-modal-content").EvaluateAsync<bool>("m => m.getBoundingClientRect().right <= window.innerWidth"),
            "the add dialog is wider than the phone");
        await dialog.GetByTestId("category-cancel").Locator("button").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "screenshots", "competitions-setup-375.png"), FullPage = true });
        await Page.SetViewportSizeAsync(1280, 900);

        // Deleted after confirming: first the category, then the contest.
        await Interactive.ConfirmUntilGoneAsync(Page, rows.First.GetByTestId("setup-category-delete"), rows);
        await Interactive.ConfirmUntilGoneAsync(Page, card.GetByTestId("setup-contest-delete").Locator("button"), card);

        // The 2020 demo's categories have entries: refused, said why, nothing deleted.
        await Page.GotoAsync("/staff/competitions/setup?year=2020");
        var demo = Page.Locator("[data-testid='setup-contest'][data-name*='科技创新大赛']").Locator("tbody tr.ant-table-row");
        await Expect(demo.First).ToBeVisibleAsync();
        var before = await demo.CountAsync();
        var refusal = Page.GetByTestId("setup-refusal");
        await Interactive.WaitForLiveAsync(Page); // prerendered: a click before the circuit is live opens no popover
        var confirm = Page.Locator(".ant-popover:visible .ant-btn-primary").First;
        for (var attempt = 0; attempt < 5 && await refusal.CountAsync() == 0; attempt++)
        {
            await Interactive.ClickUntilAsync(demo.First.GetByTestId("setup-category-delete"), confirm);
            await confirm.ClickAsync();
            try { await Expect(refusal).ToBeVisibleAsync(new() { Timeout = 3_000 }); } catch (Microsoft.Playwright.PlaywrightException) { }
        }
        await Expect(refusal).ToContainTextAsync("件参赛作品，不能删除；未作任何更改。");
        await Expect(demo).ToHaveCountAsync(before);
    });
}
