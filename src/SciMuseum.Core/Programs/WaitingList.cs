using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Programs;

/// <summary>
/// A session's places and its waiting list. Every change of <see cref="ActivitySession.Taken"/> and of a sign-up's status
/// here is one conditional UPDATE, run inside the caller's transaction, so two requests never both get the last place
/// and a sign-up changed by someone else in the meantime is left alone.
/// </summary>
public static class WaitingList
{
    /// <summary>Takes <paramref name="places"/> if they are free; false when the session is full (nothing changed).</summary>
    public static async Task<bool> TakeAsync(MuseumDb db, Guid sessionId, int places, CancellationToken ct) =>
        await db.ActivitySessions.Where(s => s.Id == sessionId && s.Taken + places <= s.Capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Taken, s => s.Taken + places), ct) == 1;

    public static Task ReturnAsync(MuseumDb db, Guid sessionId, int places, CancellationToken ct) =>
        db.ActivitySessions.Where(s => s.Id == sessionId && s.Taken >= places)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Taken, s => s.Taken - places), ct);

    /// <summary>Moves a sign-up from <paramref name="from"/> to <paramref name="to"/> only if it is still in <paramref name="from"/>.</summary>
    public static async Task<bool> MoveAsync(MuseumDb db, Guid signUpId, SignUpStatus from, SignUpStatus to, DateTime now, DateTime? offerExpires, CancellationToken ct)
    {
        // EF 10 takes the setters as a plain lambda, so only the columns this move changes are written.
        var moved = await db.SignUps.Where(s => s.Id == signUpId && s.Status == from).ExecuteUpdateAsync(u =>
        {
            u.SetProperty(s => s.Status, to).SetProperty(s => s.UpdatedAt, now);
            if (to == SignUpStatus.Offered) u.SetProperty(s => s.OfferedAt, now).SetProperty(s => s.OfferExpiresAt, offerExpires);
            if (to == SignUpStatus.Cancelled) u.SetProperty(s => s.CancelledAt, now);
        }, ct) == 1;
        if (moved && to is SignUpStatus.Cancelled or SignUpStatus.Expired)
            await db.SignUpChildren.Where(c => c.SignUpId == signUpId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Active, false), ct);
        return moved;
    }

    /// <summary>
    /// Offers the free places to the waiting families in arrival order: each family that fits gets an offer holding its
    /// places (all its children or none) until the hold ends or the session starts, whichever is first. A family too
    /// large for the places left keeps its turn; the next one that fits is offered. Never after the session has started.
    /// </summary>
    public static async Task<int> OfferNextAsync(MuseumDb db, Guid sessionId, DateTime now, CancellationToken ct)
    {
        var session = await db.ActivitySessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, ct);
        if (now >= session.StartsAt) return 0;
        var waiting = await db.SignUps.AsNoTracking().Where(s => s.SessionId == sessionId && s.Status == SignUpStatus.Waiting)
            .OrderBy(s => s.QueuedAt).ThenBy(s => s.Id).Select(s => new { s.Id, s.Places }).ToListAsync(ct);
        var expires = new DateTime(Math.Min(now.AddMinutes(session.OfferHoldMinutes).Ticks, session.StartsAt.Ticks), DateTimeKind.Utc);
        var offered = 0;
        // The places free as read above only spare the UPDATEs that cannot succeed (a family larger than them keeps its
        // turn, none are tried once they are gone: a cancellation in front of 5,000 waiting families is one UPDATE, not
        // 5,000, holding the session's row). Capacity is still re-checked by the UPDATE itself before each offer.
        var free = session.Capacity - session.Taken;
        foreach (var w in waiting)
        {
            if (free <= 0) break;
            if (w.Places > free) continue;
            if (!await TakeAsync(db, sessionId, w.Places, ct))
            {
                free = await db.ActivitySessions.Where(s => s.Id == sessionId).Select(s => s.Capacity - s.Taken).FirstAsync(ct);
                continue;
            }
            free -= w.Places;
            if (await MoveAsync(db, w.Id, SignUpStatus.Waiting, SignUpStatus.Offered, now, expires, ct)) offered++;
            else
            {
                await ReturnAsync(db, sessionId, w.Places, ct);
                free += w.Places;
            }
        }
        return offered;
    }

    /// <summary>Ends the session's offers whose hold has run out (their places go back) and passes the places on.</summary>
    public static async Task<int> ExpireOffersAsync(MuseumDb db, Guid sessionId, DateTime now, CancellationToken ct)
    {
        var stale = await db.SignUps.AsNoTracking()
            .Where(s => s.SessionId == sessionId && s.Status == SignUpStatus.Offered && s.OfferExpiresAt <= now)
            .Select(s => new { s.Id, s.Places }).ToListAsync(ct);
        if (stale.Count == 0) return 0;
        await using var tx = await BeginAsync(db, ct);
        var expired = 0;
        foreach (var s in stale)
            if (await MoveAsync(db, s.Id, SignUpStatus.Offered, SignUpStatus.Expired, now, null, ct))
            {
                await ReturnAsync(db, sessionId, s.Places, ct);
                expired++;
            }
        if (expired > 0) await OfferNextAsync(db, sessionId, now, ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return expired;
    }

    /// <summary>A transaction, unless the caller already has one open.</summary>
    public static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginAsync(MuseumDb db, CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
}
