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
        var orders = await (from o in db.WorkOrders
                            join e in Displayable(db) on o.ExhibitId equals e.Id
                            where o.ReportedAt < toUtc && (o.DoneAt == null || o.DoneAt >= fromUtc) && o.Downtime != DowntimeReason.None
                            select new { o.ExhibitId, o.ReportedAt, o.DoneAt }).ToListAsync(ct);
        var downtimes = orders.Select(o => new IntegrityRate.Downtime(o.ExhibitId, Periods.LocalDate(o.ReportedAt),
            o.DoneAt is { } d ? Periods.LocalDate(d) : null)).ToList();
        return IntegrityRate.Compute(exhibits, downtimes, period.From, to);
    }

    public static async Task<RepairTime.Result> RepairTimeAsync(MuseumDb db, MetricPeriod period, CancellationToken ct)
    {
        var (start, end) = Periods.Utc(period.From, period.To);
        var done = await db.WorkOrders.Where(o => o.DoneAt >= start && o.DoneAt < end)
            .Select(o => new { o.Id, o.ReportedAt, DoneAt = o.DoneAt!.Value }).ToListAsync(ct);
        var steps = await (from t in db.WorkOrderTransitions
                           join o in db.WorkOrders on t.WorkOrderId equals o.Id
                           where o.DoneAt >= start && o.DoneAt < end
                           select new RepairTime.Step(t.WorkOrderId, t.To, t.At)).ToListAsync(ct);
        return RepairTime.Compute([.. done.Select(d => (d.Id, d.ReportedAt, d.DoneAt))], steps);
    }
}
