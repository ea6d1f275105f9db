using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Judging;

/// <summary>
/// What a judge sees on the tablet, by their access code: each category of their panel with its criteria and the entries
/// given to them (the category's entries minus their conflicts), anonymised — number, title, link; never a school or a
/// name — with their own points and progress. In the 复核 phase they also see the panel's mean and spread and the
/// 待复核 flag; before review opens they see no entries at all.
/// </summary>
public static class JudgeView
{
    public sealed record View(Guid JudgeId, string Judge, string Contest, IReadOnlyList<CategoryView> Categories);

    public sealed record CategoryView(Guid Id, string Name, ReviewPhase Phase, DateTime? SignedOffAt, IReadOnlyList<CriterionView> Criteria,
        IReadOnlyList<EntryView> Entries, int Withheld)
    {
        public int Scored => Entries.Count(e => e.Complete);
        public bool CanScore => SignedOffAt is null && Phase != ReviewPhase.Preparing;
    }

    public sealed record CriterionView(Guid Id, string Name, decimal Weight, decimal MaxPoints);

    /// <summary>One entry as the judge sees it: <see cref="Points"/> follow the criteria's order (null: not yet scored).</summary>
    public sealed record EntryView(Guid Id, int Number, string Title, string Link, IReadOnlyList<decimal?> Points, decimal? MyTotal,
        decimal? PanelScore, decimal? Spread, bool Flagged)
    {
        public bool Complete => Points.Count > 0 && Points.All(p => p is not null);
    }

    public static async Task<Result<View>> HandleAsync(MuseumDb db, string? code, CancellationToken ct)
    {
        var found = await JudgeAccess.FindAsync(db, code, ct);
        if (found.Value is not { } judge) return found.Refusal!;
        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == judge.ContestId, ct);
        var categories = await (from a in db.ContestJudgeAssignments
                                join c in db.ContestCategories on a.CategoryId equals c.Id
                                where a.JudgeId == judge.Id
                                orderby c.SortOrder
                                select c).AsNoTracking().ToListAsync(ct);
        var views = new List<CategoryView>();
        foreach (var category in categories) views.Add(await CategoryAsync(db, judge, category, ct));
        return new View(judge.Id, judge.Name, contest.Name, views);
    }

    private static async Task<CategoryView> CategoryAsync(MuseumDb db, Judge judge, ContestCategory category, CancellationToken ct)
    {
        var criteria = await db.ContestCriteria.AsNoTracking().Where(x => x.CategoryId == category.Id).OrderBy(x => x.SortOrder).ToListAsync(ct);
        var specs = criteria.Select(x => new Awarding.CriterionSpec(x.Id, x.Weight, x.MaxPoints)).ToList();
        var criterionViews = criteria.Select(x => new CriterionView(x.Id, x.Name, x.Weight, x.MaxPoints)).ToList();
        if (category.Phase == ReviewPhase.Preparing && category.SignedOffAt is null)
            return new CategoryView(category.Id, category.Name, category.Phase, null, criterionViews, [], 0);

        var withheld = (await Conflicts.ForCategoryAsync(db, category, [judge.Id], ct)).Select(x => x.EntryId).ToHashSet();
        var entries = await db.ContestEntries.AsNoTracking().Where(e => e.CategoryId == category.Id && e.Status == EntryStatus.Submitted)
            .OrderBy(e => e.Number).ToListAsync(ct);
        var scores = await (from s in db.ContestScores.AsNoTracking()
                            join e in db.ContestEntries on s.EntryId equals e.Id
                            where e.CategoryId == category.Id
                            select new Awarding.ScoreRow(s.EntryId, s.JudgeId, s.CriterionId, s.Points)).ToListAsync(ct);
        var showPanel = category.Phase == ReviewPhase.Discussion || category.SignedOffAt is not null;
        var placed = showPanel
            ? Awarding.Rank(category, [.. entries.Select(e => new Awarding.EntryRow(e.Id, e.Number))], specs, scores, []).ToDictionary(p => p.EntryId)
            : [];
        var mine = scores.Where(s => s.JudgeId == judge.Id).ToLookup(s => s.EntryId);
        var given = entries.Where(e => !withheld.Contains(e.Id)).Select(e =>
        {
            var points = mine[e.Id].ToDictionary(s => s.CriterionId, s => s.Points);
            var list = criteria.Select(x => points.TryGetValue(x.Id, out var p) ? p : (decimal?)null).ToList();
            decimal? total = list.All(p => p is not null) && list.Count > 0
                ? Math.Round(Awarding.JudgeTotal(specs, points), 2, MidpointRounding.AwayFromZero) : null;
            var panel = placed.GetValueOrDefault(e.Id);
            return new EntryView(e.Id, e.Number, e.Title, e.Link, list, total, panel?.Score, panel?.Spread, panel?.Disputed ?? false);
        }).ToList();
        return new CategoryView(category.Id, category.Name, category.Phase, category.SignedOffAt, criterionViews, given, withheld.Count);
    }
}
