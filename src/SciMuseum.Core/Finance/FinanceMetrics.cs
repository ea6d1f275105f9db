using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

/// <summary>
/// The finance module's figures, aggregated in the database: the execution table per line and in total, 三公经费 and
/// procurement. Pages, API, dashboard, scoring and the report all read them here.
/// </summary>
public sealed class FinanceMetrics(MuseumDb db)
{
    /// <param name="departments">Only these departments' lines (a department's own view); null for all.</param>
    public async Task<ExecutionTable> ExecutionAsync(int year, DateOnly? from = null, DateOnly? to = null,
        IReadOnlyCollection<Guid>? departments = null, CancellationToken ct = default)
    {
        var start = from ?? new DateOnly(year, 1, 1);
        var end = to ?? new DateOnly(year, 12, 31);
        var query = db.BudgetLines.AsNoTracking().Where(l => l.Budget!.Year == year);
        if (departments is not null) query = query.Where(l => l.DepartmentId != null && departments.Contains(l.DepartmentId.Value));
        var lines = await query.OrderBy(l => l.SortOrder).ThenBy(l => l.Code).ToListAsync(ct);
        var ids = lines.Select(l => l.Id).ToList();

        var adjusted = await Sums(db.BudgetAdjustments.Where(a => ids.Contains(a.LineId) && a.Date <= end)
            .GroupBy(a => a.LineId).Select(g => new LineSum(g.Key, g.Sum(a => a.Amount))), ct);
        var ledger = WholeMonths(start, end)
            ? await FromMonthsAsync(ids, start, end, ct)
            : await FromLedgerAsync(ids, start, end, ct);
        var (received, spent, threePublicSpent, procurement) = ledger;
        var imported = await PastTotalsAsync(ids, start, end, ct);

        var rows = lines.Select(l =>
        {
            var adjustments = adjusted.GetValueOrDefault(l.Id);
            var current = l.Approved + adjustments;
            var r = received.GetValueOrDefault(l.Id);
            var s = spent.GetValueOrDefault(l.Id);
            return new LineFigures(l.Id, l.Code, l.Name, l.Kind, l.Source, l.DepartmentId, l.IsThreePublic, l.Approved, adjustments,
                current, r, s, r - s, Money.Percent(s, r, 2), Money.Percent(s, current, 2), imported.GetValueOrDefault(l.Id));
        }).ToList();

        var threePublicLines = rows.Where(l => l.IsThreePublic).ToList();
        var threePublicBudget = threePublicLines.Sum(l => l.CurrentBudget);
        var threePublic = new ThreePublicFigures(threePublicBudget, threePublicLines.Sum(l => l.Received), threePublicSpent,
            threePublicSpent <= threePublicBudget, Money.Percent(threePublicSpent, threePublicBudget, 2));

        return new ExecutionTable(year, start, end, rows, Totals(rows), Totals(rows.Where(l => l.Kind == LineKind.Project)),
            Totals(rows.Where(l => l.Kind == LineKind.Basic)), threePublic, procurement);
    }

    private static ExecutionTotals Totals(IEnumerable<LineFigures> lines)
    {
        var list = lines.ToList();
        var received = list.Sum(l => l.Received);
        var spent = list.Sum(l => l.Spent);
        return new ExecutionTotals(list.Sum(l => l.Approved), list.Sum(l => l.CurrentBudget), received, spent, received - spent,
            Money.Percent(spent, received, 2));
    }

    private sealed record LineSum(Guid LineId, decimal Amount);

    private sealed record LedgerSums(Dictionary<Guid, decimal> Received, Dictionary<Guid, decimal> Spent, decimal ThreePublic, decimal Procurement);

    private static bool WholeMonths(DateOnly start, DateOnly end) =>
        start.Day == 1 && end.Day == DateTime.DaysInMonth(end.Year, end.Month);

    /// <summary>Whole months: the maintained monthly totals, 12 rows a line a year.</summary>
    private async Task<LedgerSums> FromMonthsAsync(List<Guid> ids, DateOnly start, DateOnly end, CancellationToken ct)
    {
        int first = start.Year * 12 + start.Month, last = end.Year * 12 + end.Month;
        var rows = await db.LedgerMonths.AsNoTracking()
            .Where(m => ids.Contains(m.LineId) && m.Year * 12 + m.Month >= first && m.Year * 12 + m.Month <= last)
            .GroupBy(m => m.LineId)
            .Select(g => new { g.Key, Received = g.Sum(m => m.Received), Spent = g.Sum(m => m.Spent),
                ThreePublic = g.Sum(m => m.ThreePublicSpent), Procurement = g.Sum(m => m.ProcurementSpent) })
            .ToListAsync(ct);
        return new LedgerSums(rows.ToDictionary(r => r.Key, r => r.Received), rows.ToDictionary(r => r.Key, r => r.Spent),
            rows.Sum(r => r.ThreePublic), rows.Sum(r => r.Procurement));
    }

    /// <summary>Any other range: summed from the ledger itself.</summary>
    private async Task<LedgerSums> FromLedgerAsync(List<Guid> ids, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var received = await Sums(db.Receipts.Where(r => ids.Contains(r.LineId) && r.Date >= start && r.Date <= end)
            .GroupBy(r => r.LineId).Select(g => new LineSum(g.Key, g.Sum(r => r.Amount))), ct);
        var expenditures = db.Expenditures.Where(e => ids.Contains(e.LineId) && e.Date >= start && e.Date <= end);
        var spent = await Sums(expenditures.GroupBy(e => e.LineId).Select(g => new LineSum(g.Key, g.Sum(e => e.Amount))), ct);
        var threePublic = await expenditures
            .Where(Expenditure.ThreePublic)
            .SumAsync(e => e.Amount, ct);
        var procurement = await expenditures.Where(e => e.IsProcurement).SumAsync(e => e.Amount, ct);
        return new LedgerSums(received, spent, threePublic, procurement);
    }

    /// <summary>The imported past totals inside the period, per line: few rows, read from the ledger beside the monthly totals they are part of.</summary>
    private async Task<Dictionary<Guid, PastTotalFigures>> PastTotalsAsync(List<Guid> ids, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var received = await db.Receipts.AsNoTracking().Where(r => r.IsPastTotal && ids.Contains(r.LineId) && r.Date >= start && r.Date <= end)
            .Select(r => new { r.LineId, r.Date, r.Amount }).ToListAsync(ct);
        var spent = await db.Expenditures.AsNoTracking().Where(e => e.IsPastTotal && ids.Contains(e.LineId) && e.Date >= start && e.Date <= end)
            .Select(e => new { e.LineId, e.Date, e.Amount }).ToListAsync(ct);
        return received.Select(r => r.LineId).Concat(spent.Select(e => e.LineId)).Distinct().ToDictionary(id => id, id => new PastTotalFigures(
            received.Where(r => r.LineId == id).Select(r => r.Date).Concat(spent.Where(e => e.LineId == id).Select(e => e.Date)).Max(),
            received.Where(r => r.LineId == id).Sum(r => r.Amount), spent.Where(e => e.LineId == id).Sum(e => e.Amount)));
    }

    private static Task<Dictionary<Guid, decimal>> Sums(IQueryable<LineSum> query, CancellationToken ct) =>
        query.ToDictionaryAsync(x => x.LineId, x => x.Amount, ct);
}
