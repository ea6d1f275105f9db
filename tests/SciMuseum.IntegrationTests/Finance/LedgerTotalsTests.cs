using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>The monthly totals the figures read are always what the ledger adds up to.</summary>
public abstract class LedgerTotalsTests(SciMuseumApp app)
{
    private Task<List<(Guid, int, int, decimal, decimal, decimal, decimal)>> MonthsAsync(Guid museum) => app.InSystemScopeAsync(async (_, db) =>
        (await db.LedgerMonths.Where(m => m.MuseumId == museum).ToListAsync())
            .Select(m => (m.LineId, m.Year, m.Month, m.Received, m.Spent, m.ThreePublicSpent, m.ProcurementSpent))
            .Where(m => m.Item4 != 0 || m.Item5 != 0 || m.Item6 != 0 || m.Item7 != 0)
            .OrderBy(m => m.Item2).ThenBy(m => m.Item3).ToList());

    [Fact]
    public async Task After_payments_deletions_and_withdrawals_the_kept_totals_equal_a_rebuild_from_the_ledger()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 9_000m);
        var paid = await (await books.PayAsync(books.Finance, 1_234.56m)).JsonAsync(HttpStatusCode.Created);
        await (await books.PayAsync(books.Finance, 100m)).JsonAsync(HttpStatusCode.Created);
        var reception = await books.Finance.PostAsJsonAsync("/api/v1/finance/expenditures", new
        {
            lineId = books.LineId, date = "2020-11-30", amount = 300m, payee = "接待", category = "OfficialReception", voucherNumber = $"R-{Guid.NewGuid():N}"[..20],
        });
        await reception.JsonAsync(HttpStatusCode.Created);
        var late = await (await books.Finance.PostAsJsonAsync("/api/v1/finance/receipts", new { lineId = books.LineId, date = "2020-12-01", amount = 50m }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await books.Finance.DeleteAsync($"/api/v1/finance/expenditures/{paid.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await books.Finance.DeleteAsync($"/api/v1/finance/receipts/{late.GetProperty("id").GetGuid()}")).StatusCode);

        var kept = await MonthsAsync(books.Museum.Id);
        await app.InSystemScopeAsync(async (_, db) => { await LedgerTotals.RebuildAsync(db, books.Museum.Id); return 0; });
        Assert.Equal(await MonthsAsync(books.Museum.Id), kept);
        Assert.Contains(kept, m => m.Item3 == 11 && m.Item6 == 300m);
        Assert.Equal((9_000m, 400m), await books.LineAsync());
    }

    [Fact]
    public async Task A_range_of_whole_months_and_a_range_cut_mid_month_give_the_same_2020_figures()
    {
        var admin = await app.AdminAsync();
        var months = await admin.GetJsonAsync("/api/v1/finance/execution?year=2020&from=2020-01-01&to=2020-12-31");
        var ledger = await admin.GetJsonAsync("/api/v1/finance/execution?year=2020&from=2020-01-01&to=2020-12-30");
        Assert.Equal(months.GetProperty("lines").GetRawText(), ledger.GetProperty("lines").GetRawText());
        Assert.Equal(months.GetProperty("procurementTotal").GetDecimal(), ledger.GetProperty("procurementTotal").GetDecimal());
        Assert.Equal(months.GetProperty("threePublic").GetRawText(), ledger.GetProperty("threePublic").GetRawText());
    }
}

[Collection("sqlite")]
public sealed class LedgerTotalsOnSqlite(SqliteApp app) : LedgerTotalsTests(app);

[Collection("postgres")]
public sealed class LedgerTotalsOnPostgres(PostgresApp app) : LedgerTotalsTests(app);
