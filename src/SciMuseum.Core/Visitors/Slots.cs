using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>Makes and moves the day's time slots. Every change of <see cref="TimeSlot.Booked"/> is one conditional UPDATE.</summary>
public static class Slots
{
    /// <summary>The slots of an open day, made from its rule if they do not exist yet (safe when instances race).</summary>
    public static async Task<List<TimeSlot>> EnsureAsync(MuseumDb db, DayPlan day, CancellationToken ct = default)
    {
        var existing = await ForDayAsync(db, day.Date, ct);
        if (existing.Count > 0 || !day.IsOpen || day.Rule is null) return existing;
        var made = day.Rule.Slots.Select(s => new TimeSlot
        {
            MuseumId = day.Rule.MuseumId, Date = day.Date, Start = s.Start, End = s.End, Capacity = s.Capacity,
        }).ToList();
        db.AddRange(made);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request made them a moment ago.
            foreach (var s in made) db.Entry(s).State = EntityState.Detached;
        }
        foreach (var s in made) db.Entry(s).State = EntityState.Detached;
        return await ForDayAsync(db, day.Date, ct);
    }

    public static Task<List<TimeSlot>> ForDayAsync(MuseumDb db, DateOnly date, CancellationToken ct = default) =>
        db.Set<TimeSlot>().AsNoTracking().Where(s => s.Date == date).OrderBy(s => s.Start).ToListAsync(ct);

    /// <summary>Takes <paramref name="places"/> places if they are free; false when the slot is full (nothing changed).</summary>
    public static async Task<bool> TakeAsync(MuseumDb db, Guid slotId, int places, CancellationToken ct = default)
    {
        var taken = await db.Set<TimeSlot>().Where(s => s.Id == slotId && s.Booked + places <= s.Capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Booked, s => s.Booked + places), ct) == 1;
        if (taken) VisitorCache.Changed(db.User.MuseumId);
        return taken;
    }

    public static async Task ReturnAsync(MuseumDb db, Guid slotId, int places, CancellationToken ct = default)
    {
        await db.Set<TimeSlot>().Where(s => s.Id == slotId && s.Booked >= places)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Booked, s => s.Booked - places), ct);
        SoldOutHints.Forget(slotId);
        VisitorCache.Changed(db.User.MuseumId);
    }
}
