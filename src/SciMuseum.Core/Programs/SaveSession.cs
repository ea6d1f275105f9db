using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs;

/// <summary>Add a session to an activity, or change one: its time, place and places (never below those already taken).</summary>
public static class SaveSession
{
    public sealed record Command(Guid? ActivityId, string? Name, DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place, int? Capacity,
        bool? PublicSignUp, int? OfferHoldMinutes);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ActivityId).Required();
            RuleFor(c => c.Name).OptionalText(100);
            RuleFor(c => c.Date).Required().Must(d => d is null || Plausible.IsYear(d.Value.Year)).WithMessage(_ => Plausible.YearMessage);
            RuleFor(c => c.Start).Required();
            RuleFor(c => c.End).Required().Must((c, end) => end is null || c.Start is null || end > c.Start)
                .WithMessage(_ => L("结束时间应晚于开始时间。", "The end must be after the start."));
            RuleFor(c => c.Place).OptionalText(100);
            RuleFor(c => c.Capacity).Required().InclusiveBetween(1, 10_000)
                .WithMessage(_ => L("名额须在 1–10,000 之间。", "Capacity is 1 to 10,000 places."));
            RuleFor(c => c.OfferHoldMinutes).InclusiveBetween(5, 7 * 24 * 60)
                .WithMessage(_ => L("递补保留时间须在 5 分钟到 7 天之间。", "An offer holds 5 minutes to 7 days."));
        }
    }

    public static async Task<Result<ActivitySession>> HandleAsync(MuseumDb db, Guid? id, Command c, TimeProvider clock, CancellationToken ct)
    {
        var session = id is null ? new ActivitySession() : await db.ActivitySessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Refusal.NotFound("本馆没有这个场次。", "No such session in this museum.");
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == c.ActivityId, ct);
        if (activity is null) return Refusal.OnField("activityId", "本馆没有这个活动。", "No such activity in this museum.");
        if (id is not null && session.ActivityId != activity.Id)
            return Refusal.OnField("activityId", "场次不能移到另一个活动。", "A session cannot move to another activity.");
        if (activity.State is ActivityState.Cancelled or ActivityState.Closed)
            return Refusal.Because("activity-settled", "活动已取消或已评定，不能再安排场次。", "The activity is cancelled or reviewed; no more sessions.");
        var startsAt = ActivitySession.InstantOf(c.Date!.Value, c.Start!.Value);
        if (id is null && startsAt <= clock.GetUtcNow().UtcDateTime)
            return Refusal.OnField("date", "不能安排已过去的场次。", "That time has passed.");
        if (c.Capacity < session.Taken)
            return Refusal.OnField("capacity", $"已有 {session.Taken} 个名额被占用，名额不能少于此数。", $"{session.Taken} places are taken; capacity cannot go below that.");
        session.ActivityId = activity.Id;
        session.Name = c.Name?.Trim() ?? "";
        session.Date = c.Date.Value;
        session.Start = c.Start.Value;
        session.End = c.End!.Value;
        session.StartsAt = startsAt;
        session.Place = c.Place?.Trim() ?? "";
        session.Capacity = c.Capacity!.Value;
        session.PublicSignUp = c.PublicSignUp ?? true;
        session.OfferHoldMinutes = c.OfferHoldMinutes ?? 120;
        if (id is null) db.ActivitySessions.Add(session);
        await db.SaveChangesAsync(ct);
        // More places may serve the waiting list at once.
        if (id is not null) await WaitingList.OfferNextAsync(db, session.Id, clock.GetUtcNow().UtcDateTime, ct);
        return session;
    }
}

/// <summary>One session as the public page and the staff roster show it.</summary>
public sealed record SessionView(Guid Id, Guid ActivityId, string Activity, string Audience, string Name, DateOnly Date, TimeOnly Start, TimeOnly End,
    string Place, int Capacity, int Remaining, int Waiting, bool PublicSignUp, bool Started, bool Open)
{
    public static async Task<List<SessionView>> ListAsync(MuseumDb db, IQueryable<ActivitySession> sessions, DateTime now, CancellationToken ct)
    {
        var rows = await sessions.AsNoTracking().Include(s => s.Activity).OrderBy(s => s.StartsAt).ToListAsync(ct);
        var ids = rows.Select(s => s.Id).ToList();
        var waiting = await db.SignUps.AsNoTracking().Where(s => ids.Contains(s.SessionId) && s.Status == SignUpStatus.Waiting)
            .GroupBy(s => s.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. rows.Select(s => new SessionView(s.Id, s.ActivityId, s.Activity!.Title, s.Activity.Audience, s.Name.Length > 0 ? s.Name : s.Activity.Title,
            s.Date, s.Start, s.End, s.Place, s.Capacity, s.Remaining, waiting.GetValueOrDefault(s.Id), s.PublicSignUp, now >= s.StartsAt,
            s.Activity.State == ActivityState.Open && now < s.StartsAt))];
    }
}
