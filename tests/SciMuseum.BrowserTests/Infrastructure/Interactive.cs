using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Infrastructure;

/// <summary>
/// Staff pages are prerendered, then a circuit connects: a click before that does nothing. The dependable sign that
/// the page is live is that a click has its effect, so click until it does.
/// </summary>
public static class Interactive
{
    public static async Task ClickUntilAsync(ILocator target, ILocator appears, int attempts = 40)
    {
        // A staff page says when it is live: then one click is enough, and a second one could add a second row.
        if (await WaitForLiveAsync(target.Page))
        {
            if (!await appears.IsVisibleAsync()) await target.ClickAsync();
            await Expect(appears).ToBeVisibleAsync();
            return;
        }
        for (var i = 0; i < attempts && !await appears.IsVisibleAsync(); i++)
        {
            try
            {
                // Short: once the effect has begun (a modal fading in), the target may be covered and unclickable.
                await target.ClickAsync(new() { Timeout = 1_000 });
                await appears.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 1_000 });
            }
            catch (TimeoutException)
            {
            }
        }
        await Expect(appears).ToBeVisibleAsync();
    }

    /// <summary>
    /// Follows a link on a staff page once the page is live: a link clicked while the page's circuit starts is lost
    /// (seen on a cold app, where starting takes seconds).
    /// </summary>
    public static async Task FollowAsync(ILocator link)
    {
        await WaitForLiveAsync(link.Page);
        await link.ClickAsync();
    }

    /// <summary>
    /// Waits until a staff page's circuit is live (the staff layout's marker turns "true"); false on a page without
    /// the marker (public pages), where only a click's effect tells.
    /// </summary>
    public static async Task<bool> WaitForLiveAsync(IPage page)
    {
        var marker = page.Locator("[data-staff-live]");
        if (await marker.CountAsync() == 0) return false;
        await Expect(page.Locator("[data-staff-live='true']")).ToHaveCountAsync(1);
        return true;
    }

    /// <summary>
    /// Picks an option of an Ant Design select, typing <paramref name="search"/> first if given. Another select's dropdown
    /// still sliding out matches ":visible", and a dropdown narrowing to the search moves its options: wait for the others
    /// to go, and open, search and pick again until the select shows the option.
    /// </summary>
    public static async Task PickAsync(IPage page, ILocator select, string option, string? search = null)
    {
        await WaitForLiveAsync(page);
        // Each attempt waits longer: on a busy runner the dropdown and the search's narrowing take seconds.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await Expect(page.Locator(".ant-select-dropdown:visible")).ToHaveCountAsync(0);
            await select.Locator(".ant-select-selector").ClickAsync();
            if (search is not null) await page.Keyboard.TypeAsync(search);
            try
            {
                var item = page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = option }).First;
                await item.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3_000 * attempt });
                await item.ClickAsync(new() { Timeout = 3_000 * attempt });
                await Expect(select).ToContainTextAsync(option, new() { Timeout = 2_000 * attempt });
                return;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
        await Expect(select).ToContainTextAsync(option);
    }

    /// <summary>
    /// Fills a field of a dialog that has just opened: its first render can still arrive and blank what was typed, so fill
    /// (and leave the field, which sends the value) until the field keeps the value.
    /// </summary>
    public static async Task FillUntilKeptAsync(ILocator input, string value, int attempts = 5)
    {
        for (var i = 0; i < attempts; i++)
        {
            await input.FillAsync(value);
            await input.PressAsync("Tab");
            try
            {
                await Expect(input).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(value)), new() { Timeout = 1_500 });
                return;
            }
            catch (PlaywrightException)
            {
            }
        }
        await Expect(input).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(value)));
    }

    /// <summary>
    /// Types a date into an Ant Design date picker. Under load the panel may take the Enter before the typed text has
    /// reached the circuit (and pick today): type again until the input shows the date.
    /// </summary>
    public static async Task FillDateAsync(ILocator input, string date, int attempts = 5)
    {
        for (var i = 0; i < attempts && await input.InputValueAsync() != date; i++)
        {
            await input.ClickAsync();
            await input.FillAsync(date);
            await input.PressAsync("Enter");
            try
            {
                await Expect(input).ToHaveValueAsync(date, new() { Timeout = 1_500 });
            }
            catch (PlaywrightException)
            {
            }
        }
        await Expect(input).ToHaveValueAsync(date);
    }

    /// <summary>
    /// Deletes through a confirmation popover: click <paramref name="trigger"/>, confirm, until <paramref name="gone"/>
    /// has left the page (the popover's entry animation can swallow a click on its button).
    /// </summary>
    public static async Task ConfirmUntilGoneAsync(IPage page, ILocator trigger, ILocator gone, string confirmSelector = ".ant-popover:visible .ant-btn-primary")
    {
        for (var attempt = 0; attempt < 3 && await gone.CountAsync() > 0; attempt++)
        {
            await trigger.ClickAsync();
            var confirm = page.Locator(confirmSelector).First;
            await confirm.WaitForAsync();
            await page.WaitForTimeoutAsync(300);
            await confirm.ClickAsync();
            try
            {
                await Expect(gone).ToHaveCountAsync(0, new() { Timeout = 3_000 });
            }
            catch (PlaywrightException)
            {
            }
        }
        await Expect(gone).ToHaveCountAsync(0);
    }
}
