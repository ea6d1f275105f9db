using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Programs;

/// <summary>The activity plan page computes the report's figures from the 2020 records and is in the youth center's menu.</summary>
public sealed class PlanPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_plan_page_in_the_youth_center_menu_shows_2020s_37_36_34_and_both_rates() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff");
        var link = Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "活动计划" }).First;
        await Interactive.ClickUntilAsync(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "青少年课外活动中心" }), link);
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/programs"));
        await Page.GotoAsync("/staff/programs?year=2020");
        await Expect(Page.GetByTestId("card-planned")).ToContainTextAsync("37");
        await Expect(Page.GetByTestId("card-held")).ToContainTextAsync("36");
        await Expect(Page.GetByTestId("card-standard")).ToContainTextAsync("34");
        await Expect(Page.GetByTestId("card-held-rate")).ToContainTextAsync("97.3%");
        await Expect(Page.GetByTestId("card-standard-rate")).ToContainTextAsync("94.4%");
        await Expect(Page.GetByTestId("activities-table").Locator("tbody tr")).ToHaveCountAsync(37);
        await ShotAsync(Page, "programs-plan-2020");
    });
}
