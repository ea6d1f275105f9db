using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Competitions;

public sealed class AwardsPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Staff_withdraw_and_publish_a_category_and_the_public_results_follow() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff");
        var link = Page.GetByRole(AriaRole.Link, new() { Name = "成绩公布与证书" });
        await Interactive.ClickUntilAsync(Page.GetByRole(AriaRole.Button, new() { Name = "科技活动部" }), link);
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/staff/competitions/awards"));

        await Page.GotoAsync("/staff/competitions/awards?year=2020");
        var dv = Page.GetByTestId("published-青少年科学DV");
        await Expect(dv).ToContainTextAsync("2020-");
        await Expect(Page.GetByTestId("category-pdf-科学幻想画")).ToContainTextAsync("708 份");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "competitions-awards.png"), FullPage = true });

        await Interactive.ClickUntilAsync(Page.GetByTestId("withdraw-青少年科学DV").GetByRole(AriaRole.Button), Page.GetByTestId("publish-青少年科学DV"));
        await Expect(dv).ToContainTextAsync("未公布");
        await Page.GotoAsync("/competitions/results?year=2020");
        await Expect(Page.GetByTestId("results-contest").First).Not.ToContainTextAsync("青少年科学DV");
        await Expect(Page.GetByTestId("results-contest").First).ToContainTextAsync("一等奖 138");

        await Page.GotoAsync("/staff/competitions/awards?year=2020");
        await Interactive.ClickUntilAsync(Page.GetByTestId("publish-青少年科学DV").GetByRole(AriaRole.Button), Page.GetByTestId("withdraw-青少年科学DV"));
        await Expect(Page.GetByTestId("awards-message")).ToContainTextAsync("已公布 1 个类别");
        await Page.GotoAsync("/competitions/results?year=2020");
        await Expect(Page.GetByTestId("results-contest").First).ToContainTextAsync("青少年科学DV");
    });
}
