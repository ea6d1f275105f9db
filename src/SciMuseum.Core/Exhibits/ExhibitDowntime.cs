using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// One run of days an exhibit on display was down (停用): its work orders that take it down, merged, from the local day
/// the fault was reported to the day the repair was done, never before the exhibit was acquired. <see cref="ToDay"/> is
/// null while an order is open. Days are <see cref="DateOnly.DayNumber"/>s, so the integrity rate sums them in SQL on
/// both databases. Derived from the work orders: <see cref="ExhibitDowntimes.RefreshAsync"/> rewrites an exhibit's runs in
/// the transaction that changes its orders or the exhibit itself; only exhibits that count as on display have runs.
/// </summary>
public sealed class ExhibitDowntime : IMuseumOwned, ISelfAudited
{
    public Guid MuseumId { get; set; }
    public Guid ExhibitId { get; set; }
    public Guid HallId { get; set; }
    public int FromDay { get; set; }
    public int? ToDay { get; set; }
}

/// <summary>Per museum and local month of <see cref="WorkOrder.DoneAt"/>: the orders done, their summed repair time and the time they waited.</summary>
public sealed class RepairMonth : IMuseumOwned, ISelfAudited
{
    public Guid MuseumId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public int Jobs { get; set; }
    public double Seconds { get; set; }
    public double PartsSeconds { get; set; }
    public double ProcurementSeconds { get; set; }
}

