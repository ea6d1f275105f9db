using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Programs;

/// <summary>
/// What an activity's records say against its criteria: the children checked in at its sessions, the days it ran,
/// the families' ratings. Held = someone was checked in; up to standard = held, target reached, finished within the
/// grace days of the planned last day, and rated at least the minimum. The reviewer confirms or overrides this, with a note.
/// </summary>
public sealed record Assessment(int Participants, int Target, DateOnly? FirstDay, DateOnly? LastDay, DateOnly DueBy,
    decimal? MeanRating, int Ratings, decimal? MinRating)
{
    public bool Held => Participants > 0;
    public bool ReachedTarget => Participants >= Target;
    public bool OnTime => LastDay is { } d && d <= DueBy;
    public bool RatedWell => MinRating is not { } min || MeanRating >= min;
    public bool UpToStandard => Held && ReachedTarget && OnTime && RatedWell;

    /// <summary>The criteria that are not met, in words, for the page and the reviewer's note.</summary>
    public IReadOnlyList<string> Shortfalls()
    {
        var list = new List<string>();
        if (!Held) return [Bilingual.L("没有签到记录", "No check-ins recorded")];
        if (!ReachedTarget) list.Add(Bilingual.L($"参与 {Formats.Count(Participants)} 人，未达目标 {Formats.Count(Target)} 人", $"{Participants} took part, below the target of {Target}"));
        if (!OnTime) list.Add(Bilingual.L($"{LastDay:yyyy-MM-dd} 才结束，晚于 {DueBy:yyyy-MM-dd}", $"Finished {LastDay:yyyy-MM-dd}, after {DueBy:yyyy-MM-dd}"));
        if (!RatedWell) list.Add(Bilingual.L($"反馈 {MeanRating?.ToString("0.0") ?? "—"} 分，低于 {MinRating:0.0}", $"Rated {MeanRating?.ToString("0.0") ?? "—"}, below {MinRating:0.0}"));
        return list;
    }

    /// <summary>The assessment of each of <paramref name="activities"/>, from their check-ins and ratings in one grouped query.</summary>
    public static async Task<Dictionary<Guid, Assessment>> OfAsync(MuseumDb db, IReadOnlyCollection<Activity> activities, CancellationToken ct)
    {
        var ids = activities.Select(a => a.Id).ToList();
        var records = await db.SignUps.AsNoTracking()
            .Where(s => s.CheckedInAt != null && ids.Contains(s.Session!.ActivityId))
            .GroupBy(s => s.Session!.ActivityId)
            .Select(g => new
            {
                ActivityId = g.Key, Participants = g.Sum(s => s.Places), First = g.Min(s => s.Session!.Date), Last = g.Max(s => s.Session!.Date),
                RatingSum = g.Sum(s => s.Rating ?? 0), Ratings = g.Count(s => s.Rating != null),
            })
            .ToDictionaryAsync(r => r.ActivityId, ct);
        return activities.ToDictionary(a => a.Id, a =>
        {
            var r = records.GetValueOrDefault(a.Id);
            decimal? mean = r is { Ratings: > 0 } ? Money.Round((decimal)r.RatingSum / r.Ratings, 2) : null;
            return new Assessment(r?.Participants ?? 0, a.TargetParticipants, r?.First, r?.Last, a.PlannedLastDay.AddDays(a.OnTimeGraceDays),
                mean, r?.Ratings ?? 0, a.MinFeedbackScore);
        });
    }
}
