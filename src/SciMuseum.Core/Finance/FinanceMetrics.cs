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
        var received = await Sums(db.Receipts.Where(r => ids.Contains(r.LineId) && r.Date >= start && r.Date <= end)
            .GroupBy(r => r.LineId).Select(g => new LineSum(g.Key, g.Sum(r => r.Amount))), ct);
        var expenditures = db.Expenditures.Where(e => ids.Contains(e.LineId) && e.Date >= start && e.Date <= end);
        var spent = await Sums(expenditures.GroupBy(e => e.LineId).Select(g => new LineSum(g.Key, g.Sum(e => e.Amount))), ct);
        var threePublicSpent = await expenditures
            .Where(e => e.Category == ExpenditureCategory.OfficialReception || e.Category == ExpenditureCategory.OfficialVehicle
                || e.Category == ExpenditureCategory.OverseasTravel)
            .SumAsync(e => e.Amount, ct);
        var procurement = await expenditures.Where(e => e.IsProcurement).SumAsync(e => e.Amount, ct);

        var rows = lines.Select(l =>
        {
            var adjustments = adjusted.GetValueOrDefault(l.Id);
            var current = l.Approved + adjustments;
            var r = received.GetValueOrDefault(l.Id);
            var s = spent.GetValueOrDefault(l.Id);
            return new LineFigures(l.Id, l.Code, l.Name, l.Kind, l.Source, l.DepartmentId, l.IsThreePublic, l.Approved, adjustments,
                current, r, s, r - s, Money.Percent(s, r, 2), Money.Percent(s, current, 2));
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

    private static Task<Dictionary<Guid, decimal>> Sums(IQueryable<LineSum> query, CancellationToken ct) =>
        query.ToDictionaryAsync(x => x.LineId, x => x.Amount, ct);
}
