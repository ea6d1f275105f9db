using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Programs;

/// <summary>
/// A year's activity plan against what was held and up to standard, as the report writes it: planned, held
/// (held + reviewed), up to standard (the reviewers' confirmations), held ÷ planned and up to standard ÷ held, one decimal.
/// </summary>
public static class ProgramStatistics
{
    public sealed record DepartmentLine(Guid DepartmentId, string Department, int Planned, int Held, int UpToStandard, int Participants);

    public sealed record Result(int Year, int Planned, int Held, int UpToStandard, decimal? HeldRate, decimal? StandardRate,
        int Cancelled, int AwaitingReview, int Participants, IReadOnlyList<DepartmentLine> Departments, IReadOnlyDictionary<string, int> ParticipantsByAudience);

    public static async Task<Result> HandleAsync(MuseumDb db, MetricPeriod period, CancellationToken ct)
    {
        var activities = await db.Activities.AsNoTracking().Where(a => a.PlannedDate >= period.From && a.PlannedDate <= period.To).ToListAsync(ct);
        var assessments = await Assessment.OfAsync(db, activities, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var planned = activities.Count;
        var held = activities.Count(a => a.IsHeld);
        var upToStandard = activities.Count(a => a.State == ActivityState.Closed && a.UpToStandard == true);
        var lines = activities.GroupBy(a => a.DepartmentId).Select(g => new DepartmentLine(g.Key, departments.GetValueOrDefault(g.Key, ""), g.Count(),
                g.Count(a => a.IsHeld), g.Count(a => a.State == ActivityState.Closed && a.UpToStandard == true), g.Sum(a => assessments[a.Id].Participants)))
            .OrderBy(l => l.Department).ToList();
        var byAudience = activities.Where(a => a.IsHeld).GroupBy(a => a.Audience.Length > 0 ? a.Audience : "—")
            .OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(a => assessments[a.Id].Participants));
        return new Result(period.From.Year, planned, held, upToStandard, Money.Percent(held, planned, 1), Money.Percent(upToStandard, held, 1),
            activities.Count(a => a.State == ActivityState.Cancelled), activities.Count(a => a.State == ActivityState.Held),
            activities.Where(a => a.IsHeld).Sum(a => assessments[a.Id].Participants), lines, byAudience);
    }
}

/// <summary>A year's activities with what their records say, for the plan page and its export.</summary>
public static class ListActivities
{
    public sealed record Row(Guid Id, string Title, ActivityType Type, string TypeName, string Audience, Guid DepartmentId, string Department,
        DateOnly PlannedDate, DateOnly? PlannedEnd, ActivityState State, string StateName, int TargetParticipants, int Participants,
        DateOnly? FirstDay, DateOnly? LastDay, decimal? MeanRating, decimal? MinFeedbackScore, bool RecordsShowHeld, bool RecordsShowUpToStandard,
        IReadOnlyList<string> Shortfalls, bool? UpToStandard, string ReviewNote, string ReviewedBy, string CancelReason, string Deliverables, int Sessions);

    public static async Task<List<Row>> HandleAsync(MuseumDb db, int year, Guid? departmentId, CancellationToken ct)
    {
        var activities = await db.Activities.AsNoTracking().Where(a => a.Year == year && (departmentId == null || a.DepartmentId == departmentId))
            .OrderBy(a => a.PlannedDate).ThenBy(a => a.Title).ToListAsync(ct);
        var assessments = await Assessment.OfAsync(db, activities, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var ids = activities.Select(a => a.Id).ToList();
        var sessions = await db.ActivitySessions.AsNoTracking().Where(s => ids.Contains(s.ActivityId)).GroupBy(s => s.ActivityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. activities.Select(a =>
        {
            var r = assessments[a.Id];
            return new Row(a.Id, a.Title, a.Type, Names.Type(a.Type), a.Audience, a.DepartmentId, departments.GetValueOrDefault(a.DepartmentId, ""),
                a.PlannedDate, a.PlannedEnd, a.State, Names.State(a.State), a.TargetParticipants, r.Participants, r.FirstDay, r.LastDay, r.MeanRating,
                a.MinFeedbackScore, r.Held, r.UpToStandard, r.Shortfalls(), a.UpToStandard, a.ReviewNote, a.ReviewedBy, a.CancelReason, a.Deliverables,
                sessions.GetValueOrDefault(a.Id));
        })];
    }
}
