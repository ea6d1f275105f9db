using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Awards;

/// <summary>
/// The public results: a year's contests, their published categories, and in each the prize levels with the awarded
/// works' titles, entrants' names and schools. Only what a printed results list carries: never a phone, a guardian's
/// contact, a grade or an ID; unpublished categories are not there at all.
/// </summary>
public static class PublicResults
{
    public sealed record Result(int Year, IReadOnlyList<ContestView> Contests);

    public sealed record ContestView(Guid Id, string Name, IReadOnlyList<CategoryView> Categories);

    public sealed record CategoryView(Guid Id, string Name, string AgeGroup, DateOnly Published, IReadOnlyList<LevelView> Levels);

    public sealed record LevelView(Prize Prize, string Title, IReadOnlyList<AwardedEntry> Entries);

    public sealed record AwardedEntry(string Title, IReadOnlyList<string> Entrants, string School);

    public static string PrizeTitle(Prize p) => p switch { Prize.First => "一等奖", Prize.Second => "二等奖", _ => "三等奖" };

    public static async Task<Result> HandleAsync(MuseumDb db, int year, Guid? contestId, CancellationToken ct)
    {
        var ids = await db.Contests.AsNoTracking()
            .Where(c => c.Year == year && (contestId == null || c.Id == contestId)
                        && db.ContestCategories.Any(x => x.ContestId == c.Id && x.ResultsPublishedAt != null))
            .Select(c => c.Id).ToListAsync(ct);
        if (ids.Count == 0) return new Result(year, []);
        var results = await ContestResults.LoadAsync(db, ids, ct);
        var entrants = await ContestResults.EntrantNamesAsync(db, ids, ct);
        return new Result(year, [.. results.Select(r => View(r, entrants))]);
    }

    private static ContestView View(ContestResults r, ILookup<Guid, string> entrants) =>
        new ContestView(r.Contest.Id, r.Contest.Name, [.. r.Categories.Where(c => c.Category.ResultsPublishedAt is not null).Select(c =>
            new CategoryView(c.Category.Id, c.Category.Name, c.Category.AgeGroup, DateOnly.FromDateTime(Common.MuseumClock.ToLocal(c.Category.ResultsPublishedAt!.Value)),
                [.. c.Entries.Where(e => e.Placed.Prize is not null).GroupBy(e => e.Placed.Prize!.Value).OrderBy(g => g.Key)
                    .Select(g => new LevelView(g.Key, PrizeTitle(g.Key), [.. g.Select(e => new AwardedEntry(e.Entry.Title, [.. entrants[e.Entry.Id]],
                        r.Units.GetValueOrDefault(e.Entry.UnitId)?.Name ?? ""))]))]))]);
}
