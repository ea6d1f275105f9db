using System.Text.RegularExpressions;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Exhibits;

/// <summary>A visitor scans an exhibit's QR on a phone and reports a fault; a technician closes the order on a phone.</summary>
public sealed partial class FaultReportTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Shots = "/tmp/shots";

    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(375, 812);

    [Fact]
    public Task A_fault_reported_from_the_exhibits_qr_becomes_a_work_order_a_technician_closes_on_a_phone() => RunAsync(async () =>
    {
        Directory.CreateDirectory(Shots);
        // The label's QR holds /e/{code}: it redirects to the exhibit's page, no sign-in.
        await Page.GotoAsync("/e/r20-3-02");
        await Expect(Page).ToHaveURLAsync(new Regex("/exhibit/R20-3-02$"));
        await Expect(Page.GetByTestId("exhibit-name")).ToContainTextAsync("2020 更新");
        await Page.GetByTestId("fault-description").FillAsync("屏幕黑屏，按按钮没有反应");
        await Page.GetByTestId("fault-contact").FillAsync("13900000000");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-fault-form.png", FullPage = true });
        await Page.GetByTestId("fault-submit").ClickAsync();
        var received = Page.GetByTestId("fault-received");
        await Expect(received).ToBeVisibleAsync();
        var number = OrderNumber().Match(await received.InnerTextAsync()).Value;
        Assert.NotEmpty(number);
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-fault-received.png", FullPage = true });

        await SignInAsync();
        await Page.GotoAsync("/staff/exhibits/my-orders");
        var card = Page.GetByTestId($"order-{number}");
        await Expect(card).ToHaveAttributeAsync("data-state", "Reported");
        await Expect(card).ToContainTextAsync("屏幕黑屏");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-my-orders-reported.png", FullPage = true });
        await Interactive.ClickUntilAsync(card.GetByTestId("move-InProgress"), Page.Locator($"[data-testid='order-{number}'][data-state='InProgress']"));
        await card.GetByTestId("move-Done").ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-state", "Done");
        await Expect(card).ToContainTextAsync("已完成");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-my-orders-done.png", FullPage = true });

        // The register shows the exhibit back in service.
        await Page.GotoAsync("/staff/exhibits?floor=3");
        await Expect(Page.GetByTestId("exhibits-table").Locator("tr", new() { HasText = "R20-3-02" })).ToContainTextAsync("完好");
    });

    [GeneratedRegex(@"WO-\d{4}-\d{4}")]
    private static partial Regex OrderNumber();
}
