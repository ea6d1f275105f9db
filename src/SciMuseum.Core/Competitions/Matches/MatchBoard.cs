using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Matches;

/// <summary>
/// An event's matches as the venue sees them: its teams (to pick from), every match entered and the live ranking, ranked
/// by <see cref="Awarding"/> exactly as the award tables are (points of all matches, then fewer seconds, then registration).
/// </summary>
public static class MatchBoard
{
    public sealed record Board(Guid CategoryId, string Category, Guid ContestId, string Contest, int Rounds, bool SignedOff, string TieRule,
        IReadOnlyList<Team> Teams, IReadOnlyList<Match> Matches, IReadOnlyList<Standing> Ranking);

    public sealed record Team(Guid EntryId, int Number, string Title, string School);

    public sealed record Match(Guid Id, Guid EntryId, int Number, string Team, int Round, decimal Points, int? Seconds);

    public sealed record Standing(int Rank, Guid EntryId, int Number, string Team, string School, int Played, decimal? Points, int Seconds, Prize? Prize);

    /// <summary>An event scored by matches, for the venue's picker.</summary>
    public sealed record Event(Guid Id, string Name, int Rounds, bool SignedOff);

    internal static Match View(MatchResult m, Entry e) => new(m.Id, e.Id, e.Number, e.Title, m.Round, m.Points, m.Seconds);

    /// <summary>A contest's events scored by matches, in the contest's order.</summary>
    public static Task<List<Event>> EventsAsync(MuseumDb db, Guid contestId, CancellationToken ct) =>
        db.ContestCategories.AsNoTracking().Where(c => c.ContestId == contestId && c.Scoring == ScoringMode.Matches)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => new Event(c.Id, c.Name, c.Rounds, c.SignedOffAt != null)).ToListAsync(ct);

    public static async Task<Result<Board>> HandleAsync(MuseumDb db, Guid categoryId, CancellationToken ct)
    {
        if (await db.ContestCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == categoryId, ct) is not { } category)
            return Refusal.NotFound("本馆没有这个比赛项目。", "No such event in this museum.");
        if (category.Scoring != ScoringMode.Matches)
            return Refusal.Because("scored-by-judges", $"{category.Name}由评委打分，没有比赛成绩。", $"{category.Name} is scored by judges, not by matches.");
        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == category.ContestId, ct);
        var entries = await db.ContestEntries.AsNoTracking().Where(e => e.CategoryId == categoryId && e.Status == EntryStatus.Submitted)
            .OrderBy(e => e.Number).ToListAsync(ct);
        var unitIds = entries.Select(e => e.UnitId).Distinct().ToList();
        var schools = await db.ContestUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var byId = entries.ToDictionary(e => e.Id);
        var matches = (await db.ContestMatchResults.AsNoTracking()
                .Where(m => db.ContestEntries.Any(e => e.Id == m.EntryId && e.CategoryId == categoryId && e.Status == EntryStatus.Submitted))
                .ToListAsync(ct))
            .Where(m => byId.ContainsKey(m.EntryId)).OrderBy(m => byId[m.EntryId].Number).ThenBy(m => m.Round).ToList();
        var placed = Awarding.Rank(category, [.. entries.Select(e => new Awarding.EntryRow(e.Id, e.Number))], new Dictionary<Guid, Awarding.JudgeTotals>(),
            matches.Select(m => new Awarding.MatchRow(m.EntryId, m.Points, m.Seconds)));
        var seconds = matches.GroupBy(m => m.EntryId).ToDictionary(g => g.Key, g => g.Sum(m => m.Seconds ?? 0));
        string School(Entry e) => schools.GetValueOrDefault(e.UnitId) ?? "";
        Standing Stand(Awarding.Placed p)
        {
            var e = byId[p.EntryId];
            return new(p.Rank, e.Id, e.Number, e.Title, School(e), p.Judges, p.Score, seconds.GetValueOrDefault(e.Id), p.Prize);
        }
        return new Board(category.Id, category.Name, contest.Id, contest.Name, category.Rounds, category.SignedOffAt is not null, ListResults.MatchesTieRule,
            [.. entries.Select(e => new Team(e.Id, e.Number, e.Title, School(e)))],
            [.. matches.Select(m => View(m, byId[m.EntryId]))],
            [.. placed.Select(Stand)]);
    }
}
