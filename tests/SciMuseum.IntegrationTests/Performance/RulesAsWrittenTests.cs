using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>
/// A table written as a bureau writes it: strict band edges, a band whose points the evaluator chooses with a reason,
/// judgement levels of its own and grade names of its own; typed values a metric computes, or negative counts, are refused.
/// </summary>
public abstract class RulesAsWrittenTests(SciMuseumApp app)
{
    private static object Table(string unit = "%") => new
    {
        name = "按文件的评分表", excellentFrom = 90, goodFrom = 80, fairFrom = 60,
        excellentName = "优秀", goodName = "优良", fairName = "合格", poorName = "不合格",
        indicators = new object[]
        {
            new { name = "过程", weight = 100, children = new object[]
            {
                new { name = "支付进度", weight = 40, unit = "%", target = 100, metricKey = "finance.executionRate", rule = new
                {
                    kind = "Banded", bands = new object[]
                    {
                        new { min = 90, points = 40 },
                        new { min = 50, max = 90, maxExclusive = true, points = 20, pointsTo = 30 },
                        new { max = 50, maxExclusive = true, points = 0 },
                    },
                } },
                new { name = "社会影响", weight = 50, rule = new
                {
                    kind = "Judgement", levels = new[] { new { name = "好", from = 40, to = 50 }, new { name = "一般", from = 20, to = 40 }, new { name = "差", from = 0, to = 20 } },
                } },
                new { name = "场次", weight = 10, unit, target = 10, rule = new { kind = "ProportionalPositive" } },
            } },
        },
    };

    [Fact]
    public async Task Edges_ranges_levels_and_grade_names_are_kept_shown_and_scored_as_written()
    {
        var (books, _, tableId, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        (await books.PayAsync(books.Finance, 6_000m)).EnsureSuccessStatusCode();
        var saved = await (await books.Finance.PutAsJsonAsync($"/api/v1/performance/tables/{tableId}", Table())).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("优良", saved.GetProperty("table").GetProperty("goodName").GetString());
        var leaves = saved.GetProperty("indicators")[0].GetProperty("children");
        var band = leaves[0].GetProperty("rule").GetProperty("bands")[1];
        Assert.True(band.GetProperty("maxExclusive").GetBoolean());
        Assert.Equal(30m, band.GetProperty("pointsTo").GetDecimal());
        var (paid, social, count) = (leaves[0].GetProperty("id").GetGuid(), leaves[1].GetProperty("id").GetGuid(), leaves[2].GetProperty("id").GetGuid());

        var id = await SignOffTests.NewEvaluationAsync(books.Finance, tableId, "按文件评分");
        var url = $"/api/v1/performance/evaluations/{id}";
        var before = await books.Finance.GetJsonAsync(url);
        var row = before.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorId").GetGuid() == paid);
        Assert.Equal("≥90%: 40；≥50% 且 <90%: 20–30；<50%: 0（区间内由评价人选定并说明理由）", row.GetProperty("rule").GetString());
        Assert.Equal("#2", row.GetProperty("choice").GetProperty("band").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("score").ValueKind);

        var outside = await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync($"{url}/indicators/{paid}/judgement",
            new { score = 35, reason = "超出区间" }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(outside.ErrorsFor("score"));
        (await books.Finance.PutAsJsonAsync($"{url}/indicators/{paid}/judgement", new { score = 28, band = "#2", reason = "进度落后于计划，但已有合同在执行" })).EnsureSuccessStatusCode();
        var unknownLevel = await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync($"{url}/indicators/{social}/judgement",
            new { score = 45, band = "A", reason = "理由" }), HttpStatusCode.BadRequest);
        Assert.Contains("好", unknownLevel.ErrorsFor("band")[0]);
        (await books.Finance.PutAsJsonAsync($"{url}/indicators/{social}/judgement", new { score = 45, reason = "反响好" })).EnsureSuccessStatusCode();
        (await books.Finance.PutAsJsonAsync($"{url}/indicators/{count}/input", new { manualValue = 5, evidence = "活动记录" })).EnsureSuccessStatusCode();

        var result = await books.Finance.GetJsonAsync(url);
        Assert.Equal(78m, result.GetProperty("totalScore").GetDecimal());
        Assert.Equal("合格", result.GetProperty("grade").GetString());
        var judged = result.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("indicatorId").GetGuid());
        Assert.Equal(28m, judged[paid].GetProperty("score").GetDecimal());
        Assert.Equal("进度落后于计划，但已有合同在执行", judged[paid].GetProperty("judgements")[0].GetProperty("reason").GetString());
        Assert.Equal("好", judged[social].GetProperty("judgements")[0].GetProperty("band").GetString());
        Assert.Contains("好 40–50 分", judged[social].GetProperty("rule").GetString());

        // Spending moves the actual into the fixed band: the choice no longer counts.
        (await books.PayAsync(books.Finance, 3_500m)).EnsureSuccessStatusCode();
        var moved = (await books.Finance.GetJsonAsync(url)).GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorId").GetGuid() == paid);
        Assert.Equal(40m, moved.GetProperty("score").GetDecimal());
        Assert.Equal(JsonValueKind.Null, moved.GetProperty("choice").ValueKind);
    }

    [Fact]
    public async Task A_typed_value_for_a_computed_indicator_and_a_negative_count_are_refused_with_a_clear_error()
    {
        var (books, _, tableId, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        var saved = await (await books.Finance.PutAsJsonAsync($"/api/v1/performance/tables/{tableId}", Table("场"))).JsonAsync(HttpStatusCode.OK);
        var leaves = saved.GetProperty("indicators")[0].GetProperty("children");
        var id = await SignOffTests.NewEvaluationAsync(books.Finance, tableId, "拒绝");
        var url = $"/api/v1/performance/evaluations/{id}/indicators";

        var computed = await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync($"{url}/{leaves[0].GetProperty("id").GetGuid()}/input",
            new { manualValue = 95, evidence = "报表" }), HttpStatusCode.BadRequest);
        Assert.Contains("finance.executionRate", computed.ErrorsFor("manualValue")[0]);
        var negative = await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync($"{url}/{leaves[2].GetProperty("id").GetGuid()}/input",
            new { manualValue = -3, evidence = "记录" }), HttpStatusCode.BadRequest);
        Assert.Contains("场", negative.ErrorsFor("manualValue")[0]);
        // Not-applicable stays possible on a computed indicator.
        (await books.Finance.PutAsJsonAsync($"{url}/{leaves[0].GetProperty("id").GetGuid()}/input",
            new { notApplicable = true, notApplicableReason = "本年无支出" })).EnsureSuccessStatusCode();

        var badTable = await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync($"/api/v1/performance/tables/{tableId}", new
        {
            name = "表", goodName = "优", excellentName = "优",
            indicators = new[] { new { name = "过程", weight = 100, unit = "人次", target = -1, rule = new { kind = "ProportionalPositive" } } },
        }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(badTable.ErrorsFor("goodName"));
        Assert.NotEmpty(badTable.ErrorsFor("indicators[0].target"));
    }
}

[Collection("sqlite")]
public sealed class PerformanceRulesAsWrittenOnSqlite(SqliteApp app) : RulesAsWrittenTests(app);

[Collection("postgres")]
public sealed class PerformanceRulesAsWrittenOnPostgres(PostgresApp app) : RulesAsWrittenTests(app);
