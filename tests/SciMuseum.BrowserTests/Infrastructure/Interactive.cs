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
        for (var i = 0; i < attempts; i++)
        {
            await target.ClickAsync();
            try
            {
                await appears.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 500 });
                return;
            }
            catch (TimeoutException)
            {
            }
        }
        await Expect(appears).ToBeVisibleAsync();
    }
}
