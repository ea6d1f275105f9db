using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>A flood from one address meets 429 on the public booking endpoints (its own small host: the shared ones allow floods).</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"scimuseum-ratelimit-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<Program> host;

    public RateLimitTests() => host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseSetting("Database:Provider", "Sqlite");
        b.UseSetting("ConnectionStrings:SciMuseum", $"Data Source={file}");
        b.UseSetting("SciMuseum:Demo", "none");
        b.UseSetting("SciMuseum:Admin:Password", SciMuseumApp.AdminPassword);
        b.UseSetting("Visitors:RateLimit:Permits", "5");
        b.UseSetting("Visitors:RateLimit:WindowSeconds", "60");
    });

    [Fact]
    public async Task The_sixth_booking_attempt_in_a_minute_gets_429_with_a_problem()
    {
        var client = host.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var r = await client.PostAsync("/api/v1/public/reservations", new StringContent("{}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        }
        var limited = await client.PostAsync("/api/v1/public/reservations", new StringContent("{}", Encoding.UTF8, "application/json"));
        var problem = await limited.ProblemAsync(HttpStatusCode.TooManyRequests, "/problems/too-many-requests");
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        Assert.True(limited.Headers.Contains("Retry-After"));
        // Reading opening information is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/public/opening")).StatusCode);
    }

    public void Dispose()
    {
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
