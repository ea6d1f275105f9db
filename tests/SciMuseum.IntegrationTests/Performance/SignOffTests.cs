using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Finance;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>A live evaluation moves with the records; a signed-off one keeps the figures it was signed with until re-opened.</summary>
public abstract class SignOffTests(SciMuseumApp app)
{
    /// <summary>A museum whose table has one indicator: 支付进度 (finance.executionRate, 100 points, proportional to 100%).</summary>
    internal static async Task<(FinanceBooks Books, HttpClient Leader, Guid TableId, Guid IndicatorId)> OneIndicatorMuseumAsync(SciMuseumApp app)
    {
        var books = await FinanceBooks.OpenAsync(app, received: 10_000m);
        var leader = await app.NewUserAsync(books.Museum.Id, Roles.MuseumLeader);
        var table = await (await books.Finance.PostAsJsonAsync("/api/v1/performance/tables",
            new { templateCode = "input-process-output-effect", name = "测试评分表" })).JsonAsync(HttpStatusCode.Created);
        var tableId = table.GetProperty("table").GetProperty("id").GetGuid();
        var saved = await (await books.Finance.PutAsJsonAsync($"/api/v1/performance/tables/{tableId}", new
        {
            name = "测试评分表", indicators = new[]
            {
                new { name = "过程", weight = 100, children = new[]
                {
                    new { name = "支付进度", weight = 100, unit = "%", target = 100, metricKey = "finance.executionRate", rule = new { kind = "ProportionalPositive" } },
                } },
            },
        })).JsonAsync(HttpStatusCode.OK);
        var leaf = saved.GetProperty("indicators")[0].GetProperty("children")[0].GetProperty("id").GetGuid();
        return (books, leader, tableId, leaf);
    }

