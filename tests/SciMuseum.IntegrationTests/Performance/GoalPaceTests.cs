using System.Net;
using System.Net.Http.Json;
using SciMuseum.IntegrationTests.Finance;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>
/// Rate monitoring during the year: each indicator is measured against its pace — the full target, the target prorated
/// by time, or its planned curve — so a 90 % execution target is not red every day before December.
/// </summary>
public abstract class GoalPaceTests(SciMuseumApp app)
{
    [Fact]
    public async Task Mid_year_each_demo_indicator_is_measured_against_its_own_pace_and_the_report_says_which()
    {
        var rows = (await (await app.AdminAsync()).GetJsonAsync("/api/v1/performance/monitoring?date=2020-06-30")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!);

        var execution = rows["预算执行率"];
        Assert.Equal("PlannedCurve", execution.GetProperty("pace").GetString());
        // The curve has 40 % due by the end of June: 90 % × 40 % = 36 by then, and the forecast is the actual at that pace.
        Assert.Equal(40m, execution.GetProperty("sharePercent").GetDecimal());
        Assert.Equal(36m, execution.GetProperty("expectedByNow").GetDecimal());
        var actual = execution.GetProperty("actual").GetDecimal();
        Assert.Equal(Math.Round(actual / 0.4m, 2, MidpointRounding.AwayFromZero), execution.GetProperty("forecast").GetDecimal());

        var subsidy = rows["补助资金支付率"];
        Assert.Equal("TimeProportional", subsidy.GetProperty("pace").GetString());
        Assert.Equal(49.73m, subsidy.GetProperty("sharePercent").GetDecimal()); // 182 of 366 days

        var satisfaction = rows["社会公众满意度"];
        Assert.Equal("FullTarget", satisfaction.GetProperty("pace").GetString());
        Assert.Equal(90m, satisfaction.GetProperty("expectedByNow").GetDecimal());
    }

    [Fact]
    public async Task A_rate_on_its_planned_curve_is_green_where_the_full_target_would_be_red_and_a_bad_curve_is_refused()
    {
        var books = await FinanceBooks.OpenAsync(app, 10_000m, approved: 10_000m);
        (await books.PayAsync(books.Finance, 2_000m)).EnsureSuccessStatusCode(); // 20 % paid on 2020-06-01
        object Goal(string pace, decimal[]? plan) => new
        {
            year = 2020, budgetLineId = books.LineId, title = "运行经费绩效目标", overallGoal = "年内支付 100%。",
            indicators = new object[]
            {
                new { category = "Output", subcategory = "Timeliness", name = "支付率", unit = "%", comparison = "AtLeast", target = 100,
                      metricKey = "finance.executionRate", metricArgument = books.LineId.ToString(), pace, monthlyPlan = plan },
            },
        };
        var bad = await (await books.Finance.PostAsJsonAsync("/api/v1/performance/goals", Goal("PlannedCurve", [10, 20, 30])))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.ErrorsFor("indicators[0].monthlyPlan"));

        var created = await (await books.Finance.PostAsJsonAsync("/api/v1/performance/goals", Goal("FullTarget", null))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("goal").GetProperty("id").GetGuid();
        async Task<System.Text.Json.JsonElement> RowAsync() =>
            (await books.Finance.GetJsonAsync("/api/v1/performance/monitoring?date=2020-06-30")).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "支付率");
        Assert.Equal("Red", (await RowAsync()).GetProperty("light").GetString());

        (await books.Finance.PutAsJsonAsync($"/api/v1/performance/goals/{id}", Goal("PlannedCurve", [0, 0, 0, 0, 5, 20, 30, 40, 60, 80, 90, 100]))).EnsureSuccessStatusCode();
        var planned = await RowAsync();
        Assert.Equal(20m, planned.GetProperty("expectedByNow").GetDecimal());
        Assert.Equal("Green", planned.GetProperty("light").GetString());
    }
}

[Collection("sqlite")]
public sealed class GoalPaceOnSqlite(SqliteApp app) : GoalPaceTests(app);

[Collection("postgres")]
public sealed class GoalPaceOnPostgres(PostgresApp app) : GoalPaceTests(app);
