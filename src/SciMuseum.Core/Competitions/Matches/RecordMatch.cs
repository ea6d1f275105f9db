using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Competitions.Judging;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions.Matches;

/// <summary>
/// 现场录入: one match of a robot team, entered at the venue on a phone — the team, the round (场次), its points and, for
/// timed events, the seconds. One result per team per round: a second entry for the same round is refused (the page offers
/// 更正 instead), and the unique index on (entry, round) is the final guard when two phones save the same match at once.
/// Refused, with nothing written: an event scored by judges, a team of another event or contest, a round beyond the
/// event's rounds, negative points, seconds out of range, a signed-off event.
/// </summary>
public static class RecordMatch
{
    /// <summary>The longest a timed match may last: an hour.</summary>
    public const int MaxSeconds = 3600;

    public const decimal MaxPoints = 10_000;

    public sealed record Command(Guid? CategoryId, Guid? EntryId, int? Round, decimal? Points, int? Seconds);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CategoryId).Required();
            RuleFor(c => c.EntryId).Required();
            RuleFor(c => c.Round).Required().InclusiveBetween(1, ContestCategory.MaxRounds)
                .WithMessage(_ => L($"场次须在 1–{ContestCategory.MaxRounds} 之间。", $"The round is 1–{ContestCategory.MaxRounds}."));
            RuleFor(c => c.Points).Points();
            RuleFor(c => c.Seconds).Seconds();
        }
    }

    internal static void Points<T>(this IRuleBuilderInitial<T, decimal?> rule) =>
        rule.Required()
            .GreaterThanOrEqualTo(0).WithMessage(_ => L("得分不能为负数。", "Points cannot be negative."))
            .LessThanOrEqualTo(MaxPoints).WithMessage(_ => L($"得分不能超过 {MaxPoints:#,0}。", $"At most {MaxPoints:#,0} points."))
            .Must(p => p is null || decimal.Round(p.Value, 2) == p).WithMessage(_ => L("得分最多两位小数。", "At most 2 decimals."));

    internal static void Seconds<T>(this IRuleBuilderInitial<T, int?> rule) =>
        rule.InclusiveBetween(0, MaxSeconds).WithMessage(_ => L($"用时须在 0–{MaxSeconds:#,0} 秒之间（不计时的项目留空）。",
            $"Seconds are 0–{MaxSeconds:#,0} (leave empty for untimed events)."));

    public static async Task<Result<MatchBoard.Match>> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        if (await db.ContestCategories.FirstOrDefaultAsync(x => x.Id == c.CategoryId, ct) is not { } category)
            return Refusal.OnField("categoryId", "本馆没有这个比赛项目。", "No such event in this museum.");
        if (category.Scoring != ScoringMode.Matches)
            return Refusal.OnField("categoryId", $"{category.Name}由评委打分，不录入比赛成绩。", $"{category.Name} is scored by judges, not by matches.");
        if (category.SignedOffAt is not null) return CategoryRefusals.SignedOff(category) with { Field = "categoryId" };
        var entry = await db.ContestEntries.FirstOrDefaultAsync(e => e.Id == c.EntryId && e.Status == EntryStatus.Submitted, ct);
        if (entry is null || entry.CategoryId != category.Id)
            return Refusal.OnField("entryId", $"这支队伍没有报名{category.Name}。", $"This team is not entered in {category.Name}.");
        if (c.Round > category.Rounds)
            return Refusal.OnField("round", $"{category.Name}每队赛 {category.Rounds} 场，场次须在 1–{category.Rounds} 之间。",
                $"{category.Name} has {category.Rounds} rounds: 1–{category.Rounds}.");
        if (await db.ContestMatchResults.FirstOrDefaultAsync(m => m.EntryId == entry.Id && m.Round == c.Round, ct) is { } done)
            return AlreadyRecorded(entry, done);

        var match = db.ContestMatchResults.Add(new MatchResult
        {
            MuseumId = entry.MuseumId, EntryId = entry.Id, Round = c.Round!.Value, Points = c.Points!.Value, Seconds = c.Seconds,
        }).Entity;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another phone saved this team's round a moment ago: the unique index kept the first, this one wrote nothing.
            db.ChangeTracker.Clear();
            var first = await db.ContestMatchResults.AsNoTracking().FirstAsync(m => m.EntryId == entry.Id && m.Round == c.Round, ct);
            return AlreadyRecorded(entry, first) with { Type = RecordedType };
        }
        return MatchBoard.View(match, entry);
    }

    public const string RecordedType = "match-recorded";

    private static Refusal AlreadyRecorded(Entry entry, MatchResult done) => Refusal.OnField("round",
        $"第 {entry.Number} 号队第 {done.Round} 场已录入（{done.Points:0.##} 分），请用“更正”修改。",
        $"Round {done.Round} of team {entry.Number} is already recorded ({done.Points:0.##} points); correct it instead.");
}

/// <summary>
/// 更正: change a recorded match's points or seconds, with a reason; the audit log keeps who, when, before and after.
/// Refused once the event is signed off (re-opening is the head of department's, with its own reason).
/// </summary>
public static class CorrectMatch
{
    public sealed record Command(decimal? Points, int? Seconds, string? Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Points).Points();
            RuleFor(c => c.Seconds).Seconds();
            RuleFor(c => c.Reason).RequiredText(200);
        }
    }

    public static async Task<Result<MatchBoard.Match>> HandleAsync(MuseumDb db, Guid id, Command c, CancellationToken ct)
    {
        if (await db.ContestMatchResults.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } match)
            return Refusal.NotFound("本馆没有这场比赛成绩。", "No such match result in this museum.");
        var entry = await db.ContestEntries.SingleAsync(e => e.Id == match.EntryId, ct);
        var category = await db.ContestCategories.SingleAsync(x => x.Id == entry.CategoryId, ct);
        if (category.SignedOffAt is not null) return CategoryRefusals.SignedOff(category);
        var reason = c.Reason!.Trim();
        db.User.ChangeReason = L($"更正比赛成绩（第 {entry.Number} 号队第 {match.Round} 场）：{reason}", $"Match corrected (team {entry.Number}, round {match.Round}): {reason}");
        match.Points = c.Points!.Value;
        match.Seconds = c.Seconds;
        await db.SaveChangesAsync(ct);
        return MatchBoard.View(match, entry);
    }
}
