using System.Text.RegularExpressions;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Exhibits;

/// <summary>A visitor scans an exhibit's QR on a phone and reports a fault; a technician closes the order on a phone.</summary>
public sealed partial class FaultReportTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Shots = "/tmp/shots";

    /// <summary>A real 120 × 90 PNG (a checkerboard), so the thumbnails in the screenshots show something.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAHgAAABaCAIAAAD8YgW4AAAAw0lEQVR42u3asQkAIBADwB9CXNWpXNBGW8uv5MGD1CmuDIk1Wz597Hw03wkcoEGDBg0aNA7QoEGDBg0aB2jQoEFXhWb3phk0aNCgQYMGjQM0aNCgQYPGARo0aNBlodkZ/kGDBg0aNA7QoEGDBg0aB2jQoEGD9iZlZ/gHDRo0aNA4QIMGDRo0aBygQYMGDdqblJ3hHzRo0KBB4wANGjRo0KBxgAYNGjRob1J2hn/QoEGDBo0DNGjQoEGDxgEaNGjQoL9sPhOoJbQ/UBTjAAAAAElFTkSuQmCC");

    private static Microsoft.Playwright.FilePayload Png(string name) => new() { Name = name, MimeType = "image/png", Buffer = Photo };

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
        // Not an image: refused on the photo, nothing sent on.
        await Page.GetByTestId("fault-photo").SetInputFilesAsync(new Microsoft.Playwright.FilePayload { Name = "fault.jpg", MimeType = "image/jpeg", Buffer = "%PDF-1.4 not a photo"u8.ToArray() });
        await Page.GetByTestId("fault-submit").ClickAsync();
        await Expect(Page.GetByTestId("fault-photo-error")).ToContainTextAsync("JPG");
        await Page.GetByTestId("fault-description").FillAsync("屏幕黑屏，按按钮没有反应");
        await Page.GetByTestId("fault-contact").FillAsync("13900000000");
        await Page.GetByTestId("fault-photo").SetInputFilesAsync(Png("fault.png"));
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
        // The visitor's photo came with the order.
        var photos = card.GetByTestId($"photos-{number}").Locator("img");
        await Expect(photos).ToHaveCountAsync(1);
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-my-orders-reported.png", FullPage = true });
        await Interactive.ClickUntilAsync(card.GetByTestId("move-InProgress"), Page.Locator($"[data-testid='order-{number}'][data-state='InProgress']"));
        // Before and after photos from the phone, each kept with the order.
        await card.GetByTestId($"photo-Before-{number}").Locator("input[type=file]").SetInputFilesAsync(Png("before.png"));
        await Expect(photos).ToHaveCountAsync(2);
        await card.GetByTestId($"photo-After-{number}").Locator("input[type=file]").SetInputFilesAsync(Png("after.png"));
        await Expect(photos).ToHaveCountAsync(3);
        await Expect(card.Locator("img[data-kind='After']")).ToHaveCountAsync(1);
        Assert.True(await photos.First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 120"), "the thumbnail is served to the signed-in page");
        await card.GetByTestId("move-Done").ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-state", "Done");
        await Expect(card).ToContainTextAsync("已完成");
        await card.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-my-order-card-done.png" });
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-my-orders-done.png", FullPage = true });

        // The register shows the exhibit back in service.
        await Page.GotoAsync("/staff/exhibits?floor=3");
        await Expect(Page.GetByTestId("exhibits-table").Locator("tr", new() { HasText = "R20-3-02" })).ToContainTextAsync("完好");
        // Its detail page (a desk's screen) shows the three photos as thumbnails.
        await Page.SetViewportSizeAsync(1280, 900);
        await Page.GotoAsync((await Page.GetByTestId("exhibit-link-R20-3-02").GetAttributeAsync("href"))!);
        await Expect(Page.GetByTestId("exhibit-photos").Locator("img")).ToHaveCountAsync(3);
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/exhibit-detail-photos.png", FullPage = true });
    });

    [GeneratedRegex(@"WO-\d{4}-\d{4}")]
    private static partial Regex OrderNumber();
}
