using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// Close days (闭馆) or open them specially. Open days are a reported figure (the 2020 report's 154), so a closure may
/// not rewrite history: days on which visitors were admitted were open, whoever asks; other past days and years whose
/// evaluation is signed off need a leader's reason (<see cref="PastChanges"/>). Confirmed bookings of the closed days are
/// never left silently valid: the caller is told how many, and may cancel them in the same transaction.
/// </summary>
public static class AddCalendarException
{
    public abstract record Outcome;
    public sealed record Added(CalendarException Exception, int CancelledReservations, int CancelledTickets) : Outcome;
    /// <summary>Visitors were admitted on some of the days: they were open.</summary>
    public sealed record DaysHadVisitors(int Admitted, DateOnly First, DateOnly Last) : Outcome;
    /// <summary>Confirmed bookings on the days to close, and the caller did not ask to cancel them.</summary>
    public sealed record HasBookings(int Reservations, int Tickets) : Outcome;
    public sealed record PastPeriod(PastChanges.Verdict Verdict) : Outcome;

    public static async Task<Outcome> HandleAsync(MuseumDb db, TimeProvider clock, CalendarAdmin.ExceptionCommand c, CancellationToken ct = default)
    {
        var (from, to, closing) = (c.From!.Value, c.To!.Value, c.IsOpen == false);
        var today = MuseumClock.Today(clock);
        if (closing)
        {
            var admitted = await db.Set<Ticket>().AsNoTracking()
                .Where(t => t.Date >= from && t.Date <= to && t.Status == TicketStatus.Admitted)
                .GroupBy(t => 1).Select(g => new { Count = g.Count(), First = g.Min(t => t.Date), Last = g.Max(t => t.Date) })
                .FirstOrDefaultAsync(ct);
            if (admitted is { Count: > 0 }) return new DaysHadVisitors(admitted.Count, admitted.First, admitted.Last);
        }
        if (await PastChanges.CheckAsync(db, from, to, lived: from < today, c.Reason, ct) is not PastChanges.Allowed and var verdict)
            return new PastPeriod(verdict);

        // Past days' valid tickets are no-shows (history); bookings from today on are places someone still holds.
        var booked = closing
            ? await db.Set<Reservation>().Include(r => r.Tickets)
                .Where(r => r.Date >= from && r.Date <= to && r.Date >= today && r.Tickets.Any(t => t.Status == TicketStatus.Valid))
                .ToListAsync(ct)
            : [];
        var heldTickets = booked.Sum(r => r.Tickets.Count(t => t.Status == TicketStatus.Valid));
        if (booked.Count > 0 && c.CancelBookings != true) return new HasBookings(booked.Count, heldTickets);

        var reason = c.Reason!.Trim();
        if (booked.Count > 0)
            db.User.ChangeReason = L($"闭馆并取消 {booked.Count} 个预约（{heldTickets} 张票）：{reason}",
                $"Closed, cancelling {booked.Count} bookings ({heldTickets} tickets): {reason}");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var actor = $"{db.User.UserName ?? "staff"}（闭馆）";
        var cancelled = 0;
        foreach (var r in booked)
            cancelled += await CancelReservation.CancelValidTicketsAsync(db, clock, r, actor, ct);
        var e = new CalendarException { From = from, To = to, IsOpen = c.IsOpen!.Value, Reason = reason };
        db.Add(e);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        VisitorCache.Forget(db.User.MuseumId);
        return new Added(e, booked.Count, cancelled);
    }

    /// <summary>Why a change was refused, in the caller's language (the API's problem detail, the page's message).</summary>
    public static string Explain(Outcome outcome) => outcome switch
    {
        DaysHadVisitors v => L($"{v.First:yyyy-MM-dd} 至 {v.Last:yyyy-MM-dd} 已有 {v.Admitted} 人次入馆，这些日期是开放日，不能改为闭馆。",
            $"{v.Admitted} visitors were admitted between {v.First:yyyy-MM-dd} and {v.Last:yyyy-MM-dd}: those days were open and cannot be closed."),
        HasBookings b => L($"这些日期有 {b.Reservations} 个有效预约（{b.Tickets} 张票）。如确需闭馆，请选择同时取消这些预约（cancelBookings）。",
            $"{b.Reservations} confirmed bookings ({b.Tickets} tickets) fall on these days. To close anyway, ask to cancel them (cancelBookings)."),
        PastPeriod p => PastChanges.Explain(p.Verdict),
        _ => "",
    };
}
