using System.Text.RegularExpressions;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Exhibits;

/// <summary>The work-order board shows the first cards of each state with the state's count, and "more" pages through the state.</summary>
public sealed class WorkOrderBoardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Shots = "/tmp/shots";

    [Fact]
    public Task The_2020_board_shows_fifty_verified_cards_and_its_more_link_pages_through_all_verified_orders() => RunAsync(async () =>
    {
        Directory.CreateDirectory(Shots);
        await SignInAsync();
        await Page.GotoAsync("/staff/exhibits/work-orders?year=2020");
        var verified = Page.GetByTestId("column-Verified");
        await Expect(verified.Locator(".order-card")).ToHaveCountAsync(50);
        var count = int.Parse((await verified.Locator("h3 small").InnerTextAsync()).Replace(",", ""));
        Assert.InRange(count, 300, 499); // 90 % of the demo's 400+ jobs are verified
        await Expect(Page.GetByTestId("more-Verified")).ToContainTextAsync($"另有 {count - 50} 张");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-board-2020.png", FullPage = true });

        await Page.GetByTestId("more-Verified").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("year=2020&state=Verified&page=1$"));
        var list = Page.GetByTestId("order-list");
        await Expect(list.Locator(".order-card")).ToHaveCountAsync(50);
        await Expect(Page.GetByTestId("list-count")).ToHaveTextAsync(count.ToString("#,##0"));
        var first = await list.Locator(".order-card").First.GetAttributeAsync("data-testid");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-board-verified-list.png", FullPage = true });

        await Page.GetByTestId("list-next").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("page=2$"));
        await Expect(Page.GetByTestId("list-previous")).ToBeVisibleAsync();
        await Expect(list.Locator(".order-card")).ToHaveCountAsync(50);
        await Expect(list.Locator($"[data-testid='{first}']")).ToHaveCountAsync(0);
    });
}
