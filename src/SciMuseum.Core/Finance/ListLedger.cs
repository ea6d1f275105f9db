using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

/// <summary>The ledger of a year, a line or a date range, newest first.</summary>
public static class ListLedger
{
    public sealed record Query(int? Year, Guid? LineId, DateOnly? From, DateOnly? To, int? Page, int? PageSize);

    public sealed record ExpenditureRow(Guid Id, Guid LineId, string LineCode, string LineName, DateOnly Date, decimal Amount, string Payee,
        ExpenditureCategory Category, bool IsProcurement, string ProcurementMethod, string ContractNumber, string VoucherNumber,
        string Note, string OverrideReason);

    public sealed record ReceiptRow(Guid Id, Guid LineId, string LineCode, string LineName, DateOnly Date, decimal Amount,
        string DocumentNumber, string Note);

    public static Task<Page<ExpenditureRow>> ExpendituresAsync(MuseumDb db, Query q, CancellationToken ct) =>
        Expenditures(db, q).ToPageAsync(q.Page, q.PageSize, ct);

    public static Task<Page<ReceiptRow>> ReceiptsAsync(MuseumDb db, Query q, CancellationToken ct) =>
        Receipts(db, q).ToPageAsync(q.Page, q.PageSize, ct);

    /// <summary>Every matching expenditure, newest first (what an export writes).</summary>
    public static IQueryable<ExpenditureRow> Expenditures(MuseumDb db, Query q) =>
        from e in Filter(db, db.Expenditures, q)
         join l in db.BudgetLines on e.LineId equals l.Id
         orderby e.Date descending, e.Id descending
         select new ExpenditureRow(e.Id, e.LineId, l.Code, l.Name, e.Date, e.Amount, e.Payee, e.Category, e.IsProcurement,
             e.ProcurementMethod, e.ContractNumber, e.VoucherNumber, e.Note, e.OverrideReason);

    /// <summary>Every matching receipt, newest first.</summary>
    public static IQueryable<ReceiptRow> Receipts(MuseumDb db, Query q) =>
        from r in Filter(db, db.Receipts, q)
         join l in db.BudgetLines on r.LineId equals l.Id
         orderby r.Date descending, r.Id descending
         select new ReceiptRow(r.Id, r.LineId, l.Code, l.Name, r.Date, r.Amount, r.DocumentNumber, r.Note);

    private static IQueryable<T> Filter<T>(MuseumDb db, IQueryable<T> rows, Query q) where T : class, ILedgerEntry
    {
        var result = rows.AsNoTracking();
        if (q.LineId is { } id) result = result.Where(e => e.LineId == id);
        if (q.Year is { } year)
        {
            var lines = db.BudgetLines.Where(l => l.Budget!.Year == year).Select(l => l.Id);
            result = result.Where(e => lines.Contains(e.LineId));
        }
        if (q.From is { } from) result = result.Where(e => e.Date >= from);
        if (q.To is { } to) result = result.Where(e => e.Date <= to);
        return result;
    }
}
