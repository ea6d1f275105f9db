using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Judging;

/// <summary>
/// A category's judging as 科技活动部 runs it: the panel with each judge's progress and conflicts, the entries ranked by
/// the judges' mean (the same <see cref="ContestResults"/> the award tables read), the normalised score beside it, the
/// 待复核 flags, and the phase and sign-off.
/// </summary>
public static class JudgingOverview
{
    public sealed record Overview(Guid CategoryId, string Category, Guid ContestId, string Contest, ScoringMode Scoring, ReviewPhase Phase,
        DateTime? SignedOffAt, string? SignedOffBy, string? ReopenReason, decimal DisagreementThreshold, string TieRule,
        IReadOnlyList<PanelJudge> Judges, IReadOnlyList<Conflicts.Conflict> Conflicts, IReadOnlyList<RankedEntry> Entries)
    {
        /// <summary>Scores still owed: each judge's given entries not yet fully scored.</summary>
        public int Missing => Judges.Sum(j => j.Given - j.Scored);
        public int Flagged => Entries.Count(e => e.Flagged);
    }

    public sealed record PanelJudge(Guid JudgeId, string Name, string Title, string Unit, int Given, int Scored, int Conflicts, bool HasCode);

    public sealed record RankedEntry(Guid EntryId, int Rank, int Number, string Title, string School, decimal? Score, decimal? Normalised,
        int Judges, decimal? Spread, bool Flagged, Prize? Prize, IReadOnlyList<decimal> Totals);

    public static async Task<Overview?> HandleAsync(MuseumDb db, Guid categoryId, CancellationToken ct)
    {
        if (await db.ContestCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == categoryId, ct) is not { } category) return null;
        var results = (await ContestResults.LoadAsync(db, [category.ContestId], ct)).Single();
        var ranked = results.Categories.Single(c => c.Category.Id == categoryId);
        var criteria = await db.ContestCriteria.AsNoTracking().Where(x => x.CategoryId == categoryId)
            .Select(x => new Awarding.CriterionSpec(x.Id, x.Weight, x.MaxPoints)).ToListAsync(ct);
        var scores = await (from s in db.ContestScores.AsNoTracking()
                            join e in db.ContestEntries on s.EntryId equals e.Id
                            where e.CategoryId == categoryId && e.Status == EntryStatus.Submitted
                            select new { s.EntryId, s.JudgeId, s.CriterionId, s.Points }).ToListAsync(ct);
        var totals = scores.GroupBy(s => (s.EntryId, s.JudgeId))
            .Select(g => new { g.Key.EntryId, g.Key.JudgeId, Count = g.Count(), Total = Awarding.JudgeTotal(criteria, g.ToDictionary(s => s.CriterionId, s => s.Points)) })
            .ToList();
        var z = Normalisation.ZScores(totals.Select(t => new Normalisation.JudgeTotal(t.JudgeId, t.EntryId, t.Total)));
        var byEntry = totals.ToLookup(t => t.EntryId, t => Math.Round(t.Total, 2, MidpointRounding.AwayFromZero));

        var conflicts = await Conflicts.ForCategoryAsync(db, category, null, ct);
        var panel = await (from a in db.ContestJudgeAssignments
                           join j in db.ContestJudges on a.JudgeId equals j.Id
                           where a.CategoryId == categoryId
                           orderby j.Name
                           select j).AsNoTracking().ToListAsync(ct);
        var entryIds = ranked.Entries.Select(e => e.Entry.Id).ToHashSet();
        var judges = panel.Select(j =>
        {
            var withheld = conflicts.Where(c => c.JudgeId == j.Id).Select(c => c.EntryId).ToHashSet();
            var scored = totals.Count(t => t.JudgeId == j.Id && t.Count >= criteria.Count && !withheld.Contains(t.EntryId) && entryIds.Contains(t.EntryId));
            return new PanelJudge(j.Id, j.Name, j.Title, results.Units.GetValueOrDefault(j.UnitId ?? Guid.Empty)?.Name ?? "",
                entryIds.Count - withheld.Count, scored, withheld.Count, j.AccessCodeHash != "");
        }).ToList();
        var entries = ranked.Entries.Select(e => new RankedEntry(e.Entry.Id, e.Placed.Rank, e.Entry.Number, e.Entry.Title,
            results.Units.GetValueOrDefault(e.Entry.UnitId)?.Name ?? "", e.Placed.Score, z.TryGetValue(e.Entry.Id, out var n) ? n : null,
            e.Placed.Judges, e.Placed.Spread, e.Placed.Disputed, e.Placed.Prize, [.. byEntry[e.Entry.Id].Order()])).ToList();
        return new Overview(category.Id, category.Name, category.ContestId, results.Contest.Name, category.Scoring, category.Phase,
            category.SignedOffAt, category.SignedOffBy, category.ReopenReason, category.DisagreementThreshold,
            category.Scoring == ScoringMode.Matches ? ListResults.MatchesTieRule : ListResults.JudgesTieRule, judges, conflicts, entries);
    }

    /// <summary>A contest's judges for the staff page: identity kind, unit, declarations and panels; never the ID number itself.</summary>
    public sealed record JudgeRow(Guid Id, string Name, string Title, Guid? UnitId, string Unit, string Identity, IReadOnlyList<string> Relatives,
        IReadOnlyList<string> Recusals, IReadOnlyList<string> Categories, bool HasCode);

    public static async Task<List<JudgeRow>> ListJudgesAsync(MuseumDb db, Guid contestId, CancellationToken ct)
    {
        var judges = await db.ContestJudges.AsNoTracking().Where(j => j.ContestId == contestId).OrderBy(j => j.Name).ToListAsync(ct);
        var ids = judges.Select(j => j.Id).ToList();
        var units = await db.ContestUnits.AsNoTracking().Where(u => u.ContestId == contestId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var relatives = (await db.ContestJudgeRelatives.AsNoTracking().Where(r => ids.Contains(r.JudgeId)).ToListAsync(ct)).ToLookup(r => r.JudgeId);
        var recusals = (await (from r in db.ContestJudgeRecusals.AsNoTracking()
                               join j in db.ContestJudges on r.JudgeId equals j.Id
                               where j.ContestId == contestId
                               select new { r.JudgeId, r.UnitId, r.Reason, Number = db.ContestEntries.Where(e => e.Id == r.EntryId).Select(e => (int?)e.Number).FirstOrDefault() })
            .ToListAsync(ct)).ToLookup(r => r.JudgeId);
        var panels = (await (from a in db.ContestJudgeAssignments
                             join c in db.ContestCategories on a.CategoryId equals c.Id
                             where c.ContestId == contestId
                             orderby c.SortOrder
                             select new { a.JudgeId, c.Name }).ToListAsync(ct)).ToLookup(a => a.JudgeId, a => a.Name);
        return [.. judges.Select(j => new JudgeRow(j.Id, j.Name, j.Title, j.UnitId, j.UnitId is { } u ? units.GetValueOrDefault(u, "") : "",
            j.IdentityKey.StartsWith("id:") ? "身份证" : j.IdentityKey.StartsWith("tel:") ? "手机" : "",
            [.. relatives[j.Id].Select(r => $"{r.Name}（{r.School}）")],
            [.. recusals[j.Id].Select(r => r.Number is { } n ? $"第 {n} 号作品：{r.Reason}" : $"{units.GetValueOrDefault(r.UnitId ?? Guid.Empty, "")}：{r.Reason}")],
            [.. panels[j.Id]], j.AccessCodeHash != ""))];
    }
}
