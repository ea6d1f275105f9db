using System.Net;
using System.Net.Http.Json;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Finance.ImportUploads;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>Money must be there when it is spent: the over-spending guard judges a payment on its own date and every later day.</summary>
public abstract class LedgerDateTests(SciMuseumApp app)
{
    private static object PaymentOn(FinanceBooks books, string date, decimal amount, string? overrideReason = null) => new
    {
        lineId = books.LineId, date, amount, payee = "南阳市某公司", category = "General", voucherNumber = $"D-{Guid.NewGuid():N}"[..24], overrideReason,
    };

    [Fact]
    public async Task Spending_dated_before_the_first_receipt_is_refused_as_an_over_spend_and_writes_nothing()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 5_000m); // received 2020-03-01
        var problem = await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-02-15", 100m)))
            .ProblemAsync(HttpStatusCode.Conflict, "/problems/over-budget");
        Assert.Contains("2020-03-01", problem.GetProperty("detail").GetString());
        Assert.Equal((5_000m, 0m), await books.LineAsync());
        // A leader may still override with a reason, as for any over-spend; on the day the money came it is an ordinary payment.
        await (await books.Lead.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-02-15", 100m, "垫付，资金 3 月到位")))
            .JsonAsync(HttpStatusCode.Created);
        await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-03-01", 4_900m))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((5_000m, 5_000m), await books.LineAsync());
    }

    [Fact]
    public async Task A_back_dated_payment_cannot_take_money_a_later_payment_already_spent()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 1_000m); // 2020-03-01
        (await books.Finance.PostAsJsonAsync("/api/v1/finance/receipts", new { lineId = books.LineId, date = "2020-07-01", amount = 1_000m })).EnsureSuccessStatusCode();
        await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-08-01", 1_500m))).JsonAsync(HttpStatusCode.Created);
        // On 2020-05-01 the line held 1,000, but after August only 500 is left for anything dated earlier.
        var problem = await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-05-01", 600m)))
            .ProblemAsync(HttpStatusCode.Conflict, "/problems/over-budget");
        Assert.Contains("500.00", problem.GetProperty("detail").GetString());
        await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-05-01", 500m))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((2_000m, 2_000m), await books.LineAsync());
    }

    [Fact]
    public async Task A_ledger_file_paying_before_the_recorded_receipt_is_refused_row_by_row()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 1_000m); // 2020-03-01, in the database
        var before = await app.FinanceRowsAsync();
        var file = Xlsx(LedgerHeader,
            ["支出", "P01", "2020-02-20", 10d, "E-1", "某公司", "", "", "", "", ""],
            ["支出", "P01", "2020-03-02", 10d, "E-2", "某公司", "", "", "", "", ""]);
        var problem = await (await books.Finance.ImportAsync("ledger", 2020, file, "台账.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal([(2, "金额(元)")], problem.Cells());
        Assert.Equal(before, await app.FinanceRowsAsync());
    }

    [Fact]
    public async Task Past_totals_feed_the_execution_table_flagged_as_imported_and_the_guard()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 0m);
        string[] header = ["预算项目编码", "截至日期", "累计到位(元)", "累计支出(元)", "备注"];
        var before = await app.FinanceRowsAsync();
        var bad = Csv(header, bom: true,
            ["P01", "2020-05-31", "1000", "1000.01", ""],  // 2: spent more than received
            ["P99", "2020-05-31", "10", "0", ""],          // 3: no such line
            ["P01", "2021-01-31", "10", "0", ""],          // 4: the same line again, and outside the year
            ["P02", "2020-05-31", "0", "0", ""]);          // 5: unknown line and nothing in it
        var problem = await (await books.Finance.ImportAsync("past-totals", 2020, bad, "历史累计.csv")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal([(2, "累计支出(元)"), (3, "预算项目编码"), (4, "预算项目编码"), (4, "截至日期"), (5, "预算项目编码"), (5, "累计到位(元)")], problem.Cells());
        Assert.Equal(before, await app.FinanceRowsAsync());

        var good = Csv(header, bom: true, ["P01", "2020-05-31", "1,000.00", "400", "启用前累计"]);
        var done = await (await books.Finance.ImportAsync("past-totals", 2020, good, "历史累计.csv")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1_000m, 400m), (done.GetProperty("lines").GetInt32(), done.GetProperty("received").GetDecimal(), done.GetProperty("spent").GetDecimal()));
        Assert.Equal((1_000m, 400m), await books.LineAsync());
        var line = (await books.Finance.GetJsonAsync("/api/v1/finance/execution?year=2020")).GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("lineId").GetGuid() == books.LineId);
        var imported = line.GetProperty("imported");
        Assert.Equal(("2020-05-31", 1_000m, 400m), (imported.GetProperty("asOf").GetString(), imported.GetProperty("received").GetDecimal(), imported.GetProperty("spent").GetDecimal()));

        // The imported balance is spendable after its date, not before, and no more than it holds.
        await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-05-30", 1m))).ProblemAsync(HttpStatusCode.Conflict, "/problems/over-budget");
        await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-06-01", 600.01m))).ProblemAsync(HttpStatusCode.Conflict, "/problems/over-budget");
        await (await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", PaymentOn(books, "2020-06-01", 600m))).JsonAsync(HttpStatusCode.Created);

        // Imported once per line: a second file is refused, as is one ending after the line's first recorded entry.
        var again = await (await books.Finance.ImportAsync("past-totals", 2020, good, "again.csv")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal([(2, "预算项目编码")], again.Cells());
        var other = await FinanceBooks.OpenAsync(app, received: 100m); // a receipt on 2020-03-01
        var late = await (await other.Finance.ImportAsync("past-totals", 2020, good, "late.csv")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.Equal([(2, "截至日期")], late.Cells());
        Assert.Contains("2020-03-01", late.ErrorsFor("row 2: 截至日期").Single());
    }
}

[Collection("sqlite")]
public sealed class LedgerDateOnSqlite(SqliteApp app) : LedgerDateTests(app);

[Collection("postgres")]
public sealed class LedgerDateOnPostgres(PostgresApp app) : LedgerDateTests(app);
