using System.Net;
using System.Text.Json;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>The contract checked from outside: a year's evaluations with total and grade, and each indicator with its source.</summary>
public abstract class EvaluationContractTests(SciMuseumApp app)
{
    private async Task<(HttpClient Admin, JsonElement Evaluation)> Demo2020Async()
    {
        var admin = await app.AdminAsync();
        var list = (await admin.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray().ToList();
        return (admin, list.Single(e => e.GetProperty("name").GetString() == "2020年度部门整体支出绩效自评"));
    }

    private static JsonElement Indicator(JsonElement indicators, string name) =>
        indicators.EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);

    [Fact]
    public async Task The_2020_evaluation_lists_with_a_numeric_total_a_long_form_grade_and_a_link_to_its_indicators()
    {
        var (admin, e) = await Demo2020Async();
        Assert.Equal(JsonValueKind.Number, e.GetProperty("totalScore").ValueKind);
        Assert.Contains(e.GetProperty("grade").GetString(), new[] { "优秀", "良好", "中", "差" });
        Assert.Equal(2020, e.GetProperty("year").GetInt32());
        var url = e.GetProperty("indicatorsUrl").GetString()!;
        Assert.Equal($"/api/v1/performance/evaluations/{e.GetProperty("id").GetGuid()}/indicators", url);
        var indicators = await admin.GetJsonAsync(url);
        Assert.Equal(4, indicators.EnumerateArray().Count(i => i.GetProperty("level").GetInt32() == 1));
        Assert.Equal(100m, indicators.EnumerateArray().Where(i => i.GetProperty("level").GetInt32() == 1).Sum(i => i.GetProperty("weight").GetDecimal()));
    }

    [Theory]
    [InlineData("三公经费控制率", "finance.threePublicControlRate", "50", "3")]
    [InlineData("支付进度", "finance.executionRate", "78.7", "3.15")]
    [InlineData("结转结余率", "finance.balanceRate", "21.3", "1.5")]
    [InlineData("预算调整率", "finance.budgetAdjustmentRate", "0", "2")]
    [InlineData("在职人员控制率", "organization.staffControlRate", "100", "3")]
    public async Task Each_computed_indicator_shows_its_target_actual_rule_score_and_the_metric_it_came_from(string name, string metric, string actual, string score)
    {
        var (admin, e) = await Demo2020Async();
        var i = Indicator(await admin.GetJsonAsync(e.GetProperty("indicatorsUrl").GetString()!), name);
        Assert.Equal(metric, i.GetProperty("metricKey").GetString());
        Assert.Equal("Metric", i.GetProperty("source").GetString());
        Assert.Equal(decimal.Parse(actual), i.GetProperty("actual").GetDecimal());
        Assert.Equal(decimal.Parse(score), i.GetProperty("score").GetDecimal());
        Assert.StartsWith("/staff/", i.GetProperty("sourceLink").GetString());
        Assert.False(string.IsNullOrEmpty(i.GetProperty("rule").GetString()));
        Assert.Equal(JsonValueKind.Number, i.GetProperty("target").ValueKind);
        Assert.False(string.IsNullOrEmpty(i.GetProperty("basis").GetString()));
        Assert.Equal(JsonValueKind.String, i.GetProperty("departmentId").ValueKind);
    }

