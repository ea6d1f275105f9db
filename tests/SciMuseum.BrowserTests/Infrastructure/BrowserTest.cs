using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace SciMuseum.BrowserTests.Infrastructure;

/// <summary>One browser page per test; a failing test leaves a full-page screenshot in bin/screenshots-failed.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    /// <summary>tests/SciMuseum.BrowserTests/bin, found from the test assembly's bin/&lt;config&gt;/&lt;tfm&gt; folder.</summary>
    public static readonly string BinFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", ".."));

    protected BrowserFixture Fixture { get; } = fixture;
    protected IPage Page { get; set; } = default!;

    public virtual async Task InitializeAsync() => Page = await Fixture.NewPageAsync();

    public async Task DisposeAsync() => await Page.Context.DisposeAsync();

    /// <summary>Runs the test body; on failure saves what the browser showed, then rethrows.</summary>
    protected async Task RunAsync(Func<Task> body, [CallerMemberName] string test = "")
    {
        try
        {
            await body();
        }
        catch
        {
            var folder = Path.Combine(BinFolder, "screenshots-failed");
            Directory.CreateDirectory(folder);
            try
            {
                await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, test + ".png"), FullPage = true });
            }
            catch (PlaywrightException)
            {
                // The page may be gone (crash, closed context); the original failure matters more.
            }
            throw;
        }
    }

    protected async Task SignInAsync(string password = BrowserFixture.AdminPassword)
    {
        await Page.GotoAsync("/login");
        await Page.FillAsync("input[name=email]", BrowserFixture.AdminEmail);
        await Page.FillAsync("input[name=password]", password);
        await Page.ClickAsync("button[type=submit]");
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
