using System.Net;
using System.Text;
using System.Text.Json;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>The seed report's 2020 figures come out of the demo ledger, and what it states but the ledger does not bear out is flagged.</summary>
public abstract class ExecutionTests(SciMuseumApp app)
{
    private async Task<JsonElement> Execution2020Async(HttpClient? client = null) =>
        await (client ?? await app.AdminAsync()).GetJsonAsync("/api/v1/finance/execution?year=2020");

    [Theory]
    [InlineData("P01", 1_200_000, 600_000, 600_000, "100")]
    [InlineData("P02", 200_000, 100_000, 100_000, "100")]
    [InlineData("P03", 50_000, 30_000, 30_000, "100")]
    [InlineData("P04", 5_000, 2_500, 2_500, "100")]
    [InlineData("P05", 50_000, 25_000, 12_900, "51.6")]
    [InlineData("P06", 50_000, 25_000, 25_000, "100")]
    [InlineData("P07", 50_000, 25_000, 25_000, "100")]
    [InlineData("P08", 1_276_000, 1_276_000, 1_151_100, "90.21")]
    [InlineData("P09", 0, 2_290_000, 809_200, "35.34")]
    public async Task Each_2020_line_has_the_seed_reports_figures(string code, decimal approved, decimal received, decimal spent, string rate)
    {
        var line = (await Execution2020Async()).GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == code);
        Assert.Equal(approved, line.GetProperty("approved").GetDecimal());
        Assert.Equal(received, line.GetProperty("received").GetDecimal());
        Assert.Equal(spent, line.GetProperty("spent").GetDecimal());
        Assert.Equal(rate, line.GetProperty("executionRate").GetRawText());
    }

    [Fact]
    public async Task The_2020_totals_are_518_89_approved_437_35_project_received_597_77_spent_and_80_39_procurement()
    {
        var t = await Execution2020Async();
        Assert.Equal(5_188_900m, t.GetProperty("total").GetProperty("approved").GetDecimal());
        Assert.Equal(2_881_000m, t.GetProperty("project").GetProperty("approved").GetDecimal());
        Assert.Equal(4_373_500m, t.GetProperty("project").GetProperty("received").GetDecimal());
        Assert.Equal(5_977_700m, t.GetProperty("total").GetProperty("spent").GetDecimal());
        Assert.Equal(803_900m, t.GetProperty("procurementTotal").GetDecimal());
        var threePublic = t.GetProperty("threePublic");
        Assert.Equal(5_000m, threePublic.GetProperty("budget").GetDecimal());
        Assert.Equal(2_500m, threePublic.GetProperty("spent").GetDecimal());
        Assert.True(threePublic.GetProperty("withinBudget").GetBoolean());
    }

    [Fact]
    public async Task Reconciliation_flags_only_the_stated_project_spending_that_the_line_table_contradicts()
    {
        var rows = (await (await app.AdminAsync()).GetJsonAsync("/api/v1/finance/reconciliation?year=2020")).EnumerateArray().ToList();
        Assert.True(rows.Count >= 40, $"only {rows.Count} stated figures");
        var disagreeing = rows.Where(r => r.GetProperty("disagrees").GetBoolean()).ToList();
        var projectSpent = Assert.Single(disagreeing);
        Assert.Equal("project.spent", projectSpent.GetProperty("key").GetString());
        Assert.Equal(244.89m, projectSpent.GetProperty("stated").GetDecimal());
        Assert.Equal(275.57m, projectSpent.GetProperty("computed").GetDecimal());
        Assert.Equal(30.68m, projectSpent.GetProperty("difference").GetDecimal());
        var rate = rows.Single(r => r.GetProperty("key").GetString() == "line.P08.executionRate");
        Assert.Equal(90.21m, rate.GetProperty("computed").GetDecimal());
    }

    [Fact]
    public async Task The_execution_table_exports_to_xlsx_and_csv_in_10k_yuan()
    {
        var admin = await app.AdminAsync();
        var xlsx = await admin.GetByteArrayAsync("/api/v1/finance/execution?year=2020&format=xlsx");
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync("/api/v1/finance/execution?year=2020&format=csv"));
        Assert.Contains("支付率", csv);
        Assert.Contains("青少年创意编程与智能设计大赛,5.00,5.00,2.50,1.29,1.21,51.6", csv);
    }

    [Fact]
    public async Task The_ledger_and_the_reconciliation_export_every_row_not_one_page()
    {
        var admin = await app.AdminAsync();
        var total = (await admin.GetJsonAsync("/api/v1/finance/expenditures?year=2020&pageSize=5")).GetProperty("total").GetInt32();
        Assert.True(total > 50, $"only {total} demo expenditures");
        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync("/api/v1/finance/expenditures?year=2020&pageSize=5&format=csv"));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("凭证号", lines[0]);
        Assert.Equal(total, lines.Count - 1);
        Assert.Contains(lines, l => l.Contains("NYKJG-2020-ZB-001") && l.Contains("803900.00"));
        var receipts = await admin.GetByteArrayAsync("/api/v1/finance/receipts?year=2020&format=xlsx");
        Assert.Equal("PK"u8.ToArray(), receipts[..2]);
        var reconciliation = Encoding.UTF8.GetString(await admin.GetByteArrayAsync("/api/v1/finance/reconciliation?year=2020&format=csv"));
        Assert.Contains("专项资金支出,project.spent,万元,244.89,275.57,30.68,不一致", reconciliation);
    }

    [Fact]
    public async Task A_department_sees_only_its_own_lines_and_neither_pays_nor_reads_the_museum_wide_reconciliation()
    {
        var activities = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.ScienceActivities);
        var codes = (await Execution2020Async(activities)).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("code").GetString()).ToList();
        Assert.Equal(["P05", "P06", "P07"], codes);
        var response = await activities.PostAsync("/api/v1/finance/expenditures", new StringContent("{}", Encoding.UTF8, "application/json"));
        await response.ProblemAsync(HttpStatusCode.Forbidden);
        await (await activities.GetAsync("/api/v1/finance/reconciliation?year=2020")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection("sqlite")]
public sealed class ExecutionOnSqlite(SqliteApp app) : ExecutionTests(app);

[Collection("postgres")]
public sealed class ExecutionOnPostgres(PostgresApp app) : ExecutionTests(app);
