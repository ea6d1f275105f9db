using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>双监控, budget side: lines that trail their planned spending curve are amber or red.</summary>
public abstract class MonitoringTests(SciMuseumApp app)
{
    private static JsonElement LineOf(JsonElement report, string code) =>
        report.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == code);

    [Fact]
    public async Task At_the_end_of_2020_the_free_opening_subsidy_and_the_programming_contest_are_red()
    {
        var report = await (await app.AdminAsync()).GetJsonAsync("/api/v1/finance/monitoring?year=2020&month=12&threshold=5");
        var subsidy = LineOf(report, "P09").GetProperty("current");
        Assert.Equal("Red", subsidy.GetProperty("light").GetString());
        Assert.Equal(35.34m, subsidy.GetProperty("actualPercent").GetDecimal());
        Assert.Equal(64.66m, subsidy.GetProperty("gap").GetDecimal());
        Assert.Equal("Red", LineOf(report, "P05").GetProperty("current").GetProperty("light").GetString());
        Assert.Equal("Amber", LineOf(report, "P08").GetProperty("current").GetProperty("light").GetString());
        Assert.Equal("Green", LineOf(report, "P01").GetProperty("current").GetProperty("light").GetString());
        Assert.Equal(12, LineOf(report, "P01").GetProperty("months").GetArrayLength());
    }

    [Fact]
    public async Task A_plan_that_falls_or_stops_short_of_100_is_refused_and_a_back_loaded_plan_turns_the_line_green()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 12_000m);
        for (var i = 0; i < 3; i++) await (await books.PayAsync(books.Finance, 1_000m)).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/finance/lines/{books.LineId}/plan";
        Assert.NotEmpty((await (await books.Finance.PutAsJsonAsync(url, new { monthlyPlan = new[] { 10m, 5m } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("monthlyPlan"));
        decimal[] falling = [10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 90, 100];
        Assert.NotEmpty((await (await books.Finance.PutAsJsonAsync(url, new { monthlyPlan = falling }))
            .ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("monthlyPlan"));

        // All paid in June: 25% of the funds, against an even plan's 100% by December.
        var even = await books.Finance.GetJsonAsync("/api/v1/finance/monitoring?year=2020&month=12");
        Assert.Equal("Red", LineOf(even, "P01").GetProperty("current").GetProperty("light").GetString());

        decimal[] backLoaded = [0, 0, 0, 0, 0, 25, 25, 25, 25, 25, 25, 100];
        await (await books.Finance.PutAsJsonAsync(url, new { monthlyPlan = backLoaded })).JsonAsync(HttpStatusCode.OK);
        var november = await books.Finance.GetJsonAsync("/api/v1/finance/monitoring?year=2020&month=11");
        Assert.Equal("Green", LineOf(november, "P01").GetProperty("current").GetProperty("light").GetString());
    }

    [Fact]
    public async Task A_month_outside_1_to_12_is_a_field_error()
    {
        var problem = await (await (await app.AdminAsync()).GetAsync("/api/v1/finance/monitoring?year=2020&month=13")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("month"));
    }
}

[Collection("sqlite")]
public sealed class MonitoringOnSqlite(SqliteApp app) : MonitoringTests(app);

[Collection("postgres")]
public sealed class MonitoringOnPostgres(PostgresApp app) : MonitoringTests(app);
