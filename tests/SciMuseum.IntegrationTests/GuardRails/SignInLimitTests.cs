using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>Password guessing and form floods from one address meet 429 with Retry-After (a small host of its own with low limits).</summary>
public sealed class SignInLimitTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"scimuseum-signinlimit-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<Program> host;

    public SignInLimitTests() => host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseSetting("Database:Provider", "Sqlite");
        b.UseSetting("ConnectionStrings:SciMuseum", $"Data Source={file}");
        b.UseSetting("SciMuseum:Demo", "none");
        b.UseSetting("SciMuseum:Admin:Password", SciMuseumApp.AdminPassword);
        b.UseSetting("Auth:RateLimit:Permits", "3");
        b.UseSetting("Visitors:RateLimit:Permits", "3");
    });

    private HttpClient Client() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_fourth_api_sign_in_attempt_gets_429_with_retry_after_and_a_problem()
    {
        var client = Client();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"x{i}@test.local", password = "Wrong-1" })).StatusCode);
        var limited = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = SciMuseumApp.AdminEmail, password = SciMuseumApp.AdminPassword });
        await limited.ProblemAsync(HttpStatusCode.TooManyRequests, "/problems/too-many-requests");
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) > 0);
    }

    [Fact]
    public async Task The_sign_in_page_and_the_cancel_page_answer_a_flood_with_a_page()
    {
        var client = Client();
        foreach (var url in new[] { "/account/login", "/visit/cancel" })
        {
            HttpResponseMessage last = null!;
            for (var i = 0; i < 4; i++)
                last = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "a@b.c", ["password"] = "x" }));
            Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
            Assert.Equal("text/html", last.Content.Headers.ContentType?.MediaType);
            Assert.True(last.Headers.Contains("Retry-After"));
            Assert.Contains("请求过于频繁", await last.Content.ReadAsStringAsync());
        }
    }

    public void Dispose()
    {
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
