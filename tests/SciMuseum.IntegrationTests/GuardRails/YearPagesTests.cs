using System.Net;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>
/// Pages that pick a year (or month) with a select render when opened at a given year. The select reports the value the
/// page sets after loading as a change; the pages navigated on it while prerendering, which threw mid-render, and on
/// PostgreSQL (where loading is truly asynchronous) the half-built page overflowed the stack and killed the process.
/// </summary>
public abstract class YearPagesTests(SciMuseumApp app)
{
    public static TheoryData<string> Pages =>
    [
        "/staff/finance/monitoring?year=2020&month=12",
        "/staff/finance/monitoring?year=2021&month=12",
        "/staff/finance/monitoring",
        "/staff/finance?year=2020",
        "/staff/performance/goals?year=2020",
        "/staff/performance/rectification?year=2020",
        "/staff/performance/evaluations?year=2020",
        "/staff/visitors/statistics?year=2020",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_year_page_renders_for_the_system_administrator(string url)
    {
        var pages = await Principal.PagesAsync(app, await app.CreateUserAsync(await app.DemoMuseumIdAsync(), Roles.SystemAdmin));
        var response = await pages.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("</html>", await response.Content.ReadAsStringAsync());
    }
}

[Collection("sqlite")]
public sealed class YearPagesOnSqlite(SqliteApp app) : YearPagesTests(app);

[Collection("postgres")]
public sealed class YearPagesOnPostgres(PostgresApp app) : YearPagesTests(app);
