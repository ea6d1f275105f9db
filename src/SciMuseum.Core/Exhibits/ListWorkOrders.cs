using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>A work order as the board, the phone page and the API show it.</summary>
public sealed record WorkOrderView(Guid Id, string Number, Guid ExhibitId, string ExhibitCode, string ExhibitName, string? Hall, WorkOrderSource Source,
    WorkOrderPriority Priority, WorkOrderState State, string Description, string ReportedBy, string Contact, DateTime ReportedAt, DateTime DueAt,
    bool Overdue, string Assignee, DateTime? DoneAt, decimal? Cost, string Notes, DowntimeReason? Downtime, Guid? ParentWorkOrderId);

/// <summary>A checklist item of a preventive order with its result.</summary>
public sealed record CheckView(Guid Id, int Position, string Item, bool? Passed, string Note);

/// <summary>A transition as shown in an order's history, with how long the order stayed in the state it entered.</summary>
public sealed record TransitionView(WorkOrderState? From, WorkOrderState To, DateTime At, string By, string Note, double HoursInState);

/// <summary>Work orders by state, exhibit, assignee or year, latest due first.</summary>
public static class ListWorkOrders
{
    public sealed record Query(WorkOrderState? State = null, Guid? Exhibit = null, string? Assignee = null, int? Year = null, bool OpenOnly = false,
        Guid? Id = null, DateTime? DoneSince = null);

    public static IQueryable<WorkOrderView> Views(MuseumDb db, DateTime now, Query q)
    {
        var orders = db.WorkOrders.AsNoTracking();
        // Filters go on the rows before the projection: EF cannot translate them on a constructed record.
        if (q.Id is { } id) orders = orders.Where(o => o.Id == id);
        if (q.DoneSince is { } since) orders = orders.Where(o => o.DoneAt >= since);
        if (q.State is { } s) orders = orders.Where(o => o.State == s);
        // Open states listed as constants, not "neither Done nor Verified": each is then a range on the (State, DueAt) index.
        if (q.OpenOnly)
            orders = orders.Where(o => new[] { WorkOrderState.Reported, WorkOrderState.Assigned, WorkOrderState.InProgress, WorkOrderState.WaitingForParts,
                WorkOrderState.WaitingForProcurement }.Contains(o.State));
        if (q.Exhibit is { } e) orders = orders.Where(o => o.ExhibitId == e);
        if (!string.IsNullOrWhiteSpace(q.Assignee)) orders = orders.Where(o => o.Assignee == q.Assignee.Trim());
        if (q.Year is { } y)
        {
            var (from, to) = Periods.Utc(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            // DueAt lies in [ReportedAt, ReportedAt + MaxDueLead]: bounding it too makes the year a range of the (State, DueAt) index,
            // so a state's first page of a past year does not walk the later years' orders.
            var dueTo = to + WorkOrder.MaxDueLead;
            orders = orders.Where(o => o.ReportedAt >= from && o.ReportedAt < to && o.DueAt >= from && o.DueAt <= dueTo);
        }
        var rows = from o in orders
                   join x in db.Exhibits on o.ExhibitId equals x.Id
                   join h in db.Halls on x.HallId equals h.Id into hs
                   from h in hs.DefaultIfEmpty()
                   select new { o, x, h };
        // Orders done since a time come by DoneAt (a short range on its index); every other list by due time along (State, DueAt, Id).
        rows = q.DoneSince is null ? rows.OrderByDescending(r => r.o.DueAt).ThenByDescending(r => r.o.Id)
            : rows.OrderByDescending(r => r.o.DoneAt).ThenByDescending(r => r.o.Id);
        return rows.Select(r => new WorkOrderView(r.o.Id, r.o.Number, r.o.ExhibitId, r.x.Code, r.x.Name, r.h == null ? null : r.h.Name, r.o.Source, r.o.Priority,
            r.o.State, r.o.Description, r.o.ReportedBy, r.o.Contact, r.o.ReportedAt, r.o.DueAt,
            r.o.State != WorkOrderState.Done && r.o.State != WorkOrderState.Verified && r.o.DueAt < now,
            r.o.Assignee, r.o.DoneAt, r.o.Cost, r.o.Notes, r.o.Downtime, r.o.ParentWorkOrderId));
    }

    /// <summary>
    /// A page read in the database along the (State, DueAt, Id) or (DueAt, Id) index; the total stops at
    /// <see cref="Paging.CountCap"/> (a closed state holds hundreds of thousands of orders at five years).
    /// </summary>
    public static Task<CappedPage<WorkOrderView>> HandleAsync(MuseumDb db, DateTime now, Query q, int? page, int? pageSize, CancellationToken ct) =>
        Views(db, now, q).ToCappedPageAsync(page, pageSize, ct);

    /// <summary>The checklists of the given orders, by order.</summary>
    public static async Task<Dictionary<Guid, List<CheckView>>> ChecksAsync(MuseumDb db, IReadOnlyCollection<Guid> orders, CancellationToken ct) =>
        (await db.WorkOrderChecks.AsNoTracking().Where(k => orders.Contains(k.WorkOrderId)).OrderBy(k => k.Position).ToListAsync(ct))
            .GroupBy(k => k.WorkOrderId).ToDictionary(g => g.Key, g => g.Select(k => new CheckView(k.Id, k.Position, k.Item, k.Passed, k.Note)).ToList());

    /// <summary>One order with its history; null when it is not the museum's.</summary>
    public static async Task<(WorkOrderView Order, List<TransitionView> History)?> OneAsync(MuseumDb db, DateTime now, Guid id, CancellationToken ct)
    {
        if (await Views(db, now, new Query(Id: id)).FirstOrDefaultAsync(ct) is not { } order) return null;
        var steps = await db.WorkOrderTransitions.AsNoTracking().Where(t => t.WorkOrderId == id).OrderBy(t => t.At).ThenBy(t => t.CreatedAt).ToListAsync(ct);
        var history = steps.Select((t, i) => new TransitionView(t.From, t.To, t.At, t.By, t.Note,
            Math.Round(((i + 1 < steps.Count ? steps[i + 1].At : WorkOrder.IsOpen(t.To) ? now : t.At) - t.At).TotalHours, 1))).ToList();
        return (order, history);
    }
}

/// <summary>Museum-local days as UTC instants.</summary>
public static class Periods
{
    /// <summary>[start of <paramref name="from"/>, start of the day after <paramref name="to"/>) in UTC.</summary>
    public static (DateTime From, DateTime To) Utc(DateOnly from, DateOnly to) =>
        (TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), MuseumClock.Zone),
         TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), MuseumClock.Zone));

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(MuseumClock.ToLocal(utc));
}
