using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs;

/// <summary>
/// An activity's life: open for sign-up, cancelled (with a reason), held (only when its records show check-ins), and
/// reviewed: the reviewer confirms up to standard or not with a note, which closes it.
/// </summary>
public static class ActivityTransitions
{
    public sealed record CancelCommand(string? Reason);

    public sealed class CancelValidator : AbstractValidator<CancelCommand>
    {
        public CancelValidator() => RuleFor(c => c.Reason).RequiredText(500);
    }

    public sealed record ReviewCommand(bool? UpToStandard, string? Note);

    public sealed class ReviewValidator : AbstractValidator<ReviewCommand>
    {
        public ReviewValidator()
        {
            RuleFor(c => c.UpToStandard).Required();
            RuleFor(c => c.Note).RequiredText(1000);
        }
    }

    public static Task<Result<Activity>> OpenAsync(MuseumDb db, Guid id, CancellationToken ct) =>
        MoveAsync(db, id, [ActivityState.Planned], a => a.State = ActivityState.Open, ct);

    public static async Task<Result<Activity>> CancelAsync(MuseumDb db, Guid id, CancelCommand c, CancellationToken ct)
    {
        if (await db.SignUps.AnyAsync(s => s.Session!.ActivityId == id && (s.Status == SignUpStatus.Confirmed || s.Status == SignUpStatus.Offered || s.Status == SignUpStatus.Waiting), ct))
            return Refusal.Because("has-sign-ups", "活动还有有效报名，请先通知家庭并取消报名。", "The activity still has sign-ups; tell the families and cancel them first.");
        return await MoveAsync(db, id, [ActivityState.Planned, ActivityState.Open], a => { a.State = ActivityState.Cancelled; a.CancelReason = c.Reason!.Trim(); }, ct);
    }

    public static async Task<Result<Activity>> MarkHeldAsync(MuseumDb db, Guid id, CancellationToken ct)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return NotFound;
        var assessment = (await Assessment.OfAsync(db, [activity], ct))[id];
        if (!assessment.Held)
            return Refusal.Because("not-held", "没有任何场次的签到记录，不能认定为已举办。", "No session has any check-ins; it cannot count as held.");
        return await MoveAsync(db, id, [ActivityState.Planned, ActivityState.Open], a => a.State = ActivityState.Held, ct);
    }

    public static Task<Result<Activity>> ReviewAsync(MuseumDb db, Guid id, ReviewCommand c, string reviewer, TimeProvider clock, CancellationToken ct) =>
        MoveAsync(db, id, [ActivityState.Held], a =>
        {
            a.State = ActivityState.Closed;
            a.UpToStandard = c.UpToStandard!.Value;
            a.ReviewNote = c.Note!.Trim();
            a.ReviewedBy = reviewer;
            a.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        }, ct);

    private static Refusal NotFound => Refusal.NotFound("本馆没有这个活动。", "No such activity in this museum.");

    private static async Task<Result<Activity>> MoveAsync(MuseumDb db, Guid id, ActivityState[] from, Action<Activity> change, CancellationToken ct)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return NotFound;
        if (!from.Contains(activity.State))
            return Refusal.Because("wrong-state", $"活动当前为「{Names.State(activity.State)}」，不能进行此操作。",
                $"The activity is {activity.State}; this step does not apply.");
        change(activity);
        await db.SaveChangesAsync(ct);
        return activity;
    }
}

/// <summary>The Chinese names of the module's states and types, for pages and messages.</summary>
public static class Names
{
    public static string State(ActivityState s) => s switch
    {
        ActivityState.Planned => L("计划中", "Planned"),
        ActivityState.Open => L("报名中", "Open"),
        ActivityState.Held => L("已举办待评定", "Held, to review"),
        ActivityState.Cancelled => L("已取消", "Cancelled"),
        _ => L("已评定", "Reviewed"),
    };

    public static string Type(ActivityType t) => t switch
    {
        ActivityType.TalentShow => L("才艺展示", "Talent show"),
        ActivityType.ScienceDay => L("主题日", "Science day"),
        ActivityType.Camp => L("营地", "Camp"),
        ActivityType.Lecture => L("讲座", "Lecture"),
        ActivityType.Class => L("兴趣班", "Class"),
        ActivityType.OnlineCourse => L("线上课程", "Online course"),
        ActivityType.Competition => L("比赛", "Competition"),
        ActivityType.Visit => L("参观体验", "Visit"),
        _ => L("培训", "Training"),
    };

    public static string Channel(SignUpChannel c) => c switch
    {
        SignUpChannel.Online => L("网上", "Online"),
        SignUpChannel.Phone => L("电话", "Phone"),
        _ => L("学校", "School"),
    };

    public static string SignUp(SignUpStatus s) => s switch
    {
        SignUpStatus.Confirmed => L("已报名", "Confirmed"),
        SignUpStatus.Waiting => L("候补中", "Waiting"),
        SignUpStatus.Offered => L("候补递补待确认", "Offered"),
        SignUpStatus.Cancelled => L("已取消", "Cancelled"),
        _ => L("递补已过期", "Offer expired"),
    };
}
