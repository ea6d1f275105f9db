using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Alerts;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>Goals are declared and monitored against time; problems and measures are tracked; who may do what.</summary>
public abstract class GoalsAndRectificationTests(SciMuseumApp app)
{
    private async Task<int> WriteDigestAsync(Guid museum, DateOnly day)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test")], "t")), museum);
        return await PerformanceDigest.WriteAsync(scope.ServiceProvider.GetRequiredService<MuseumDb>(),
            scope.ServiceProvider.GetRequiredService<MetricRegistry>(), day, 5m, CancellationToken.None);
    }

    [Fact]
    public async Task A_declared_goal_is_monitored_against_its_time_proportional_target_and_a_deviation_becomes_an_alert()
    {
        var (books, _, _, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        (await books.PayAsync(books.Finance, 5_000m)).EnsureSuccessStatusCode();
        var department = books.Museum.Departments[DepartmentKind.ExhibitionEducation];
        var goal = await (await books.Finance.PostAsJsonAsync("/api/v1/performance/goals", new
        {
            year = 2020, budgetLineId = books.LineId, title = "运行经费绩效目标", overallGoal = "全年支出 2 万元，执行率不低于 90%。",
            indicators = new object[]
            {
                new { category = "Output", subcategory = "Cost", name = "全年支出", unit = "元", comparison = "AtLeast", target = 20_000, metricKey = "finance.spending", departmentId = department },
                new { category = "Output", subcategory = "Timeliness", name = "执行率", unit = "%", comparison = "AtLeast", target = 40, metricKey = "finance.executionRate", metricArgument = books.LineId.ToString() },
            },
        })).JsonAsync(HttpStatusCode.Created);
        var goalId = goal.GetProperty("goal").GetProperty("id").GetGuid();
        var lines = await books.Finance.GetJsonAsync("/api/v1/finance/lines?year=2020");
        Assert.Equal(goalId, lines.EnumerateArray().Single().GetProperty("performanceGoalId").GetGuid());

        var report = await books.Finance.GetJsonAsync("/api/v1/performance/monitoring?date=2020-07-01&threshold=5");
        var spending = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "全年支出");
        Assert.Equal(10_000m, spending.GetProperty("expectedByNow").GetDecimal());
        Assert.Equal(5_000m, spending.GetProperty("actual").GetDecimal());
        Assert.Equal(10_000m, spending.GetProperty("forecast").GetDecimal());
        Assert.Equal(50m, spending.GetProperty("gapPercent").GetDecimal());
        Assert.Equal("Red", spending.GetProperty("light").GetString());
        var rate = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "执行率");
        Assert.Equal(50m, rate.GetProperty("actual").GetDecimal());
        Assert.Equal("Green", rate.GetProperty("light").GetString());

        Assert.Equal(1, await WriteDigestAsync(books.Museum.Id, new DateOnly(2020, 7, 1)));
        Assert.Equal(0, await WriteDigestAsync(books.Museum.Id, new DateOnly(2020, 7, 1)));
        var alerts = (await books.Finance.GetJsonAsync("/api/v1/alerts?day=2020-07-01")).EnumerateArray().ToList();
        var alert = Assert.Single(alerts, a => a.GetProperty("source").GetString() == PerformanceDigest.GoalSource);
        Assert.Equal("全年支出 偏离绩效目标", alert.GetProperty("title").GetString());
        Assert.Equal(department, alert.GetProperty("departmentId").GetGuid());

        (await books.Finance.DeleteAsync($"/api/v1/performance/goals/{goalId}")).EnsureSuccessStatusCode();
        Assert.Empty((await books.Finance.GetJsonAsync("/api/v1/performance/goals?year=2020")).EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            (await books.Finance.GetJsonAsync("/api/v1/finance/lines?year=2020")).EnumerateArray().Single().GetProperty("performanceGoalId").ValueKind);
    }

    [Fact]
    public async Task The_2020_demo_goals_show_the_execution_rate_amber_and_the_central_subsidy_red_at_year_end()
    {
        var rows = (await (await app.AdminAsync()).GetJsonAsync("/api/v1/performance/monitoring?date=2020-12-31")).GetProperty("rows").EnumerateArray().ToList();
        var execution = rows.Single(r => r.GetProperty("name").GetString() == "预算执行率");
        Assert.Equal(78.7m, execution.GetProperty("actual").GetDecimal());
        Assert.Equal(12.56m, execution.GetProperty("gapPercent").GetDecimal());
        Assert.Equal("Amber", execution.GetProperty("light").GetString());
        var subsidy = rows.Single(r => r.GetProperty("name").GetString() == "补助资金支付率");
        Assert.Equal(35.34m, subsidy.GetProperty("actual").GetDecimal());
        Assert.Equal("Red", subsidy.GetProperty("light").GetString());
        Assert.Equal("Green", rows.Single(r => r.GetProperty("name").GetString() == "三公经费控制率").GetProperty("light").GetString());

        var combined = await (await app.AdminAsync()).GetJsonAsync("/api/v1/performance/monitoring/combined?date=2020-12-31");
        Assert.Equal(rows.Count, combined.GetProperty("goals").GetProperty("rows").GetArrayLength());
        var p09 = combined.GetProperty("budget").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "P09");
        Assert.Equal("Red", p09.GetProperty("current").GetProperty("light").GetString());
    }

    [Fact]
    public async Task The_seeds_four_problems_each_have_a_measure_tracked_into_2021_and_overdue_ones_alert()
    {
        var admin = await app.AdminAsync();
        var board = (await admin.GetJsonAsync("/api/v1/performance/rectification?year=2020")).EnumerateArray().ToList();
        Assert.Equal(4, board.Count);
        Assert.Equal("信息化管理水平较差", board[3].GetProperty("record").GetProperty("title").GetString());
        var measures = board.Select(p => Assert.Single(p.GetProperty("measures").EnumerateArray().ToList())).ToList();
        Assert.All(measures, m => Assert.StartsWith("2021-", m.GetProperty("record").GetProperty("deadline").GetString()));
        Assert.Equal(["Verified", "InProgress", "Done", "Planned"], measures.Select(m => m.GetProperty("record").GetProperty("status").GetString()));
        Assert.Equal(2, measures[0].GetProperty("progress").GetArrayLength());

        var museum = await app.DemoMuseumIdAsync();
        await WriteDigestAsync(museum, new DateOnly(2022, 1, 5));
        var overdue = (await admin.GetJsonAsync("/api/v1/alerts?day=2022-01-05")).EnumerateArray()
            .Where(a => a.GetProperty("source").GetString() == PerformanceDigest.RectificationSource).Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(2, overdue.Count);
        Assert.Contains("整改措施逾期：加强信息化建设，提升运营能力", overdue);
    }

    [Fact]
    public async Task A_measure_moves_on_with_dated_progress_notes()
    {
        var (books, _, _, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        var problem = await (await books.Finance.PostAsJsonAsync("/api/v1/performance/rectification/problems", new { year = 2020, title = "预算编制不完整" })).JsonAsync(HttpStatusCode.Created);
        var measure = await (await books.Finance.PostAsJsonAsync("/api/v1/performance/rectification/measures", new
        {
            problemId = problem.GetProperty("id").GetGuid(), title = "细化预算", deadline = "2021-06-30", status = "Planned",
            departmentId = books.Museum.Departments[DepartmentKind.PlanningFinance],
        })).JsonAsync(HttpStatusCode.Created);
        var id = measure.GetProperty("id").GetGuid();
        (await books.Finance.PostAsJsonAsync($"/api/v1/performance/rectification/measures/{id}/progress",
            new { date = "2021-03-01", note = "完成预算细化方案", evidence = "方案.pdf", status = "InProgress" })).EnsureSuccessStatusCode();
        var board = (await books.Finance.GetJsonAsync("/api/v1/performance/rectification?year=2020")).EnumerateArray().Single();
        var m = board.GetProperty("measures")[0];
        Assert.Equal("InProgress", m.GetProperty("record").GetProperty("status").GetString());
        Assert.Equal("完成预算细化方案", m.GetProperty("progress")[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task Departments_outside_performance_are_kept_out_auditors_only_read_and_only_leaders_sign_off()
    {
        var (books, _, tableId, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        var activities = await app.NewUserAsync(books.Museum.Id, Roles.ScienceActivities);
        await (await activities.GetAsync("/api/v1/performance/evaluations?year=2020")).ProblemAsync(HttpStatusCode.Forbidden);
        var auditor = await app.NewUserAsync(books.Museum.Id, Roles.Auditor);
        Assert.Equal(JsonValueKindArray, (await auditor.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).ValueKind);
        await (await auditor.PostAsJsonAsync("/api/v1/performance/tables", new { templateCode = "input-process-output-effect", name = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        var office = await app.NewUserAsync(books.Museum.Id, Roles.Office);
        (await office.PostAsJsonAsync("/api/v1/performance/tables", new { templateCode = "decision-management-performance", name = "决策管理绩效" })).EnsureSuccessStatusCode();
        var id = await SignOffTests.NewEvaluationAsync(books.Finance, tableId, "评价");
        await (await books.Finance.PostAsync($"/api/v1/performance/evaluations/{id}/sign-off", null)).ProblemAsync(HttpStatusCode.Forbidden);
        var tables = await app.InSystemScopeAsync((_, db) => db.ScoringTables.Where(t => t.MuseumId == books.Museum.Id).CountAsync());
        Assert.Equal(2, tables);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindArray = System.Text.Json.JsonValueKind.Array;
}

[Collection("sqlite")]
public sealed class GoalsAndRectificationOnSqlite(SqliteApp app) : GoalsAndRectificationTests(app);

[Collection("postgres")]
public sealed class GoalsAndRectificationOnPostgres(PostgresApp app) : GoalsAndRectificationTests(app);
