using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

public enum Light
{
    Green,
    Amber,
    Red,
}

/// <summary>
/// 双监控 on the budget side: each line's cumulative spending against its planned curve, month by month. The base is
/// the funds received so far (the report's execution rate is spent ÷ received); a line is amber when it trails the
/// plan by more than the threshold, red when by more than three times it.
/// </summary>
public sealed class Monitoring(MuseumDb db)
{
    public sealed record Month(int Number, decimal Received, decimal Spent, decimal PlannedPercent, decimal? ActualPercent, decimal Gap, Light Light);

    public sealed record Line(Guid LineId, string Code, string Name, Guid? DepartmentId, IReadOnlyList<Month> Months, Month Current);

    public sealed record Report(int Year, int Month, decimal Threshold, IReadOnlyList<Line> Lines)
    {
        public IEnumerable<Line> Behind => Lines.Where(l => l.Current.Light != Light.Green);
    }

    public static IReadOnlyList<decimal> EvenPlan { get; } = [.. Enumerable.Range(1, 12).Select(m => Money.Round(m * 100m / 12m))];

    public async Task<Report> RunAsync(int year, int month, decimal threshold, IReadOnlyCollection<Guid>? departments = null, CancellationToken ct = default)
    {
        var query = db.BudgetLines.AsNoTracking().Where(l => l.Budget!.Year == year);
        if (departments is not null) query = query.Where(l => l.DepartmentId != null && departments.Contains(l.DepartmentId.Value));
        var lines = await query.OrderBy(l => l.SortOrder).ThenBy(l => l.Code).ToListAsync(ct);
        var ids = lines.Select(l => l.Id).ToList();
        var months = await db.LedgerMonths.AsNoTracking().Where(m => ids.Contains(m.LineId) && m.Year == year)
            .Select(m => new { m.LineId, m.Month, m.Received, m.Spent }).ToListAsync(ct);
        var received = months.ToDictionary(m => (m.LineId, m.Month), m => m.Received);
        var spent = months.ToDictionary(m => (m.LineId, m.Month), m => m.Spent);

        var report = lines.Select(l =>
        {
            var plan = l.MonthlyPlan.Count == 12 ? l.MonthlyPlan : EvenPlan;
            decimal cumulativeReceived = 0, cumulativeSpent = 0;
            var months = new List<Month>();
            for (var m = 1; m <= 12; m++)
            {
                cumulativeReceived += received.GetValueOrDefault((l.Id, m));
                cumulativeSpent += spent.GetValueOrDefault((l.Id, m));
                var actual = Money.Percent(cumulativeSpent, cumulativeReceived, 2);
                var gap = actual is { } a ? Math.Max(plan[m - 1] - a, 0m) : 0m;
                months.Add(new Month(m, cumulativeReceived, cumulativeSpent, plan[m - 1], actual, Money.Trim(gap), LightFor(gap, threshold)));
            }
            return new Line(l.Id, l.Code, l.Name, l.DepartmentId, months, months[month - 1]);
        }).ToList();
        return new Report(year, month, threshold, report);
    }

    public static Light LightFor(decimal gap, decimal threshold) =>
        gap > threshold * 3 ? Light.Red : gap > threshold ? Light.Amber : Light.Green;
}
