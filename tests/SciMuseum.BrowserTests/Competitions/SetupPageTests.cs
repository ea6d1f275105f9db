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
}