    [Fact]
    public async Task Manual_items_carry_the_reports_evidence_and_judgement_items_each_evaluators_reason()
    {
        var (admin, e) = await Demo2020Async();
        var indicators = await admin.GetJsonAsync(e.GetProperty("indicatorsUrl").GetString()!);
        var rules = Indicator(indicators, "管理制度健全性");
        Assert.Equal("Manual", rules.GetProperty("source").GetString());
        Assert.Equal(3m, rules.GetProperty("actual").GetDecimal());
        Assert.Contains("制度汇编", rules.GetProperty("evidence").GetString());
        // Satisfaction comes from the surveys module's answers.
        var hall = Indicator(indicators, "展厅社会满意度");
        Assert.Equal("Metric", hall.GetProperty("source").GetString());
        Assert.Equal("surveys.satisfaction", hall.GetProperty("metricKey").GetString());
        Assert.Equal(90.2m, hall.GetProperty("actual").GetDecimal());
        // The contests' figures come from the competitions module's entries and scores.
        var awards = Indicator(indicators, "科技创新大赛获奖作品");
        Assert.Equal("Metric", awards.GetProperty("source").GetString());
        Assert.Equal("competitions.awardedEntries", awards.GetProperty("metricKey").GetString());
        Assert.Equal(985m, awards.GetProperty("actual").GetDecimal());
        Assert.Equal(3m, awards.GetProperty("score").GetDecimal());
        var teams = Indicator(indicators, "机器人竞赛参赛队");
        Assert.Equal("competitions.teams", teams.GetProperty("metricKey").GetString());
        Assert.Equal(412m, teams.GetProperty("actual").GetDecimal());
        Assert.Equal(3m, teams.GetProperty("score").GetDecimal());
        // The activity plan's rates come from the programs module's records now, scoring as the typed values did.
        var activities = Indicator(indicators, "活动实际完成率");
        Assert.Equal("Metric", activities.GetProperty("source").GetString());
        Assert.Equal("programs.heldRate", activities.GetProperty("metricKey").GetString());
        Assert.Equal(97.3m, activities.GetProperty("actual").GetDecimal());
        Assert.Equal(3.89m, activities.GetProperty("score").GetDecimal());
        Assert.Equal(94.4m, Indicator(indicators, "活动质量达标率").GetProperty("actual").GetDecimal());
        var it = Indicator(indicators, "信息化建设");
        Assert.Equal(2.61m, it.GetProperty("score").GetDecimal());
        var judgements = it.GetProperty("judgements").EnumerateArray().ToList();
        Assert.Equal(2, judgements.Count);
        Assert.All(judgements, j => Assert.False(string.IsNullOrEmpty(j.GetProperty("reason").GetString())));
        Assert.Equal("visitors.admitted", Indicator(indicators, "接待观众人次").GetProperty("metricKey").GetString());
    }

    /// <summary>
    /// Needs the visitors module's metrics (visitors.admitted = 93,812, visitors.openDays = 154), which are not on this
    /// branch: without them the two visitor items score nothing (85.38). It passes once the visitors module is merged.
    /// </summary>
    [Fact]
    [Trait("needs", "visitors")]
    public async Task The_2020_demo_evaluation_totals_87_64_and_grades_good()
    {
        var (_, e) = await Demo2020Async();
        Assert.Equal(87.64m, e.GetProperty("totalScore").GetDecimal());
        Assert.Equal("良好", e.GetProperty("grade").GetString());
    }

    [Fact]
    public async Task The_year_over_year_series_gives_an_indicator_and_the_total_per_year()
    {
        var points = (await (await app.AdminAsync()).GetJsonAsync("/api/v1/performance/year-over-year?indicator=支付进度")).EnumerateArray().ToList();
        var p2020 = points.First(p => p.GetProperty("year").GetInt32() == 2020 && p.GetProperty("evaluation").GetString() == "2020年度部门整体支出绩效自评");
        Assert.Equal(78.7m, p2020.GetProperty("actual").GetDecimal());
        Assert.Equal(3.15m, p2020.GetProperty("score").GetDecimal());
        Assert.Equal(JsonValueKind.Number, p2020.GetProperty("totalScore").ValueKind);
    }

    [Fact]
    public async Task The_metrics_list_names_the_finance_and_organisation_metrics_with_their_units()
    {
        var metrics = (await (await app.AdminAsync()).GetJsonAsync("/api/v1/performance/metrics")).EnumerateArray().ToList();
        var rate = metrics.Single(m => m.GetProperty("key").GetString() == "finance.executionRate");
        Assert.Equal("%", rate.GetProperty("unit").GetString());
        Assert.Equal("budgetLine", rate.GetProperty("argument").GetString());
        Assert.Contains(metrics, m => m.GetProperty("key").GetString() == "organization.staffControlRate");
        var value = await (await app.AdminAsync()).GetJsonAsync("/api/v1/performance/metrics/value?key=finance.threePublicControlRate&year=2020");
        Assert.Equal(50m, value.GetProperty("value").GetDecimal());
        await (await (await app.AdminAsync()).GetAsync("/api/v1/performance/metrics/value?key=nope.nothing&year=2020")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}

[Collection("sqlite")]
public sealed class EvaluationContractOnSqlite(SqliteApp app) : EvaluationContractTests(app);

[Collection("postgres")]
public sealed class EvaluationContractOnPostgres(PostgresApp app) : EvaluationContractTests(app);