    internal static async Task<Guid> NewEvaluationAsync(HttpClient client, Guid tableId, string name) =>
        (await (await client.PostAsJsonAsync("/api/v1/performance/evaluations", new { year = 2020, tableId, name })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task<JsonElement> EvaluationAsync(HttpClient client, Guid id) => await client.GetJsonAsync($"/api/v1/performance/evaluations/{id}");

    [Fact]
    public async Task A_ledger_change_moves_the_live_score_but_not_the_signed_off_one_until_it_is_reopened()
    {
        var (books, leader, tableId, leaf) = await OneIndicatorMuseumAsync(app);
        (await books.PayAsync(books.Finance, 5_000m)).EnsureSuccessStatusCode();
        var signed = await NewEvaluationAsync(books.Finance, tableId, "签发的评价");
        var live = await NewEvaluationAsync(books.Finance, tableId, "在评的评价");
        Assert.Equal(50m, (await EvaluationAsync(leader, signed)).GetProperty("totalScore").GetDecimal());
        (await leader.PostAsync($"/api/v1/performance/evaluations/{signed}/sign-off", null)).EnsureSuccessStatusCode();

        (await books.PayAsync(books.Finance, 2_500m)).EnsureSuccessStatusCode();
        Assert.Equal(75m, (await EvaluationAsync(leader, live)).GetProperty("totalScore").GetDecimal());
        var frozen = await EvaluationAsync(leader, signed);
        Assert.Equal(50m, frozen.GetProperty("totalScore").GetDecimal());
        Assert.Equal("差", frozen.GetProperty("grade").GetString());
        Assert.Equal("SignedOff", frozen.GetProperty("status").GetString());
        var indicator = (await leader.GetJsonAsync($"/api/v1/performance/evaluations/{signed}/indicators")).EnumerateArray().Single(i => i.GetProperty("indicatorId").GetGuid() == leaf);
        Assert.Equal(50m, indicator.GetProperty("actual").GetDecimal());
        var listed = (await leader.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == signed);
        Assert.Equal(50m, listed.GetProperty("totalScore").GetDecimal());

        var reopened = await (await leader.PostAsJsonAsync($"/api/v1/performance/evaluations/{signed}/reopen", new { reason = "补录12月支出后重新评价" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Open", reopened.GetProperty("status").GetString());
        Assert.Equal(75m, (await EvaluationAsync(leader, signed)).GetProperty("totalScore").GetDecimal());
        var audited = await app.InSystemScopeAsync((_, db) => db.AuditEntries.Where(a => a.Entity == "Evaluation" && a.EntityKey == signed.ToString()).ToListAsync());
        Assert.Contains(audited, a => a.After!.Contains("补录12月支出后重新评价") && a.Before!.Contains("SignedOff"));
    }

    [Fact]
    public async Task A_mid_year_evaluation_counts_only_the_records_of_its_period()
    {
        var (books, _, tableId, _) = await OneIndicatorMuseumAsync(app);
        (await books.PayAsync(books.Finance, 4_000m)).EnsureSuccessStatusCode();
        (await books.Finance.PostAsJsonAsync("/api/v1/finance/receipts", new { lineId = books.LineId, date = "2020-09-01", amount = 10_000, documentNumber = "拨-2" }))
            .EnsureSuccessStatusCode();
        var half = await (await books.Finance.PostAsJsonAsync("/api/v1/performance/evaluations",
            new { year = 2020, tableId, name = "2020年上半年绩效监控评价", periodFrom = "2020-01-01", periodTo = "2020-06-30" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(40m, half.GetProperty("totalScore").GetDecimal());
        var year = await NewEvaluationAsync(books.Finance, tableId, "全年");
        Assert.Equal(20m, (await EvaluationAsync(books.Finance, year)).GetProperty("totalScore").GetDecimal());
        var outside = await (await books.Finance.PostAsJsonAsync("/api/v1/performance/evaluations",
            new { year = 2020, tableId, name = "跨年", periodFrom = "2020-07-01", periodTo = "2021-01-31" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(outside.ErrorsFor("periodTo"));
    }

    [Fact]
    public async Task Changing_a_signed_off_evaluation_without_reopening_is_refused_with_409_and_writes_nothing()
    {
        var (books, leader, tableId, leaf) = await OneIndicatorMuseumAsync(app);
        var id = await NewEvaluationAsync(books.Finance, tableId, "已签发");
        (await leader.PostAsync($"/api/v1/performance/evaluations/{id}/sign-off", null)).EnsureSuccessStatusCode();
        await app.RefusedWithoutWritingAsync(() => books.Finance.PutAsJsonAsync($"/api/v1/performance/evaluations/{id}/indicators/{leaf}/input",
            new { manualValue = 90, evidence = "手工" }), HttpStatusCode.Conflict, "/problems/signed-off");
        await app.RefusedWithoutWritingAsync(() => leader.PostAsync($"/api/v1/performance/evaluations/{id}/sign-off", null), HttpStatusCode.Conflict, "/problems/signed-off");
        await app.RefusedWithoutWritingAsync(() => books.Finance.DeleteAsync($"/api/v1/performance/evaluations/{id}"), HttpStatusCode.Conflict, "/problems/signed-off");
        var problem = await app.RefusedWithoutWritingAsync(() => leader.PostAsJsonAsync($"/api/v1/performance/evaluations/{id}/reopen", new { reason = "" }),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("reason"));
    }

    [Fact]
    public async Task Evaluators_judgements_are_averaged_and_audited_and_a_not_applicable_indicator_is_dropped_and_the_rest_rescaled_to_100()
    {
        var (books, _, tableId, _) = await OneIndicatorMuseumAsync(app);
        (await books.PayAsync(books.Finance, 8_000m)).EnsureSuccessStatusCode();
        var table = await books.Finance.GetJsonAsync($"/api/v1/performance/tables/{tableId}");
        var tree = JsonSerializer.Deserialize<List<Dictionary<string, object?>>>(table.GetProperty("indicators").GetRawText())!;
        var put = new
        {
            name = "测试评分表", indicators = new object[]
            {
                tree[0],
                new { name = "效果", weight = 0, children = new[] { new { name = "社会效益", weight = 0, rule = new { kind = "Judgement" } } } },
            },
        };
        // Re-weight: 过程 50 + 效果 50 with a yes/no leaf that will not apply.
        var body = JsonSerializer.Serialize(put).Replace("\"weight\":100", "\"weight\":50").Replace("\"weight\":0", "\"weight\":50");
        var response = await books.Finance.PutAsync($"/api/v1/performance/tables/{tableId}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var saved = await response.JsonAsync(HttpStatusCode.OK);
        var social = saved.GetProperty("indicators")[1].GetProperty("children")[0].GetProperty("id").GetGuid();
        var id = await NewEvaluationAsync(books.Finance, tableId, "不适用");
        Assert.Equal(40m, (await EvaluationAsync(books.Finance, id)).GetProperty("totalScore").GetDecimal());
        var judge = $"/api/v1/performance/evaluations/{id}/indicators/{social}/judgement";
        (await books.Finance.PutAsJsonAsync(judge, new { score = 40, reason = "社会反响好" })).EnsureSuccessStatusCode();
        (await books.Lead.PutAsJsonAsync(judge, new { score = 30, band = "B", reason = "覆盖面有限" })).EnsureSuccessStatusCode();
        var judged = await EvaluationAsync(books.Finance, id);
        Assert.Equal(75m, judged.GetProperty("totalScore").GetDecimal());
        var views = judged.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorId").GetGuid() == social).GetProperty("judgements");
        Assert.Equal(["A", "B"], views.EnumerateArray().Select(j => j.GetProperty("band").GetString()));
        var audited = await app.InSystemScopeAsync((_, db) => db.AuditEntries.Where(a => a.Entity == "Judgement" && a.MuseumId == books.Museum.Id).Select(a => a.UserName).ToListAsync());
        Assert.Equal(2, audited.Distinct().Count());
        (await books.Finance.PutAsJsonAsync($"/api/v1/performance/evaluations/{id}/indicators/{social}/input",
            new { notApplicable = true, notApplicableReason = "本年度无此项工作" })).EnsureSuccessStatusCode();
        var result = await EvaluationAsync(books.Finance, id);
        Assert.Equal(80m, result.GetProperty("totalScore").GetDecimal());
        Assert.Equal("良好", result.GetProperty("grade").GetString());
        Assert.Equal(50m, result.GetProperty("applicableWeight").GetDecimal());
    }
}

[Collection("sqlite")]
public sealed class SignOffOnSqlite(SqliteApp app) : SignOffTests(app);

[Collection("postgres")]
public sealed class SignOffOnPostgres(PostgresApp app) : SignOffTests(app);
