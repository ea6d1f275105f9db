using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SciMuseum.BrowserTests.Infrastructure;

/// <summary>
/// The real application on Kestrel (Production environment, its own SQLite file with the 2020 demo museum) and one
/// headless Debian Chromium, shared by every browser test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminEmail = "admin@scimuseum.local";
    public const string AdminPassword = "Browser-Test-2020";

    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"scimuseum-browser-{Guid.NewGuid():N}.db");

    /// <summary>The app's SQLite file, for tests that look at what is stored byte for byte.</summary>
    public string DatabaseFile => databaseFile;
    private KestrelApp? app;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // Never skip: on CI (and here) a missing browser is a failure with a clear cause.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}: install Debian's 'chromium' package (scripts/test.sh does). CI={Environment.GetEnvironmentVariable("CI")}");

        app = new KestrelApp($"Data Source={databaseFile}");
        app.UseKestrel(0);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');

        // Assertions wait for a state, not for a time: on a busy machine (a CI runner, or builds beside the suite) a page
        // can take well over Playwright's default 5 s to reach it, so allow as long as any other step. CI runs the three
        // test assemblies side by side on two cores, where 15 s was once not enough; a passing test never waits it out.
        Assertions.SetDefaultExpectTimeout(StepTimeout);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>How long one step (an action or an expectation) may wait for its state.</summary>
    public const int StepTimeout = 30_000;

    /// <summary>A fresh browser context (own cookies) as a Chinese-speaking user would have it.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new() { Width = width, Height = height },
        });
        context.SetDefaultTimeout(StepTimeout);
        return await context.NewPageAsync();
    }

    /// <summary>A staff account of the demo museum with <paramref name="roles"/> and the admin's password; returns its email.</summary>
    public async Task<string> CreateUserAsync(string displayName, params string[] roles)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SciMuseum.Core.Identity.UserContext>().AsSystem();
        var db = scope.ServiceProvider.GetRequiredService<SciMuseum.Core.Persistence.MuseumDb>();
        var museum = db.Museums.Single(m => m.Code == SciMuseum.Data.Demo.Demo2020.MuseumCode).Id;
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SciMuseum.Core.Identity.AppUser>>();
        var email = $"b{Guid.NewGuid():N}@test.local";
        var user = new SciMuseum.Core.Identity.AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, MuseumId = museum };
        if (!(await users.CreateAsync(user, AdminPassword)).Succeeded || !(await users.AddToRolesAsync(user, roles)).Succeeded)
            throw new InvalidOperationException("Could not create the test user.");
        return email;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
            File.Delete(file);
    }

    private sealed class KestrelApp(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Production proves the static assets (Ant Design, blazor.web.js, app.css) are served outside Development.
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:SciMuseum", connectionString);
            builder.UseSetting("SciMuseum:Demo", "2020");
            builder.UseSetting("SciMuseum:Admin:Email", AdminEmail);
            builder.UseSetting("SciMuseum:Admin:Password", AdminPassword);
            builder.UseSetting("Auth:RateLimit:Permits", "1000000"); // every browser test signs in from 127.0.0.1
            builder.UseSetting("Surveys:MinimumFillSeconds", "0"); // a test answers a survey faster than a person can
            builder.UseSetting("SciMuseum:Counseling:Key", "YnJvd3Nlci1jb3Vuc2VsaW5nLWtleS0zMi1ieXRlcy0=");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
