using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs;

/// <summary>One sign-up as its family (and the staff roster) sees it: status, place in the queue, offer deadline.</summary>
public sealed record SignUpView(Guid Id, string Code, Guid SessionId, string Session, DateOnly Date, TimeOnly Start, string Place, SignUpStatus Status,
    string StatusName, int Places, IReadOnlyList<string> Children, string GuardianName, string GuardianPhone, string School, SignUpChannel Channel,
    int? Position, DateTime? OfferExpiresAt, DateTime? CheckedInAt, bool NoShow, int? Rating, bool CanCancel, bool CanAccept, bool CanRate)
{
    public static async Task<SignUpView> OfAsync(MuseumDb db, SignUp s, DateTime now, CancellationToken ct)
    {
        var session = s.Session ?? await db.ActivitySessions.AsNoTracking().Include(x => x.Activity).FirstAsync(x => x.Id == s.SessionId, ct);
        session.Activity ??= await db.Activities.AsNoTracking().FirstAsync(a => a.Id == session.ActivityId, ct);
        var children = s.Children.Count > 0 ? s.Children.Select(c => c.Name).ToList()
            : await db.SignUpChildren.AsNoTracking().Where(c => c.SignUpId == s.Id).OrderBy(c => c.CreatedAt).Select(c => c.Name).ToListAsync(ct);
        int? position = s.Status == SignUpStatus.Waiting
            ? 1 + await db.SignUps.CountAsync(w => w.SessionId == s.SessionId && w.Status == SignUpStatus.Waiting
                && (w.QueuedAt < s.QueuedAt || (w.QueuedAt == s.QueuedAt && w.Id.CompareTo(s.Id) < 0)), ct)
            : null;
        var started = now >= session.StartsAt;
        return new SignUpView(s.Id, s.Code, s.SessionId, session.Name.Length > 0 ? $"{session.Activity.Title} · {session.Name}" : session.Activity.Title,
            session.Date, session.Start, session.Place, s.Status, Names.SignUp(s.Status), s.Places, children, s.GuardianName, s.GuardianPhone, s.School,
            s.Channel, position, s.OfferExpiresAt, s.CheckedInAt, started && s.Status == SignUpStatus.Confirmed && s.CheckedInAt is null, s.Rating,
            !started && s.Status is SignUpStatus.Confirmed or SignUpStatus.Waiting or SignUpStatus.Offered,
            !started && s.Status == SignUpStatus.Offered && s.OfferExpiresAt > now, s.CheckedInAt is not null && s.Rating is null);
    }
}

/// <summary>What a family does with its sign-up, knowing its code and the guardian's phone: look, cancel, accept an offer, rate.</summary>
public static class FamilySignUps
{
    public sealed record RateCommand(int? Rating, string? Comment);

    public sealed class RateValidator : AbstractValidator<RateCommand>
    {
        public RateValidator()
        {
            RuleFor(c => c.Rating).Required().InclusiveBetween(1, 5).WithMessage(_ => L("评分为 1–5 分。", "Rate 1 to 5."));
            RuleFor(c => c.Comment).OptionalText(500);
        }
    }

    private static Refusal NotFound => Refusal.NotFound("报名码或手机号不对。", "Wrong sign-up code or phone.");

