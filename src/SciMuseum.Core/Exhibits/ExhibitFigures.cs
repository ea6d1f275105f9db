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
        var (from, to) = Periods.Utc(period.From, period.To);
        return db.WorkOrders.CountAsync(o => o.DoneAt >= from && o.DoneAt < to, ct);
    }

    public static async Task<IntegrityRate.Result> IntegrityAsync(MuseumDb db, MetricPeriod period, DateOnly today, CancellationToken ct)
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
