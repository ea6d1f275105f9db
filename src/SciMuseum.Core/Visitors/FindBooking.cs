using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// A visitor's own booking or group request, for whoever knows its code and the phone it was made with; the API and the
/// ticket and status pages all look it up here. A wrong phone answers exactly like a wrong code.
/// </summary>
public static class FindBooking
{
    public sealed record Booking(Reservation Reservation, TimeSlot Slot);

    public sealed record Group(GroupVisit Visit, TimeSlot? Slot, string? ReservationCode);

    public static Refusal NoBooking() => CancelReservation.NotFound();

    /// <summary>
    /// A booking for whoever proves it is theirs: with its phone, or (<paramref name="linkVerified"/>) through the signed
    /// link the booking page gave them. A wrong phone looks the same as a wrong code.
    /// </summary>
    public static async Task<Result<Booking>> ReservationAsync(MuseumDb db, string code, string? phone, CancellationToken ct = default, bool linkVerified = false)
    {
        var key = code.Trim().ToUpperInvariant();
        var r = await db.Set<Reservation>().AsNoTracking().Include(x => x.Tickets).FirstOrDefaultAsync(x => x.Code == key, ct);
        if (r is null || (!linkVerified && (string.IsNullOrWhiteSpace(phone) || r.Phone != phone.Trim()))) return NoBooking();
        return new Booking(r, await db.Set<TimeSlot>().AsNoTracking().FirstAsync(s => s.Id == r.TimeSlotId, ct));
    }

    public static async Task<Result<Group>> GroupAsync(MuseumDb db, string code, string? phone, CancellationToken ct = default)
    {
        var key = code.Trim().ToUpperInvariant();
        var g = await db.Set<GroupVisit>().AsNoTracking().Include(x => x.Members).FirstOrDefaultAsync(x => x.Code == key, ct);
        if (g is null || string.IsNullOrWhiteSpace(phone) || g.LeaderPhone != phone.Trim()) return NoBooking();
        var slot = await db.Set<TimeSlot>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == g.TimeSlotId, ct);
        var reservationCode = g.ReservationId is { } rid
            ? await db.Set<Reservation>().Where(r => r.Id == rid).Select(r => r.Code).FirstOrDefaultAsync(ct)
            : null;
        return new Group(g, slot, reservationCode);
    }
}

/// <summary>团体预约 requests for staff to decide, oldest visit first; the API and the staff page list the same rows.</summary>
public static class ListGroups
{
    /// <summary>More than staff decide in a season; past this, filter by status or date.</summary>
    public const int MaxRows = 500;

    public static async Task<List<FindBooking.Group>> HandleAsync(MuseumDb db, GroupStatus? status, DateOnly? from, CancellationToken ct = default)
    {
        var query = db.Set<GroupVisit>().AsNoTracking().Include(g => g.Members).AsQueryable();
        if (status is { } s) query = query.Where(g => g.Status == s);
        if (from is { } f) query = query.Where(g => g.Date >= f);
        var groups = await query.OrderBy(g => g.Date).Take(MaxRows).ToListAsync(ct);
        var slotIds = groups.Select(g => g.TimeSlotId).ToList();
        var slots = await db.Set<TimeSlot>().AsNoTracking().Where(x => slotIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var rids = groups.Where(g => g.ReservationId != null).Select(g => g.ReservationId!.Value).ToList();
        var codes = await db.Set<Reservation>().AsNoTracking().Where(r => rids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Code, ct);
        return [.. groups.Select(g => new FindBooking.Group(g, slots.GetValueOrDefault(g.TimeSlotId),
            g.ReservationId is { } rid ? codes.GetValueOrDefault(rid) : null))];
    }
}

/// <summary>A day's bookings for the reservations page and its API: by booking code, phone or a visitor's name, oldest first.</summary>
public static class ListReservations
{
    public static IQueryable<Reservation> Query(MuseumDb db, DateOnly day, string? term)
    {
        var query = db.Set<Reservation>().AsNoTracking().Include(r => r.Tickets).Where(r => r.Date == day);
        if (term?.Trim() is { Length: > 0 } q)
            query = query.Where(r => r.Code == q.ToUpper() || r.Phone == q || r.Tickets.Any(t => t.Name.Contains(q)));
        return query.OrderBy(r => r.CreatedAt);
    }
}
