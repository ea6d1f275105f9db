using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs;

/// <summary>Plan an activity, or change one that has not been held yet.</summary>
public static class SaveActivity
{
    public sealed record Command(Guid? DepartmentId, string? Title, ActivityType? Type, string? Audience, DateOnly? PlannedDate, DateOnly? PlannedEnd,
        Guid? BudgetLineId, int? TargetParticipants, int? OnTimeGraceDays, decimal? MinFeedbackScore, string? Deliverables);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DepartmentId).Required();
            RuleFor(c => c.Title).RequiredText(100);
            RuleFor(c => c.Type).Required().IsInEnum().WithMessage(_ => L("不支持的活动类型。", "Unknown activity type."));
            RuleFor(c => c.Audience).OptionalText(100);
            RuleFor(c => c.PlannedDate).Required().Must(d => d is null || Plausible.IsYear(d.Value.Year)).WithMessage(_ => Plausible.YearMessage);
            RuleFor(c => c.PlannedEnd).Must((c, end) => end is null || c.PlannedDate is null || (end >= c.PlannedDate && end.Value.Year == c.PlannedDate.Value.Year))
                .WithMessage(_ => L("结束日期应在计划日期之后、同一年内。", "The end must be on or after the planned date, in the same year."));
            RuleFor(c => c.TargetParticipants).Required().InclusiveBetween(1, 100_000)
                .WithMessage(_ => L("目标人数须在 1–100,000 之间。", "The target is 1 to 100,000 participants."));
            RuleFor(c => c.OnTimeGraceDays).InclusiveBetween(0, 366).WithMessage(_ => L("宽限天数须在 0–366 之间。", "Grace days are 0 to 366."));
            RuleFor(c => c.MinFeedbackScore).InclusiveBetween(1m, 5m).WithMessage(_ => L("反馈分须在 1–5 之间。", "Feedback is scored 1 to 5."));
            RuleFor(c => c.Deliverables).OptionalText(500);
        }
    }

    public static async Task<Result<Activity>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var activity = id is null ? db.Activities.Add(new Activity()).Entity : await db.Activities.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return Refusal.NotFound("本馆没有这个活动。", "No such activity in this museum.");
        if (activity.State is not (ActivityState.Planned or ActivityState.Open))
            return Refusal.Because("activity-settled", "活动已举办或已取消，不能再修改计划。", "The activity was held or cancelled; its plan can no longer change.");
        if (!await db.Departments.AnyAsync(d => d.Id == c.DepartmentId, ct))
            return Refusal.OnField("departmentId", "本馆没有这个部门。", "No such department in this museum.");
        if (c.BudgetLineId is { } line && !await db.BudgetLines.AnyAsync(l => l.Id == line, ct))
            return Refusal.OnField("budgetLineId", "本馆没有这个预算项目。", "No such budget line in this museum.");
        activity.DepartmentId = c.DepartmentId!.Value;
        activity.Title = c.Title!.Trim();
        activity.Type = c.Type!.Value;
        activity.Audience = c.Audience?.Trim() ?? "";
        activity.PlannedDate = c.PlannedDate!.Value;
        activity.PlannedEnd = c.PlannedEnd;
        activity.Year = activity.PlannedDate.Year;
        activity.BudgetLineId = c.BudgetLineId;
        activity.TargetParticipants = c.TargetParticipants!.Value;
        activity.OnTimeGraceDays = c.OnTimeGraceDays ?? 0;
        activity.MinFeedbackScore = c.MinFeedbackScore;
        activity.Deliverables = c.Deliverables?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return activity;
    }
}
