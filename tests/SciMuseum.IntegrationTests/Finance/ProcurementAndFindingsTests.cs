using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>
/// The last typed figures of the 2020 evaluation, computed from finance records: 三公经费变动率 from 2019's 三公 ledger,
/// 政府采购执行率 from the procurement plan against procurement bought, 资金使用合规性 from recorded findings.
/// </summary>
public abstract class ProcurementAndFindingsTests(SciMuseumApp app)
{
    private const string Plan = "/api/v1/finance/procurement-plan";
    private const string Findings = "/api/v1/finance/findings";

    [Fact]
    public async Task The_2020_evaluation_computes_its_last_typed_figures_from_finance_records_and_still_totals_87_64()
    {
        var admin = await app.AdminAsync();
        var e = (await admin.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray()
            .Single(x => x.GetProperty("name").GetString() == "2020年度部门整体支出绩效自评");
        var indicators = (await admin.GetJsonAsync(e.GetProperty("indicatorsUrl").GetString()!)).EnumerateArray()
            .ToDictionary(x => x.GetProperty("name").GetString()!);
        foreach (var (name, key, actual) in new[]
                 {
                     ("三公经费变动率", "finance.threePublicChangeRate", -50m),
                     ("政府采购执行率", "finance.procurementExecutionRate", 100m),
                     ("资金使用合规性", "finance.complianceFindings", 0m),
                 })
        {
            var i = indicators[name];
            Assert.Equal(key, i.GetProperty("metricKey").GetString());
            Assert.Equal("Metric", i.GetProperty("source").GetString());
            Assert.Equal(actual, i.GetProperty("actual").GetDecimal());
            Assert.Equal(3m, i.GetProperty("score").GetDecimal());
        }
        Assert.Equal(87.64m, e.GetProperty("totalScore").GetDecimal());

        // The records behind them: 2019's 三公 books (0.50 万) and 2020's plan (80.39 万, bought in full).
        var change = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=finance.threePublicChangeRate&year=2020");
        Assert.Contains("2019 年 0.50 万元", change.GetProperty("basis").GetString());
        var plan = await admin.GetJsonAsync($"{Plan}?year=2020");
        Assert.Equal(803_900m, plan.GetProperty("planned").GetDecimal());
        Assert.Equal(803_900m, plan.GetProperty("bought").GetDecimal());
        Assert.Equal(100m, plan.GetProperty("executionRate").GetDecimal());
        Assert.Empty((await admin.GetJsonAsync($"{Findings}?year=2020")).EnumerateArray());
    }

    [Fact]
    public async Task A_year_kept_for_its_three_public_lines_only_answers_those_figures_and_no_totals()
    {
        var admin = await app.AdminAsync();
        var spent = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=finance.threePublicSpent&year=2019");
        Assert.Equal(5_000m, spent.GetProperty("value").GetDecimal());
        // No total pretends to be 2019's: the report's comparison with 2019 stays out.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/performance/metrics/value?key=finance.approved&year=2019")).StatusCode);
        var check = await admin.GetJsonAsync("/api/v1/reports/annual/check?year=2020");
        Assert.DoesNotContain(check.GetProperty("figures").EnumerateArray(), f => f.GetProperty("label").GetString()!.EndsWith("（2019年）"));

        var books = await FinanceBooks.OpenAsync(app, 0);
        (await books.Finance.PostAsJsonAsync("/api/v1/finance/budgets", new { year = 2019, title = "2019年三公经费", threePublicOnly = true })).EnsureSuccessStatusCode();
        var before = await app.InSystemScopeAsync((_, db) => db.BudgetLines.IgnoreQueryFilters().CountAsync());
        var problem = await (await books.Finance.PostAsJsonAsync("/api/v1/finance/lines", new
        {
            year = 2019, code = "P01", name = "科技馆运行经费", kind = "Project", source = "LocalFiscal", approved = 1000m, isThreePublic = false,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("isThreePublic"));
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.BudgetLines.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task The_procurement_rate_is_what_was_bought_against_the_plan_and_each_finding_counts_against_compliance()
    {
        var books = await FinanceBooks.OpenAsync(app, 100_000m, approved: 100_000m);
        var line = await (await books.Finance.PostAsJsonAsync(Plan, new
        {
            year = 2020, name = "展厅照明改造", category = "Goods", method = "询价", budgetLineId = books.LineId, amount = 80_000m,
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await books.Finance.GetAsync("/api/v1/performance/metrics/value?key=finance.procurementExecutionRate&year=2021")).StatusCode);

        var payment = new
        {
            lineId = books.LineId, date = "2020-07-01", amount = 30_000m, payee = "南阳市照明工程公司", category = "General", isProcurement = true,
            procurementMethod = "询价", voucherNumber = $"P-{Guid.NewGuid():N}"[..20],
        };
        (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", payment)).EnsureSuccessStatusCode();
        (await books.PayAsync(books.Finance, 10_000m)).EnsureSuccessStatusCode(); // not procurement: not counted
        var rate = await books.Finance.GetJsonAsync("/api/v1/performance/metrics/value?key=finance.procurementExecutionRate&year=2020");
        Assert.Equal(37.5m, rate.GetProperty("value").GetDecimal());
        var plan = await books.Finance.GetJsonAsync($"{Plan}?year=2020");
        Assert.Equal(30_000m, plan.GetProperty("lines")[0].GetProperty("boughtOnLine").GetDecimal());

        // The plan grows: the rate follows.
        await (await books.Finance.PutAsJsonAsync($"{Plan}/{line.GetProperty("id").GetGuid()}", new
        {
            year = 2020, name = "展厅照明改造", category = "Goods", method = "询价", budgetLineId = books.LineId, amount = 30_000m,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(100m, (await books.Finance.GetJsonAsync("/api/v1/performance/metrics/value?key=finance.procurementExecutionRate&year=2020")).GetProperty("value").GetDecimal());

        Assert.Equal(0m, (await books.Finance.GetJsonAsync("/api/v1/performance/metrics/value?key=finance.complianceFindings&year=2020")).GetProperty("value").GetDecimal());
        await (await books.Finance.PostAsJsonAsync(Findings, new
        {
            date = "2020-11-20", source = "Audit", issuer = "南阳市审计局", description = "部分公务接待无公函", amount = 1_200m, rectification = "已补办公函",
        })).JsonAsync(HttpStatusCode.Created);
        var findings = await books.Finance.GetJsonAsync("/api/v1/performance/metrics/value?key=finance.complianceFindings&year=2020");
        Assert.Equal(1m, findings.GetProperty("value").GetDecimal());
        Assert.Contains("审计发现 1 条", findings.GetProperty("basis").GetString());

        // Exports carry the page's Chinese headers.
        var xlsx = await books.Finance.GetAsync($"{Plan}?year=2020&format=xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("展厅照明改造", Assert.Single(rows)["采购项目"]);
    }

    [Fact]
    public async Task Others_may_not_write_another_museums_records_are_not_found_and_bad_input_writes_nothing()
    {
        var books = await FinanceBooks.OpenAsync(app, 0);
        var finding = await (await books.Finance.PostAsJsonAsync(Findings, new { date = "2020-05-06", source = "Inspection", issuer = "南阳市财政局", description = "差旅报销超标准" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = finding.GetProperty("id").GetGuid();

        var gate = await app.NewUserAsync(books.Museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.GetAsync($"{Findings}?year=2020")).StatusCode);
        var auditor = await app.NewUserAsync(books.Museum.Id, Roles.Auditor);
        Assert.Single((await auditor.GetJsonAsync($"{Findings}?year=2020")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.DeleteAsync($"{Findings}/{id}")).StatusCode);
        var other = await app.AdminAsync();
        await (await other.PutAsJsonAsync($"{Findings}/{id}", new { date = "2020-05-06", source = "Inspection", issuer = "改", description = "改" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.DeleteAsync($"{Findings}/{id}")).ProblemAsync(HttpStatusCode.NotFound);

        var (plans, findings) = await CountsAsync();
        var badPlan = await (await books.Finance.PostAsJsonAsync(Plan, new { year = 2020, name = "", category = "Goods", amount = -5m, budgetLineId = Guid.NewGuid() }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(badPlan.ErrorsFor("name"));
        Assert.NotEmpty(badPlan.ErrorsFor("amount"));
        Assert.NotEmpty(badPlan.ErrorsFor("budgetLineId"));
        var badFinding = await (await books.Finance.PostAsJsonAsync(Findings, new { date = "2020-06-01", source = "Audit", issuer = "", description = "x", amount = -1m }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(badFinding.ErrorsFor("issuer"));
        Assert.NotEmpty(badFinding.ErrorsFor("amount"));
        var implausible = await (await books.Finance.PostAsJsonAsync(Findings, new { date = "0001-01-01", source = "Audit", issuer = "南阳市审计局", description = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(implausible.ErrorsFor("date"));
        await (await books.Finance.GetAsync($"{Plan}?year=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await books.Finance.GetAsync($"{Findings}?year=2020&format=pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal((plans, findings), await CountsAsync());
    }

    private Task<(int, int)> CountsAsync() => app.InSystemScopeAsync(async (_, db) =>
        (await db.ProcurementPlanLines.IgnoreQueryFilters().CountAsync(), await db.FinanceFindings.IgnoreQueryFilters().CountAsync()));
}

[Collection("sqlite")]
public sealed class ProcurementAndFindingsOnSqlite(SqliteApp app) : ProcurementAndFindingsTests(app);

[Collection("postgres")]
public sealed class ProcurementAndFindingsOnPostgres(PostgresApp app) : ProcurementAndFindingsTests(app);
