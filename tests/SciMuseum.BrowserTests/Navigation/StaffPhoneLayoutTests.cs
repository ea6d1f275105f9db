using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Navigation;

/// <summary>The staff console on a phone (390×844): the folded menu's open button covers nothing a user must tap or read.</summary>
public sealed class StaffPhoneLayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(390, 844);

    [Fact]
    public Task On_a_phone_the_menu_button_sits_in_the_header_clear_of_the_museum_name_and_the_form() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/competitions/matches");
        // The sider folds below its breakpoint with a width transition: measure once it has folded to nothing.
        await Expect(Page.Locator(".staff-sider")).ToHaveCSSAsync("width", "0px");
        var trigger = Page.Locator(".ant-layout-sider-zero-width-trigger");
        await Expect(trigger).ToBeVisibleAsync();
        var field = Page.Locator(".staff-content input, .staff-content select, .staff-content .ant-select").First;
        await Expect(field).ToBeVisibleAsync();

        var button = (await trigger.BoundingBoxAsync())!;
        var header = (await Page.Locator(".staff-header").BoundingBoxAsync())!;
        var museum = (await Page.GetByTestId("museum-in-view").BoundingBoxAsync())!;
        var content = (await Page.Locator(".staff-content").BoundingBoxAsync())!;
        var first = (await field.BoundingBoxAsync())!;
        Assert.True(button.Y >= header.Y && button.Y + button.Height <= header.Y + header.Height,
            $"the button spans {button.Y}–{button.Y + button.Height}, the header {header.Y}–{header.Y + header.Height}");
        Assert.True(button.X + button.Width <= museum.X, $"the button ends at x {button.X + button.Width}, the museum's name starts at {museum.X}");
        Assert.True(button.Y + button.Height <= content.Y, $"the button ends at y {button.Y + button.Height}, the content starts at {content.Y}");
        Assert.True(button.Y + button.Height <= first.Y, $"the button ends at y {button.Y + button.Height}, the first field starts at {first.Y}");
        // A trial click runs Playwright's hit test: it fails when the button would take the tap meant for the field.
        await field.ClickAsync(new() { Trial = true, Timeout = 5_000 });
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BinFolder, "screenshots", "staff-form-phone-390.png") });
    });
}
