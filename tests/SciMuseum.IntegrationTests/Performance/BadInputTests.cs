using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>Bad tables, goals and judgements get field-by-field problems in Chinese or English, and nothing is written.</summary>
public abstract class BadInputTests(SciMuseumApp app)
{
    private static object Leaf(string name, decimal weight, string? metricKey = null, string unit = "%") =>
        new { name, weight, unit, target = 100, metricKey, rule = new { kind = "ProportionalPositive" } };

    private static object Table(params object[] roots) => new { name = "坏评分表", indicators = roots };

    private async Task<JsonElement> RefusedTableAsync(object body, string? language = null)
    {
        var (books, _, tableId, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        if (language is not null) books.Finance.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync($"/api/v1/performance/tables/{tableId}", body),
            HttpStatusCode.BadRequest, "/problems/validation");
    }

    [Fact]
    public async Task Level_one_weights_that_do_not_total_100_are_refused()
    {
        var problem = await RefusedTableAsync(Table(new { name = "过程", weight = 90, children = new[] { Leaf("支付进度", 90, "finance.executionRate") } }));
        Assert.Contains("100", Assert.Single(problem.ErrorsFor("indicators")));
    }

    [Fact]
    public async Task A_parent_whose_children_do_not_total_its_weight_is_named_field_by_field_in_english_when_asked()
    {
        var problem = await RefusedTableAsync(Table(new { name = "过程", weight = 100, children = new[] { Leaf("支付进度", 60, "finance.executionRate"), Leaf("采购", -5) } }), "en");
        Assert.Contains("children total", Assert.Single(problem.ErrorsFor("indicators[0].weight")));
        Assert.NotEmpty(problem.ErrorsFor("indicators[0].children[1].weight"));
    }

    [Fact]
    public async Task A_rule_bound_to_a_metric_nobody_publishes_is_refused()
    {
        var problem = await RefusedTableAsync(Table(new { name = "产出", weight = 100, children = new[] { Leaf("接待人次", 100, "visitors.nonexistent", "人次") } }));
        Assert.Contains("visitors.nonexistent", Assert.Single(problem.ErrorsFor("indicators[0].children[0].metricKey")));
    }

    [Fact]
    public async Task A_target_in_another_unit_than_its_metric_is_refused()
    {
        var problem = await RefusedTableAsync(Table(new { name = "过程", weight = 100, children = new[] { Leaf("支付进度", 100, "finance.executionRate", "元") } }));
        Assert.Contains("%", Assert.Single(problem.ErrorsFor("indicators[0].children[0].unit")));
    }

    [Fact]
    public async Task A_band_worth_more_than_its_weight_and_a_leaf_without_a_rule_are_refused()
    {
        var problem = await RefusedTableAsync(Table(new
        {
            name = "过程", weight = 100, children = new object[]
            {
                new { name = "预算调整率", weight = 50, unit = "%", rule = new { kind = "Banded", bands = new[] { new { min = 0, max = 0, points = 60 } } } },
                new { name = "无规则", weight = 50 },
            },
        }));
        Assert.NotEmpty(problem.ErrorsFor("indicators[0].children[0].rule.bands[0]"));
        Assert.NotEmpty(problem.ErrorsFor("indicators[0].children[1].rule"));
    }

    [Fact]
    public async Task A_goal_with_a_wrong_unit_or_an_unknown_metric_is_refused()
    {
        var (books, _, _, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        var problem = await app.RefusedWithoutWritingAsync(() => books.Finance.PostAsJsonAsync("/api/v1/performance/goals", new
        {
            year = 2020, title = "目标", overallGoal = "全年目标",
            indicators = new object[]
            {
                new { category = "Output", subcategory = "Timeliness", name = "执行率", unit = "人次", comparison = "AtLeast", target = 90, metricKey = "finance.executionRate" },
                new { category = "Output", subcategory = "Quantity", name = "人次", unit = "人次", comparison = "AtLeast", target = 1, metricKey = "nope.metric" },
                new { category = "Satisfaction", subcategory = "Quantity", name = "满意度", unit = "分", comparison = "Range", target = 90 },
            },
        }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("indicators[0].unit"));
        Assert.True(problem.ErrorsFor("indicators[1].metricKey").Length > 0, problem.ToString());
        Assert.NotEmpty(problem.ErrorsFor("indicators[2].subcategory"));
        Assert.NotEmpty(problem.ErrorsFor("indicators[2].targetHigh"));
    }

    [Theory]
    [InlineData(5, null, "score")]
    [InlineData(-1, null, "score")]
    [InlineData(3, "C", "score")]
    [InlineData(3, "D", "band")]
    public async Task A_judgement_negative_above_the_weight_or_outside_its_band_is_refused(decimal score, string? band, string field)
    {
        var admin = await app.AdminAsync();
        var e = (await admin.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray().First(x => x.GetProperty("name").GetString() == "2020年度部门整体支出绩效自评");
        var id = e.GetProperty("id").GetGuid();
        var indicator = (await admin.GetJsonAsync(e.GetProperty("indicatorsUrl").GetString()!)).EnumerateArray().Single(i => i.GetProperty("name").GetString() == "信息化建设");
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PutAsJsonAsync(
            $"/api/v1/performance/evaluations/{id}/indicators/{indicator.GetProperty("indicatorId").GetGuid()}/judgement",
            new { score, band, reason = "理由" }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task A_judgement_on_a_computed_indicator_and_a_manual_value_without_evidence_are_refused()
    {
        var (books, _, tableId, leaf) = await SignOffTests.OneIndicatorMuseumAsync(app);
        var id = await SignOffTests.NewEvaluationAsync(books.Finance, tableId, "评价");
        var judged = await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync(
            $"/api/v1/performance/evaluations/{id}/indicators/{leaf}/judgement", new { score = 50, reason = "理由" }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(judged.ErrorsFor("indicatorId"));
        var typed = await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync(
            $"/api/v1/performance/evaluations/{id}/indicators/{leaf}/input", new { manualValue = 80 }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(typed.ErrorsFor("evidence"));
    }
}

[Collection("sqlite")]
public sealed class PerformanceBadInputOnSqlite(SqliteApp app) : BadInputTests(app);

[Collection("postgres")]
public sealed class PerformanceBadInputOnPostgres(PostgresApp app) : BadInputTests(app);
