using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Visitors;

/// <summary>Cancel a booking with its code and phone (visitors, until the cut-off) or as staff (any time before the visit). The places go back.</summary>
public static class CancelReservation
{
    public sealed record Command(string? Phone);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Phone).NotEmpty().WithMessage(_ => L("必填。", "Required.")).MaximumLength(20);
    }

    public abstract record Outcome;
    public sealed record Cancelled(Reservation Reservation) : Outcome;
    public sealed record NotFound : Outcome;
    public sealed record TooLate(DateTime Cutoff) : Outcome;
    public sealed record NothingToCancel : Outcome;

    /// <summary>The last moment a visitor may cancel: the cut-off time on the day before the visit (Beijing time).</summary>
    public static DateTime CutoffOf(VisitorSettings settings, DateOnly date) => date.AddDays(-1).ToDateTime(settings.CancelCutoff);

    public static async Task<Outcome> HandleAsync(MuseumDb db, TimeProvider clock, string code, string? phone, string actor,
        CancellationToken ct = default)
    {
        var reservation = await db.Set<Reservation>().Include(r => r.Tickets)
            .FirstOrDefaultAsync(r => r.Code == code.Trim().ToUpperInvariant(), ct);
        // Visitors prove the booking is theirs with its phone; a wrong phone looks the same as a wrong code.
        if (reservation is null || (phone is not null && reservation.Phone != phone.Trim())) return new NotFound();
        if (reservation.Status == ReservationStatus.Cancelled) return new NothingToCancel();

        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        var settings = await VisitorSettingsStore.GetAsync(db, ct);
        var cutoff = CutoffOf(settings, reservation.Date);
        if (phone is not null && now > cutoff) return new TooLate(cutoff);
        if (phone is null && DateOnly.FromDateTime(now) > reservation.Date) return new TooLate(reservation.Date.ToDateTime(TimeOnly.MaxValue));

        if (!reservation.Tickets.Any(t => t.Status == TicketStatus.Valid)) return new NothingToCancel();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await CancelValidTicketsAsync(db, clock, reservation, actor, ct);
        await tx.CommitAsync(ct);
        return new Cancelled(reservation);
    }

    /// <summary>
    /// Cancels a booking's valid tickets and gives their places back, inside the caller's transaction: the one way a
    /// booking is cancelled, by its visitor, by staff, or by a closure of its day. Returns how many tickets it cancelled.
    /// </summary>
    public static async Task<int> CancelValidTicketsAsync(MuseumDb db, TimeProvider clock, Reservation reservation, string actor, CancellationToken ct)
    {
        var valid = reservation.Tickets.Where(t => t.Status == TicketStatus.Valid).ToList();
        if (valid.Count == 0) return 0;
        foreach (var t in valid) t.Status = TicketStatus.Cancelled;
        reservation.Status = reservation.Tickets.All(t => t.Status == TicketStatus.Cancelled) ? ReservationStatus.Cancelled : reservation.Status;
        reservation.CancelledAt = clock.GetUtcNow().UtcDateTime;
        reservation.CancelledBy = actor.Length > 100 ? actor[..100] : actor;
        await db.SaveChangesAsync(ct);
        await Slots.ReturnAsync(db, reservation.TimeSlotId, valid.Count, ct);
        return valid.Count;
    }
}
