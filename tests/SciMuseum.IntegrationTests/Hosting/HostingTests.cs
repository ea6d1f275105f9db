using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Hosting;

public abstract class HostingTests(SciMuseumApp app)
{
    [Fact]
    public async Task The_app_runs_on_the_database_the_test_chose()
    {
        var (provider, connection) = await app.InSystemScopeAsync((_, db) =>
            Task.FromResult((db.Database.ProviderName, db.Database.GetConnectionString())));
        Assert.Contains(app.Provider == "Sqlite" ? "Sqlite" : "Npgsql", provider);
        // PostgreSQL's string gets the app's pool settings (PostgresConnection.Tuned); the database is the test's.
        Assert.Equal(app.Provider == "Sqlite" ? app.ConnectionString : SciMuseum.Data.PostgresConnection.Tuned(app.ConnectionString), connection);
    }

    [Fact]
    public async Task Liveness_answers_200()
    {
        var response = await app.Anonymous().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_checks_the_database_and_answers_Healthy()
    {
        var response = await app.Anonymous().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_is_JSON_and_describes_the_staff_API()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/organization/staff", out _));
        Assert.True(paths.TryGetProperty("/api/v1/auth/login", out _));
    }
}

[Collection("sqlite")]
public sealed class HostingOnSqlite(SqliteApp app) : HostingTests(app);

[Collection("postgres")]
public sealed class HostingOnPostgres(PostgresApp app) : HostingTests(app);