    /// <summary>The sign-up, with the session's stale offers ended first (so what the family sees is current).</summary>
    public static async Task<Result<SignUp>> FindAsync(MuseumDb db, string code, string? phone, TimeProvider clock, CancellationToken ct)
    {
        var probe = await db.SignUps.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct);
        if (probe is null || phone is null || probe.GuardianPhone != phone.Trim()) return NotFound;
        await WaitingList.ExpireOffersAsync(db, probe.SessionId, clock.GetUtcNow().UtcDateTime, ct);
        return await db.SignUps.AsNoTracking().Include(s => s.Children).FirstAsync(s => s.Id == probe.Id, ct);
    }

    /// <summary>Cancels and passes the places to the waiting list. An offer that has run out is over: cancelling it changes nothing.</summary>
    public static async Task<Result<SignUp>> CancelAsync(MuseumDb db, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await db.SignUps.AsNoTracking().Include(x => x.Session).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Refusal.NotFound("没有这个报名。", "No such sign-up.");
        await WaitingList.ExpireOffersAsync(db, s.SessionId, now, ct);
        s = await db.SignUps.AsNoTracking().Include(x => x.Session).FirstAsync(x => x.Id == id, ct);
        if (s.Status is SignUpStatus.Cancelled or SignUpStatus.Expired)
            return Refusal.Because("sign-up-over", "该报名已取消或递补已过期。", "This sign-up is already cancelled or its offer expired.");
        if (now >= s.Session!.StartsAt)
            return Refusal.Because("session-started", "场次已开始，不能再取消。", "The session has started; it can no longer be cancelled.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await WaitingList.MoveAsync(db, id, s.Status, SignUpStatus.Cancelled, now, null, ct))
            return Refusal.Because("sign-up-changed", "报名状态刚刚发生变化，请刷新后再试。", "The sign-up changed a moment ago; reload and try again.");
        if (s.HoldsPlaces)
        {
            await WaitingList.ReturnAsync(db, s.SessionId, s.Places, ct);
            await WaitingList.OfferNextAsync(db, s.SessionId, now, ct);
        }
        await tx.CommitAsync(ct);
        return await db.SignUps.AsNoTracking().Include(x => x.Children).FirstAsync(x => x.Id == id, ct);
    }

    /// <summary>Takes up an offer before it runs out and before the session starts; its places are already held.</summary>
    public static async Task<Result<SignUp>> AcceptAsync(MuseumDb db, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await db.SignUps.AsNoTracking().Include(x => x.Session).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Refusal.NotFound("没有这个报名。", "No such sign-up.");
        if (now >= s.Session!.StartsAt)
            return Refusal.Because("session-started", "场次已开始，递补名额不能再确认。", "The session has started; the offer can no longer be taken.");
        var accepted = await db.SignUps.Where(x => x.Id == id && x.Status == SignUpStatus.Offered && x.OfferExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, SignUpStatus.Confirmed).SetProperty(x => x.UpdatedAt, now), ct) == 1;
        if (!accepted)
        {
            await WaitingList.ExpireOffersAsync(db, s.SessionId, now, ct);
            return Refusal.Because("offer-over", "没有待确认的递补名额（可能已过期）。", "There is no open offer (it may have expired).");
        }
        return await db.SignUps.AsNoTracking().Include(x => x.Children).FirstAsync(x => x.Id == id, ct);
    }

    /// <summary>The family's rating once its children were checked in.</summary>
    public static async Task<Result<SignUp>> RateAsync(MuseumDb db, Guid id, RateCommand c, CancellationToken ct)
    {
        var s = await db.SignUps.Include(x => x.Children).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Refusal.NotFound("没有这个报名。", "No such sign-up.");
        if (s.CheckedInAt is null) return Refusal.Because("not-attended", "签到参加后才能评价。", "Rate after taking part.");
        s.Rating = c.Rating;
        s.Comment = c.Comment?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return s;
    }
}

/// <summary>The staff side: a session's roster, check-in at the door, and promoting a waiting family by hand.</summary>
public static class StaffSignUps
{
    public static async Task<List<SignUpView>> RosterAsync(MuseumDb db, Guid sessionId, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await WaitingList.ExpireOffersAsync(db, sessionId, now, ct);
        var rows = await db.SignUps.AsNoTracking().Include(s => s.Children).Include(s => s.Session).ThenInclude(s => s!.Activity)
            .Where(s => s.SessionId == sessionId).OrderBy(s => s.QueuedAt).ThenBy(s => s.Id).ToListAsync(ct);
        var list = new List<SignUpView>();
        foreach (var s in rows) list.Add(await SignUpView.OfAsync(db, s, now, ct));
        return list;
    }

    /// <summary>签到: a confirmed family is checked in on the session's day (or after, from a paper list); once.</summary>
    public static async Task<Result<SignUp>> CheckInAsync(MuseumDb db, Guid id, string actor, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await db.SignUps.Include(x => x.Session).Include(x => x.Children).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Refusal.NotFound("没有这个报名。", "No such sign-up.");
        if (s.Status != SignUpStatus.Confirmed) return Refusal.Because("not-confirmed", "只有已报名的家庭可以签到。", "Only confirmed sign-ups can check in.");
        if (s.CheckedInAt is not null) return Refusal.Because("already-checked-in", "已签到。", "Already checked in.");
        if (MuseumClock.Today(clock) < s.Session!.Date) return Refusal.Because("too-early", "场次当天才能签到。", "Check-in opens on the session's day.");
        s.CheckedInAt = now;
        s.CheckedInBy = actor;
        await db.SaveChangesAsync(ct);
        return s;
    }

    /// <summary>Confirms a waiting family at once (a phone call): only with free places for all its children, and never once the session has started.</summary>
    public static async Task<Result<SignUp>> PromoteAsync(MuseumDb db, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await db.SignUps.AsNoTracking().Include(x => x.Session).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Refusal.NotFound("没有这个报名。", "No such sign-up.");
        if (now >= s.Session!.StartsAt)
            return Refusal.Because("session-started", "场次已开始，不能再递补。", "The session has started; no one can be promoted into it.");
        if (s.Status != SignUpStatus.Waiting) return Refusal.Because("not-waiting", "该家庭不在候补名单中。", "This family is not on the waiting list.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await WaitingList.TakeAsync(db, s.SessionId, s.Places, ct))
            return Refusal.Because("sold-out", $"名额不足：该家庭需要 {s.Places} 个名额。", $"Not enough places: the family needs {s.Places}.");
        if (!await WaitingList.MoveAsync(db, id, SignUpStatus.Waiting, SignUpStatus.Confirmed, now, null, ct))
            return Refusal.Because("sign-up-changed", "报名状态刚刚发生变化，请刷新后再试。", "The sign-up changed a moment ago; reload and try again.");
        await tx.CommitAsync(ct);
        return await db.SignUps.AsNoTracking().Include(x => x.Children).FirstAsync(x => x.Id == id, ct);
    }
}
