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

    /// <summary>A wrong phone answers the same as a wrong code.</summary>
    public static Refusal NotFound() => Refusal.NotFound("查无此预约：请核对预约码和手机号。", "No such booking: check the code and the phone number.");

    public const string NothingToCancelType = "not-cancellable";

    public static Refusal NothingToCancel() => Refusal.Because(NothingToCancelType,
        "此预约已取消或已入馆，无可取消的门票。", "Nothing left to cancel: the booking is cancelled or used.");

    public static Refusal TooLate(DateTime cutoff) => Refusal.Because("too-late",
        $"已过取消截止时间（{cutoff:yyyy-MM-dd HH:mm}）。", $"Too late to cancel (the cut-off was {cutoff:yyyy-MM-dd HH:mm}).");

    /// <summary>The last moment a visitor may cancel: the cut-off time on the day before the visit (Beijing time).</summary>
    public static DateTime CutoffOf(VisitorSettings settings, DateOnly date) => date.AddDays(-1).ToDateTime(settings.CancelCutoff);

    public static async Task<Result<Reservation>> HandleAsync(MuseumDb db, TimeProvider clock, string code, string? phone, string actor,
        CancellationToken ct = default)
    {
        var reservation = await db.Set<Reservation>().Include(r => r.Tickets)
            .FirstOrDefaultAsync(r => r.Code == code.Trim().ToUpperInvariant(), ct);
        // Visitors prove the booking is theirs with its phone; a wrong phone looks the same as a wrong code.
        if (reservation is null || (phone is not null && reservation.Phone != phone.Trim())) return NotFound();
        if (reservation.Status == ReservationStatus.Cancelled) return NothingToCancel();

        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        var settings = await VisitorSettingsStore.GetAsync(db, ct);
        var cutoff = CutoffOf(settings, reservation.Date);
        if (phone is not null && now > cutoff) return TooLate(cutoff);
        if (phone is null && DateOnly.FromDateTime(now) > reservation.Date) return TooLate(reservation.Date.ToDateTime(TimeOnly.MaxValue));

        if (!reservation.Tickets.Any(t => t.Status == TicketStatus.Valid)) return NothingToCancel();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await CancelValidTicketsAsync(db, clock, reservation, actor, ct);
        await tx.CommitAsync(ct);
        return reservation;
    }

    /// <summary>
    /// Cancels a booking's valid tickets and gives their places back, inside the caller's transaction: the one way a
    /// booking is cancelled, by its visitor, by staff, or by a closure of its day. Returns how many tickets it cancelled.
    /// </summary>
    public static async Task<int> CancelValidTicketsAsync(MuseumDb db, TimeProvider clock, Reservation reservation, string actor, CancellationToken ct)
    {
        var valid = reservation.Tickets.Where(t => t.Status == TicketStatus.Valid).ToList();
        if (valid.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var t in valid) (t.Status, t.CancelledAt) = (TicketStatus.Cancelled, now);
        reservation.Status = reservation.Tickets.All(t => t.Status == TicketStatus.Cancelled) ? ReservationStatus.Cancelled : reservation.Status;
        reservation.CancelledAt = now;
        reservation.CancelledBy = actor.Length > 100 ? actor[..100] : actor;
        await db.SaveChangesAsync(ct);
        await Slots.ReturnAsync(db, reservation.TimeSlotId, valid.Count, ct);
        return valid.Count;
    }
}
