using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>The module's figures from its records, for one period: one definition for the metrics, the statistics endpoint and the pages.</summary>
public static class ExhibitFigures
{
    /// <summary>Exhibits in halls that count as on display at some time (not retired, not on tour).</summary>
    private static IQueryable<Exhibit> Displayable(MuseumDb db) =>
        db.Exhibits.Where(e => e.HallId != null && e.Status != ExhibitStatus.Retired && e.Status != ExhibitStatus.OnTour);

    public static Task<int> OnDisplayAsync(MuseumDb db, DateOnly on, CancellationToken ct) =>
        Displayable(db).CountAsync(e => e.PurchaseDate == null || e.PurchaseDate <= on, ct);

    /// <summary>Exhibits a renewal project brought into the halls in the period, by floor.</summary>
    public static async Task<Dictionary<int, int>> RenewedByFloorAsync(MuseumDb db, MetricPeriod period, CancellationToken ct) =>
        await (from e in db.Exhibits
               where e.RenewalProjectId != null && e.PurchaseDate >= period.From && e.PurchaseDate <= period.To
               join h in db.Halls on e.HallId equals h.Id
               group e by h.Floor into g
               select new { Floor = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Floor, x => x.Count, ct);

    public static Task<int> CaravanExhibitsAsync(MuseumDb db, MetricPeriod period, CancellationToken ct) =>
        db.Exhibits.CountAsync(e => e.Category == ExhibitCategory.Caravan && e.PurchaseDate >= period.From && e.PurchaseDate <= period.To, ct);

    /// <summary>维护维修: work orders done in the period.</summary>
    public static Task<int> MaintenanceJobsAsync(MuseumDb db, MetricPeriod period, CancellationToken ct)
    {
        if (Months(period) is var (a, b))
            return db.RepairMonths.Where(m => m.Year * 12 + m.Month >= a && m.Year * 12 + m.Month <= b).SumAsync(m => m.Jobs, ct);
        var (from, to) = Periods.Utc(period.From, period.To);
        return db.WorkOrders.CountAsync(o => o.DoneAt >= from && o.DoneAt < to, ct);
    }

    /// <summary>
    /// 完好率 from the stored downtime: the exhibits on display per hall and acquisition day (a few rows), then per stretch
    /// of days between acquisitions the down exhibit-days per hall, whole months from <see cref="HallDownMonth"/> and cut
    /// months and open runs from the runs (<see cref="DownMonths.DownDaysAsync"/>). Equal to <see cref="IntegrityFromRunsAsync"/>
    /// and <see cref="IntegrityFromOrdersAsync"/>.
    /// </summary>
    public static Task<IntegrityRate.Result> IntegrityAsync(MuseumDb db, MetricPeriod period, DateOnly today, CancellationToken ct) =>
        IntegrityByStretchAsync(db, period, today, (a, b) => DownMonths.DownDaysAsync(db, a, b, ct), ct);

    /// <summary>完好率 summing every stored run that overlaps each stretch (before the stored months; kept for checks and the bench).</summary>
    public static Task<IntegrityRate.Result> IntegrityFromRunsAsync(MuseumDb db, MetricPeriod period, DateOnly today, CancellationToken ct) =>
        IntegrityByStretchAsync(db, period, today, (a, b) => db.ExhibitDowntimes.Where(d => d.FromDay <= b && (d.ToDay == null || d.ToDay >= a)).GroupBy(d => d.HallId)
            .Select(g => new { Hall = g.Key, Days = g.Sum(d => (d.ToDay == null || d.ToDay > b ? b : d.ToDay.Value) - (d.FromDay < a ? a : d.FromDay) + 1) })
            .ToDictionaryAsync(x => x.Hall, x => x.Days, ct), ct);

    private static async Task<IntegrityRate.Result> IntegrityByStretchAsync(MuseumDb db, MetricPeriod period, DateOnly today,
        Func<int, int, Task<Dictionary<Guid, int>>> downDays, CancellationToken ct)
    {
        var to = period.To < today ? period.To : today;
        var shown = await Displayable(db).Where(e => e.PurchaseDate == null || e.PurchaseDate <= to)
            .GroupBy(e => new { Hall = e.HallId!.Value, e.PurchaseDate }).Select(g => new { g.Key.Hall, g.Key.PurchaseDate, Count = g.Count() }).ToListAsync(ct);
        var halls = shown.Select(s => s.Hall).Distinct().ToList();
        int first = period.From.DayNumber, last = to.DayNumber;
        var starts = shown.Where(s => s.PurchaseDate is { } p && p.DayNumber > first).Select(s => s.PurchaseDate!.Value.DayNumber)
            .Append(first).Distinct().Order().ToList();
        var stretches = new List<IntegrityStretches.Stretch>();
        for (var i = 0; i < starts.Count && starts[i] <= last; i++)
        {
            int a = starts[i], b = i + 1 < starts.Count ? Math.Min(last, starts[i + 1] - 1) : last;
            var onDisplay = shown.Where(s => s.PurchaseDate is not { } p || p.DayNumber <= a).GroupBy(s => s.Hall).ToDictionary(g => g.Key, g => g.Sum(s => s.Count));
            stretches.Add(new(b - a + 1, onDisplay, await downDays(a, b)));
        }
        return IntegrityStretches.Compute(halls, stretches);
    }

    /// <summary>完好率 from the work orders themselves (the definition the stored runs must equal; kept for checks and the bench).</summary>
    public static async Task<IntegrityRate.Result> IntegrityFromOrdersAsync(MuseumDb db, MetricPeriod period, DateOnly today, CancellationToken ct)
    {
        var to = period.To < today ? period.To : today;
        var exhibits = await Displayable(db).Where(e => e.PurchaseDate == null || e.PurchaseDate <= to)
            .Select(e => new IntegrityRate.OnDisplay(e.Id, e.HallId!.Value, e.PurchaseDate)).ToListAsync(ct);
        var (fromUtc, toUtc) = Periods.Utc(period.From, to);
        // No join: the orders of exhibits not on display are dropped here, against the list just read.
        var shown = exhibits.Select(e => e.Id).ToHashSet();
        var orders = await db.WorkOrders.AsNoTracking()
            .Where(o => o.ReportedAt < toUtc && (o.DoneAt == null || o.DoneAt >= fromUtc) && o.Downtime != DowntimeReason.None)
            .Select(o => new { o.ExhibitId, o.ReportedAt, o.DoneAt }).ToListAsync(ct);
        var downtimes = orders.Where(o => shown.Contains(o.ExhibitId)).Select(o => new IntegrityRate.Downtime(o.ExhibitId, Periods.LocalDate(o.ReportedAt),
            o.DoneAt is { } d ? Periods.LocalDate(d) : null)).ToList();
        return IntegrityRate.Compute(exhibits, downtimes, period.From, to);
    }

    /// <summary>Summed by the database: each done order's hours, and the hours its transitions into and out of the two
    /// waiting states bracket (an order leaves a waiting state before it is done, so exits minus entries up to
    /// <see cref="WorkOrder.DoneAt"/> is its waiting time).</summary>
    public static async Task<RepairTime.Result> RepairTimeAsync(MuseumDb db, MetricPeriod period, CancellationToken ct)
    {
        if (Months(period) is not var (a, b)) return await RepairTimeFromOrdersAsync(db, period, ct);
        var totals = await db.RepairMonths.Where(m => m.Year * 12 + m.Month >= a && m.Year * 12 + m.Month <= b).GroupBy(_ => 1)
            .Select(g => new { Jobs = g.Sum(m => m.Jobs), Seconds = g.Sum(m => m.Seconds), Parts = g.Sum(m => m.PartsSeconds), Procurement = g.Sum(m => m.ProcurementSeconds) })
            .FirstOrDefaultAsync(ct);
        return totals is null ? RepairTime.Compute(0, 0, 0, 0) : RepairTime.Compute(totals.Jobs, totals.Seconds / 3600, totals.Parts / 3600, totals.Procurement / 3600);
    }

    /// <summary>A period of whole months as month numbers (year × 12 + month), which the stored <see cref="RepairMonth"/>s answer; null otherwise.</summary>
    private static (int From, int To)? Months(MetricPeriod p) =>
        p.From.Day == 1 && p.To.AddDays(1).Day == 1 && p.From <= p.To ? (p.From.Year * 12 + p.From.Month, p.To.Year * 12 + p.To.Month) : null;

    /// <summary>The repair time from the orders and their transitions (periods that cut a month; the definition the stored months must equal).</summary>
    public static async Task<RepairTime.Result> RepairTimeFromOrdersAsync(MuseumDb db, MetricPeriod period, CancellationToken ct)
    {
        var (start, end) = Periods.Utc(period.From, period.To);
        var done = db.WorkOrders.Where(o => o.DoneAt >= start && o.DoneAt < end);
        var totals = await done.GroupBy(_ => 1)
            .Select(g => new { Jobs = g.Count(), Seconds = g.Sum(o => SqlTime.Seconds(o.DoneAt!.Value) - SqlTime.Seconds(o.ReportedAt)) })
            .FirstOrDefaultAsync(ct);
        if (totals is null) return RepairTime.Compute(0, 0, 0, 0);
        const WorkOrderState parts = WorkOrderState.WaitingForParts, procurement = WorkOrderState.WaitingForProcurement;
        // Entries and exits apart, so each reads its own index on the few waiting transitions.
        var entered = await (from t in db.WorkOrderTransitions
                             where t.To == parts || t.To == procurement
                             join o in done on t.WorkOrderId equals o.Id
                             where t.At <= o.DoneAt
                             group t by t.To into g
                             select new { State = g.Key, Seconds = g.Sum(t => SqlTime.Seconds(t.At)) }).ToDictionaryAsync(x => x.State, x => x.Seconds, ct);
        var left = await (from t in db.WorkOrderTransitions
                          where t.From == parts || t.From == procurement
                          join o in done on t.WorkOrderId equals o.Id
                          where t.At <= o.DoneAt
                          group t by t.From!.Value into g
                          select new { State = g.Key, Seconds = g.Sum(t => SqlTime.Seconds(t.At)) }).ToDictionaryAsync(x => x.State, x => x.Seconds, ct);
        double Hours(WorkOrderState s) => (left.GetValueOrDefault(s) - entered.GetValueOrDefault(s)) / 3600;
        return RepairTime.Compute(totals.Jobs, totals.Seconds / 3600, Hours(WorkOrderState.WaitingForParts), Hours(WorkOrderState.WaitingForProcurement));
    }
}
