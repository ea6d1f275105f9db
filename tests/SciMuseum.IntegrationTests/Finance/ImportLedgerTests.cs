using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Finance.ImportUploads;

namespace SciMuseum.IntegrationTests.Finance;

public abstract class ImportLedgerTests(SciMuseumApp app)
{
    [Fact]
    public async Task A_valid_ledger_file_moves_the_execution_table_by_exactly_its_amounts()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 1_000m);
        var before = await books.LineAsync();
        // The day's payment comes first in the file but is booked after that day's receipt, which it needs.
        var file = Xlsx(LedgerHeader,
            ["支出", "P01", new DateTime(2020, 4, 1), 1_500d, "2020-04-001", "南阳市某展品公司", "一般", "是", "询价", "HT-2020-7", "展品维修"],
            ["到位", "P01", "2020-04-01", "1,000.00", "宛财拨〔2020〕9号", "", "", "", "", "", "第二批"],
            ["支出", "P01", 43952d, 300.25d, 2020050001d, "某宾馆", "公务接待", "否", "", "", ""]);

        var imported = await (await books.Finance.ImportAsync("ledger", 2020, file, "台账.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 2), (imported.GetProperty("receipts").GetInt32(), imported.GetProperty("expenditures").GetInt32()));
        Assert.Equal((before.Received + 1_000m, before.Spent + 1_800.25m), await books.LineAsync());

        var table = await books.Finance.GetJsonAsync("/api/v1/finance/execution?year=2020");
        Assert.Equal(300.25m, table.GetProperty("threePublic").GetProperty("spent").GetDecimal());
        Assert.Equal(1_500m, table.GetProperty("procurementTotal").GetDecimal());
        var paid = (await books.Finance.GetJsonAsync($"/api/v1/finance/expenditures?lineId={books.LineId}")).GetProperty("items").EnumerateArray()
            .ToDictionary(e => e.GetProperty("voucherNumber").GetString()!);
        Assert.Equal(("2020-05-01", "OfficialReception"), (paid["2020050001"].GetProperty("date").GetString(), paid["2020050001"].GetProperty("category").GetString()));
        Assert.Equal(("询价", "HT-2020-7", ""), (paid["2020-04-001"].GetProperty("procurementMethod").GetString(),
            paid["2020-04-001"].GetProperty("contractNumber").GetString(), paid["2020-04-001"].GetProperty("overrideReason").GetString()));
        var audited = await app.InSystemScopeAsync((_, db) =>
            db.AuditEntries.CountAsync(a => a.MuseumId == books.Museum.Id && (a.Entity == "Receipt" || a.Entity == "Expenditure")));
        Assert.Equal(1 + 1 + 2, audited); // the books' first receipt, then the file's three rows
    }

    [Fact]
    public async Task A_ledger_file_with_bad_rows_lists_each_row_and_column_and_changes_nothing()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 1_000m);
        var recorded = books.Payment(100m);
        (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", recorded)).EnsureSuccessStatusCode();
        var recordedVoucher = (string)recorded.GetType().GetProperty("voucherNumber")!.GetValue(recorded)!;
        var before = await app.FinanceRowsAsync();
        var lineBefore = await books.LineAsync();

        var file = Xlsx(LedgerHeader,
            ["到位", "P01", "2020-04-01", 100d, "拨-2", "", "", "", "", "", ""],        // 2: fine
            ["支出", "P99", "2020-04-02", 10d, "F-0", "某公司", "", "", "", "", ""],      // 3: no such line
            ["支出", "P01", "2020-13-01", 10d, "F-00", "某公司", "", "", "", "", ""],     // 4: no such day
            ["支出", "P01", "2020-04-03", -5d, "F-000", "某公司", "", "", "", "", ""],    // 5: negative
            ["支出", "P01", "2020-04-03", "abc", "F-0000", "某公司", "", "", "", "", ""], // 6: not a number
            ["支出", "P01", "2020-04-04", 50d, "F-1", "某公司", "", "", "", "", ""],      // 7: fine
            ["支出", "P01", "2020-04-05", 50d, "F-1", "某公司", "", "", "", "", ""],      // 8: voucher twice in the file
            ["支出", "P01", "2020-04-06", 50d, recordedVoucher, "某公司", "", "", "", "", ""], // 9: voucher already recorded
            ["支出", "P01", "2020-04-07", 950.01d, "F-2", "某公司", "", "", "", "", ""]); // 10: 1,000 + 100 − 100 − 50 = 950 left

        var problem = await (await books.Finance.ImportAsync("ledger", 2020, file, "台账.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal(
        [
            (3, "预算项目编码"), (4, "日期"), (5, "金额(元)"), (6, "金额(元)"), (8, "文号/凭证号"), (9, "文号/凭证号"), (10, "金额(元)"),
        ], problem.Cells());
        Assert.Contains("950.00", problem.ErrorsFor("row 10: 金额(元)").Single());
        Assert.Contains("7", problem.ErrorsFor("row 8: 文号/凭证号").Single());
        Assert.Equal(before, await app.FinanceRowsAsync());
        Assert.Equal(lineBefore, await books.LineAsync());

        // The same file without its bad rows, and the last payment within the funds, goes in whole.
        var good = Xlsx(LedgerHeader,
            ["到位", "P01", "2020-04-01", 100d, "拨-2", "", "", "", "", "", ""],
            ["支出", "P01", "2020-04-04", 50d, "F-1", "某公司", "", "", "", "", ""],
            ["支出", "P01", "2020-04-07", 950d, "F-2", "某公司", "", "", "", "", ""]);
        await (await books.Finance.ImportAsync("ledger", 2020, good, "台账.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((lineBefore.Received + 100m, lineBefore.Spent + 1_000m), await books.LineAsync());
    }

    [Fact]
    public async Task A_payment_before_its_receipt_in_date_order_overspends_even_when_the_file_balances()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 0m);
        var file = Xlsx(LedgerHeader,
            ["到位", "P01", "2020-06-02", 500d, "", "", "", "", "", "", ""],
            ["支出", "P01", "2020-06-01", 500d, "V-1", "某公司", "", "", "", "", ""],
            ["支出", "P01", "2021-01-01", 1d, "V-2", "某公司", "", "", "", "", ""]);
        var problem = await (await books.Finance.ImportAsync("ledger", 2020, file, "台账.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal([(3, "金额(元)"), (4, "日期")], problem.Cells());
        Assert.Equal((0m, 0m), await books.LineAsync());
    }
}

[Collection("sqlite")]
public sealed class ImportLedgerOnSqlite(SqliteApp app) : ImportLedgerTests(app);

[Collection("postgres")]
public sealed class ImportLedgerOnPostgres(PostgresApp app) : ImportLedgerTests(app);
