using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>An indicator may say its period spans several years (展品更新 "每 5 年"): its actual then covers the evaluated year and the years before.</summary>
public abstract class EvaluationPeriodTests(SciMuseumApp app)
{
    /// <summary>Two leaves on the caravan's beneficiaries, one per 3 years and one per year, each worth 50 with a target of 600.</summary>
    internal static object CaravanTable(int? periodYears) => new
    {
        name = "巡展评分表", indicators = new[]
        {
            new { name = "产出", weight = 100, children = new object[]
            {
                new { name = "三年巡展受益人次", weight = 50, unit = "人次", target = 600, metricKey = "outreach.caravanBeneficiaries", periodYears, rule = new { kind = "ProportionalPositive" } },
                new { name = "当年巡展受益人次", weight = 50, unit = "人次", target = 600, metricKey = "outreach.caravanBeneficiaries", rule = new { kind = "ProportionalPositive" } },
            } },
        },
    };

    internal static async Task<Guid> TableAsync(HttpClient client, object body, string query = "")
    {
        var copied = await (await client.PostAsJsonAsync("/api/v1/performance/tables" + query, new { templateCode = "input-process-output-effect", name = "巡展评分表" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = copied.GetProperty("table").GetProperty("id").GetGuid();
        (await client.PutAsJsonAsync($"/api/v1/performance/tables/{id}{query}", body)).EnsureSuccessStatusCode();
        return id;
    }

    internal static async Task TripAsync(HttpClient client, string date, int people, string query = "") =>
        (await client.PostAsJsonAsync("/api/v1/outreach/trips" + query, new { date, destination = "乡村小学", beneficiaries = people })).EnsureSuccessStatusCode();

    private static JsonElement Leaf(JsonElement evaluation, string name) =>
        evaluation.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);

    [Fact]
    public async Task An_indicator_over_three_years_sums_the_records_of_the_three_years()
    {
        var museum = await app.CreateMuseumAsync();
        var leader = await app.NewUserAsync(museum.Id, Roles.MuseumLeader);
        foreach (var (date, people) in new[] { ("2017-06-01", 1_000), ("2018-05-10", 100), ("2019-05-10", 200), ("2020-05-10", 300), ("2021-03-01", 5_000) })
            await TripAsync(leader, date, people);
        var tableId = await TableAsync(leader, CaravanTable(3));

        var table = await leader.GetJsonAsync($"/api/v1/performance/tables/{tableId}");
        Assert.Equal(3, table.GetProperty("indicators")[0].GetProperty("children")[0].GetProperty("periodYears").GetInt32());
        Assert.Equal(1, table.GetProperty("indicators")[0].GetProperty("children")[1].GetProperty("periodYears").GetInt32());

        var id = await SignOffTests.NewEvaluationAsync(leader, tableId, "2020年巡展评价");
        var evaluation = await leader.GetJsonAsync($"/api/v1/performance/evaluations/{id}");
        var three = Leaf(evaluation, "三年巡展受益人次");
        Assert.Equal(600m, three.GetProperty("actual").GetDecimal());
        Assert.Equal("2018–2020", three.GetProperty("period").GetString());
        Assert.Equal(3, three.GetProperty("periodYears").GetInt32());
        Assert.Contains("2018-01-01–2020-12-31", three.GetProperty("basis").GetString());
        var one = Leaf(evaluation, "当年巡展受益人次");
        Assert.Equal(300m, one.GetProperty("actual").GetDecimal());
        Assert.Equal(JsonValueKind.Null, one.GetProperty("period").ValueKind);
        Assert.Equal(75m, evaluation.GetProperty("totalScore").GetDecimal());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task A_period_outside_one_to_ten_years_is_refused_on_its_field(int years)
    {
        var museum = await app.CreateMuseumAsync();
        var leader = await app.NewUserAsync(museum.Id, Roles.MuseumLeader);
        var tableId = await TableAsync(leader, CaravanTable(null));
        var problem = await app.RefusedWithoutWritingAsync(() => leader.PutAsJsonAsync($"/api/v1/performance/tables/{tableId}", CaravanTable(years)), HttpStatusCode.BadRequest);
        var errors = problem.ErrorsFor("indicators[0].children[0].periodYears");
        Assert.Contains(errors, e => e.Contains("1–10 年"));
    }

    [Fact]
    public async Task A_rate_cannot_be_evaluated_over_several_years_and_says_so()
    {
        var museum = await app.CreateMuseumAsync();
        var leader = await app.NewUserAsync(museum.Id, Roles.MuseumLeader);
        var tableId = await TableAsync(leader, CaravanTable(null));
        var rate = new
        {
            name = "巡展评分表", indicators = new[]
            {
                new { name = "预算执行率（五年）", weight = 100, unit = "%", target = 100, metricKey = "finance.executionRate", periodYears = 5, rule = new { kind = "ProportionalPositive" } },
            },
        };
        var problem = await app.RefusedWithoutWritingAsync(() => leader.PutAsJsonAsync($"/api/v1/performance/tables/{tableId}", rate), HttpStatusCode.BadRequest);
        Assert.Contains(problem.ErrorsFor("indicators[0].periodYears"), e => e.Contains("不能跨年度合计"));

        var value = await (await leader.GetAsync("/api/v1/performance/metrics/value?key=finance.executionRate&from=2019-01-01&to=2020-12-31"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(value.ErrorsFor("to"), e => e.Contains("不能跨年度合计") && e.Contains("2019–2020"));
        await TripAsync(leader, "2019-04-01", 40);
        await TripAsync(leader, "2020-04-01", 60);
        var summed = await leader.GetJsonAsync("/api/v1/performance/metrics/value?key=outreach.caravanBeneficiaries&from=2019-01-01&to=2020-12-31");
        Assert.Equal(100m, summed.GetProperty("value").GetDecimal());
    }
}

[Collection("sqlite")]
public sealed class EvaluationPeriodOnSqlite(SqliteApp app) : EvaluationPeriodTests(app);

[Collection("postgres")]
public sealed class EvaluationPeriodOnPostgres(PostgresApp app) : EvaluationPeriodTests(app);