internal sealed class ExhibitDowntimeConfiguration : IEntityTypeConfiguration<ExhibitDowntime>
{
    public void Configure(EntityTypeBuilder<ExhibitDowntime> b)
    {
        b.ToTable("ExhibitDowntimes");
        b.HasKey(x => new { x.ExhibitId, x.FromDay });
        // Covering for the integrity rate: the runs that overlap a stretch of days, summed per hall.
        b.HasIndex(x => new { x.MuseumId, x.FromDay, x.ToDay, x.HallId });
        // Led by the day, so SQLite ranges on them despite the tenant filter's OR: the runs that start in a cut month, the
        // runs that end in it, the open runs (DownMonths.DownDaysAsync).
        b.HasIndex(x => new { x.FromDay, x.ToDay, x.HallId }).HasDatabaseName("IX_ExhibitDowntimes_FromDay_ToDay_HallId");
        b.HasIndex(x => new { x.ToDay, x.FromDay, x.HallId }).HasDatabaseName("IX_ExhibitDowntimes_ToDay_FromDay_HallId");
        b.HasOne<Exhibit>().WithMany().HasForeignKey(x => x.ExhibitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RepairMonthConfiguration : IEntityTypeConfiguration<RepairMonth>
{
    public void Configure(EntityTypeBuilder<RepairMonth> b)
    {
        b.ToTable("RepairMonths");
        b.HasKey(x => new { x.MuseumId, x.Year, x.Month });
    }
}

/// <summary>Keeps <see cref="ExhibitDowntime"/> equal to what the exhibit's work orders say.</summary>
public static class ExhibitDowntimes
{
    public sealed record Order(DateTime ReportedAt, DateTime? DoneAt);

    public static bool Displayed(Exhibit e) => e.HallId != null && e.Status is not (ExhibitStatus.Retired or ExhibitStatus.OnTour) && !e.IsDeleted;

    /// <summary>The merged runs of days (day numbers; To null: still open) of orders that take the exhibit down, from <paramref name="since"/> on.</summary>
    public static List<(int From, int? To)> Runs(DateOnly? since, IEnumerable<Order> orders)
    {
        const long Open = long.MaxValue / 2;
        var start = since?.DayNumber ?? 0;
        var spans = orders.Select(o => (From: (long)Math.Max(start, Periods.LocalDate(o.ReportedAt).DayNumber),
                To: o.DoneAt is { } d ? Periods.LocalDate(d).DayNumber : Open))
            .Where(x => x.From <= x.To).OrderBy(x => x.From).ToList();
        var runs = new List<(int, int?)>();
        var (any, runFrom, runTo) = (false, 0L, 0L);
        foreach (var (a, b) in spans)
        {
            if (!any) (any, runFrom, runTo) = (true, a, b);
            else if (a > runTo + 1) { runs.Add(Run(runFrom, runTo)); (runFrom, runTo) = (a, b); }
            else runTo = Math.Max(runTo, b);
        }
        if (any) runs.Add(Run(runFrom, runTo));
        return runs;
        static (int, int?) Run(long a, long b) => ((int)a, b >= Open ? null : (int)b);
    }

    public static IEnumerable<ExhibitDowntime> Rows(Exhibit e, IEnumerable<Order> orders) => !Displayed(e) ? [] :
        Runs(e.PurchaseDate, orders).Select(r => new ExhibitDowntime { MuseumId = e.MuseumId, ExhibitId = e.Id, HallId = e.HallId!.Value, FromDay = r.From, ToDay = r.To });

    /// <summary>
    /// Rewrites the exhibit's runs from its orders: those saved (as this transaction sees them) and those added to the unit
    /// of work. Call inside the transaction that changes the orders or the exhibit, before its SaveChanges.
    /// </summary>
    public static async Task RefreshAsync(MuseumDb db, Exhibit exhibit, CancellationToken ct)
    {
        // One rewrite of an exhibit's runs at a time: a no-op update locks the exhibit's row until the transaction ends, so
        // a second order moved on the same exhibit at the same instant rewrites after this one commits, and reads its order.
        await db.Exhibits.IgnoreQueryFilters().Where(e => e.Id == exhibit.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Code, e => e.Code), ct);
        var old = await ClearAsync(db, exhibit.Id, ct);
        if (!Displayed(exhibit)) { await DownMonths.MoveAsync(db, old, [], ct); return; }
        var saved = await db.WorkOrders.AsNoTracking().Where(o => o.ExhibitId == exhibit.Id && o.Downtime != DowntimeReason.None)
            .Select(o => new Order(o.ReportedAt, o.DoneAt)).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<WorkOrder>().Where(x => x.State == EntityState.Added && x.Entity.ExhibitId == exhibit.Id
            && x.Entity.Downtime != DowntimeReason.None).Select(x => new Order(x.Entity.ReportedAt, x.Entity.DoneAt));
        var rows = Rows(exhibit, saved.Concat(added)).ToList();
        db.ExhibitDowntimes.AddRange(rows);
        await DownMonths.MoveAsync(db, old, rows, ct);
    }

    /// <summary>Deletes the exhibit's runs (returned, as they were) without touching the stored months.</summary>
    private static async Task<List<ExhibitDowntime>> ClearAsync(MuseumDb db, Guid exhibitId, CancellationToken ct)
    {
        var old = await db.ExhibitDowntimes.AsNoTracking().IgnoreQueryFilters().Where(d => d.ExhibitId == exhibitId).ToListAsync(ct);
        await db.ExhibitDowntimes.IgnoreQueryFilters().Where(d => d.ExhibitId == exhibitId).ExecuteDeleteAsync(ct);
        foreach (var stale in db.ChangeTracker.Entries<ExhibitDowntime>().Where(x => x.Entity.ExhibitId == exhibitId).ToList()) stale.State = EntityState.Detached;
        return old;
    }

    /// <summary>A removed exhibit: its runs go, and their days leave the stored months (inside the removal's transaction).</summary>
    public static async Task RemoveAsync(MuseumDb db, Guid exhibitId, CancellationToken ct)
    {
        if (!await db.Exhibits.AnyAsync(e => e.Id == exhibitId, ct)) return; // another museum's exhibit: not ours to touch
        await db.Exhibits.IgnoreQueryFilters().Where(e => e.Id == exhibitId).ExecuteUpdateAsync(u => u.SetProperty(e => e.Code, e => e.Code), ct);
        await DownMonths.MoveAsync(db, await ClearAsync(db, exhibitId, ct), [], ct);
    }

    /// <summary>Rebuilds the runs and repair months from the work orders, of one museum or all (start-up backfill; idempotent).</summary>
    public static async Task RebuildAsync(MuseumDb db, Guid? museumId, CancellationToken ct)
    {
        bool Mine(Guid m) => museumId is null || m == museumId;
        await db.ExhibitDowntimes.IgnoreQueryFilters().Where(d => museumId == null || d.MuseumId == museumId).ExecuteDeleteAsync(ct);
        await db.RepairMonths.IgnoreQueryFilters().Where(d => museumId == null || d.MuseumId == museumId).ExecuteDeleteAsync(ct);
        await db.HallDownMonths.IgnoreQueryFilters().Where(d => museumId == null || d.MuseumId == museumId).ExecuteDeleteAsync(ct);
        var exhibits = await db.Exhibits.AsNoTracking().IgnoreQueryFilters().Where(e => museumId == null || e.MuseumId == museumId).ToListAsync(ct);
        var orders = await db.WorkOrders.AsNoTracking().IgnoreQueryFilters([MuseumDb.TenantFilter]).Where(o => museumId == null || o.MuseumId == museumId).ToListAsync(ct);
        var waits = await db.WorkOrderTransitions.AsNoTracking().IgnoreQueryFilters([MuseumDb.TenantFilter]).Where(t => museumId == null || t.MuseumId == museumId)
            .Where(t => t.From == WorkOrderState.WaitingForParts || t.From == WorkOrderState.WaitingForProcurement
                || t.To == WorkOrderState.WaitingForParts || t.To == WorkOrderState.WaitingForProcurement).ToListAsync(ct);
        var byExhibit = orders.Where(o => o.Downtime != DowntimeReason.None).ToLookup(o => o.ExhibitId, o => new Order(o.ReportedAt, o.DoneAt));
        var runs = exhibits.Where(e => Mine(e.MuseumId)).SelectMany(e => Rows(e, byExhibit[e.Id])).ToList();
        db.ExhibitDowntimes.AddRange(runs);
        db.HallDownMonths.AddRange(DownMonths.Of(runs));
        db.RepairMonths.AddRange(RepairTotals.Months(orders, waits));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Backfills the stored figures once: when work orders exist and nothing has been stored yet.</summary>
    public static async Task BackfillAsync(MuseumDb db, CancellationToken ct)
    {
        // Runs stored before HallDownMonths existed (migration AddHallDownMonths): count their months once.
        if (!await db.HallDownMonths.IgnoreQueryFilters().AnyAsync(ct) && await db.ExhibitDowntimes.IgnoreQueryFilters().AnyAsync(d => d.ToDay != null, ct))
        {
            db.HallDownMonths.AddRange(DownMonths.Of(await db.ExhibitDowntimes.IgnoreQueryFilters().AsNoTracking().ToListAsync(ct)));
            await db.SaveChangesAsync(ct);
        }
        if (await db.ExhibitDowntimes.IgnoreQueryFilters().AnyAsync(ct) || await db.RepairMonths.IgnoreQueryFilters().AnyAsync(ct)) return;
        if (!await db.WorkOrders.IgnoreQueryFilters().AnyAsync(ct)) return;
        await RebuildAsync(db, null, ct);
    }
}
