using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

public sealed record SlotOccupancy(Guid Id, string Slot, int Capacity, int Booked, int Admitted, int Remaining);

public sealed record DayOccupancy(DateOnly Date, bool IsOpen, string Reason, int DailyCap, int Booked, int Admitted, List<SlotOccupancy> Slots);

/// <summary>Live occupancy of a day (capacity, places taken, admitted per slot) for the gate page and its API.</summary>
public static class Occupancy
{
    public static async Task<DayOccupancy> OfDayAsync(MuseumDb db, DateOnly day, CancellationToken ct = default)
    {
        var plan = (await VisitorCache.CalendarAsync(db, ct)).Day(day);
        var slots = await Slots.ForDayAsync(db, day, ct);
        var admitted = await db.Set<Ticket>().AsNoTracking().Where(t => t.Date == day && t.Status == TicketStatus.Admitted)
            .GroupBy(t => t.TimeSlotId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var rows = slots.Select(s => new SlotOccupancy(s.Id, s.Label, s.Capacity, s.Booked, admitted.GetValueOrDefault(s.Id), s.Remaining)).ToList();
        return new DayOccupancy(day, plan.IsOpen, plan.Reason, plan.IsOpen ? plan.Rule?.DailyCap ?? 0 : 0,
            rows.Sum(r => r.Booked), rows.Sum(r => r.Admitted), rows);
    }
}
