using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Hosting;

/// <summary>App instances keep no state of their own: a second one on the same database takes over seamlessly.</summary>
public abstract class ScaleOutTests(SciMuseumApp app)
{
    [Fact]
    public async Task A_second_instance_on_the_same_database_starts_cleanly_and_honours_the_first_ones_tokens()
    {
        var token = await app.LoginAsync(SciMuseumApp.AdminEmail, SciMuseumApp.AdminPassword);
        Assert.True(await app.InSystemScopeAsync((_, db) => db.DataProtectionKeys.AnyAsync()));
        var museums = await app.InSystemScopeAsync((_, db) => db.Museums.CountAsync());

        // Starting again runs migrations and seeding on a database that has them: nothing is added twice.
        var secondLog = Path.ChangeExtension(app.LogFile, ".second.json");
        await using var second = app.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(SciMuseumApp.LogTo(secondLog))));
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(SciMuseumApp.AdminEmail, me.GetProperty("email").GetString());

        var refreshed = await second.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh",
            new { refreshToken = token.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(museums, await app.InSystemScopeAsync((_, db) => db.Museums.CountAsync()));
        Assert.Equal(1, await app.InSystemScopeAsync((_, db) => db.Users.CountAsync(u => u.Email == SciMuseumApp.AdminEmail)));
        await second.DisposeAsync();
        File.Delete(secondLog);
    }
}

[Collection("sqlite")]
public sealed class ScaleOutOnSqlite(SqliteApp app) : ScaleOutTests(app);

[Collection("postgres")]
public sealed class ScaleOutOnPostgres(PostgresApp app) : ScaleOutTests(app);
