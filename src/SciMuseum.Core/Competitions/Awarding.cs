namespace SciMuseum.Core.Competitions;

public enum Prize { First = 1, Second = 2, Third = 3 }

/// <summary>
/// Ranking and prizes, pure: data in, results out, so pages, API, certificates and benchmarks share one definition.
/// A judge's total is Σ points ÷ scale × weight (out of 100). An entry's score is the mean of its judges' totals, with
/// the highest and the lowest dropped when five or more judges scored it. Robot events ranked by matches add up the
/// points of every match. The tie rule: higher score, then the higher untrimmed mean (matches: fewer seconds in all),
/// then the earlier registration number — so every entry has its own place and quotas give exactly their counts.
/// </summary>
public static class Awarding
{
    public sealed record CriterionSpec(Guid Id, decimal Weight, decimal MaxPoints);
    public sealed record ScoreRow(Guid EntryId, Guid JudgeId, Guid CriterionId, decimal Points);
    public sealed record MatchRow(Guid EntryId, decimal Points, int? Seconds);
    public sealed record EntryRow(Guid Id, int Number);

    /// <summary>
    /// An entry's judges' totals reduced to what ranking needs: how many judges, the sum, the lowest and the highest total.
    /// The trimmed mean is exact from these ((Σ − max − min) ÷ (n − 2) from <see cref="TrimFrom"/> judges up), as are the
    /// untrimmed mean (the tie rule) and the spread (max − min); the database computes them in one grouped query.
    /// </summary>
    public sealed record JudgeTotals(int Judges, decimal Sum, decimal Min, decimal Max)
    {
        public static JudgeTotals Of(IReadOnlyCollection<decimal> totals) => new(totals.Count, totals.Sum(), totals.Min(), totals.Max());
    }

    /// <summary>One entry's place: score (null when nobody scored it), judges' spread and whether it passes the threshold.</summary>
    public sealed record Placed(Guid EntryId, int Rank, decimal? Score, int Judges, decimal? Spread, bool Disputed, Prize? Prize);

    public const int TrimFrom = 5;

    public static decimal JudgeTotal(IReadOnlyList<CriterionSpec> criteria, IReadOnlyDictionary<Guid, decimal> points) =>
        criteria.Sum(c => c.MaxPoints > 0 && points.TryGetValue(c.Id, out var p) ? p / c.MaxPoints * c.Weight : 0m);

    /// <summary>The mean of the judges' totals, trimmed of the highest and lowest from <see cref="TrimFrom"/> judges up; 2 decimals.</summary>
    public static decimal? EntryScore(IReadOnlyList<decimal> totals)
    {
        if (totals.Count == 0) return null;
        var kept = totals.Count >= TrimFrom ? totals.Order().Skip(1).SkipLast(1).ToList() : [.. totals];
        return Math.Round(kept.Average(), 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The same as <see cref="EntryScore(IReadOnlyList{decimal})"/>, from the judges' totals reduced to count, sum, min and max.</summary>
    public static decimal? EntryScore(JudgeTotals? t) =>
        t is null || t.Judges == 0 ? null
        : Math.Round(t.Judges >= TrimFrom ? (t.Sum - t.Max - t.Min) / (t.Judges - 2) : t.Sum / t.Judges, 2, MidpointRounding.AwayFromZero);

    public static IReadOnlyList<Placed> Rank(ContestCategory category, IReadOnlyList<EntryRow> entries, IReadOnlyList<CriterionSpec> criteria,
        IEnumerable<ScoreRow> scores, IEnumerable<MatchRow> matches)
    {
        var totals = category.Scoring == ScoringMode.Matches ? new Dictionary<Guid, JudgeTotals>() : scores.GroupBy(s => s.EntryId).ToDictionary(g => g.Key, g => JudgeTotals.Of(
            [.. g.GroupBy(s => s.JudgeId).Select(j => JudgeTotal(criteria, j.GroupBy(s => s.CriterionId).ToDictionary(x => x.Key, x => x.Last().Points)))]));
        return Rank(category, entries, totals, matches);
    }

    /// <summary>Ranking from each entry's judges' totals already reduced (<see cref="JudgeTotals"/>; absent when nobody scored it).</summary>
    public static IReadOnlyList<Placed> Rank(ContestCategory category, IReadOnlyList<EntryRow> entries, IReadOnlyDictionary<Guid, JudgeTotals> totals,
        IEnumerable<MatchRow> matches)
    {
        var rows = category.Scoring == ScoringMode.Matches ? ByMatches(entries, matches) : ByJudges(entries, totals, category.DisagreementThreshold);
        var ordered = rows
            .OrderByDescending(r => r.Score.HasValue).ThenByDescending(r => r.Score).ThenByDescending(r => r.Tie).ThenBy(r => r.Number)
            .ToList();
        var placed = new List<Placed>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var r = ordered[i];
            placed.Add(new(r.EntryId, i + 1, r.Score, r.Judges, r.Spread, r.Disputed, r.Score is { } s ? PrizeFor(category, i + 1, s) : null));
        }
        return placed;
    }

    /// <summary>Quota: places 1..First are first prizes, the next Second places second, and so on; Threshold: by score.</summary>
    public static Prize? PrizeFor(ContestCategory c, int rank, decimal score)
    {
        if (c.PrizeMode == PrizeMode.Threshold)
            return score >= c.First ? Prize.First : score >= c.Second ? Prize.Second : score >= c.Third ? Prize.Third : null;
        int first = (int)c.First, second = (int)c.Second, third = (int)c.Third;
        return rank <= first ? Prize.First : rank <= first + second ? Prize.Second : rank <= first + second + third ? Prize.Third : null;
    }

    private sealed record Row(Guid EntryId, int Number, decimal? Score, decimal Tie, int Judges, decimal? Spread, bool Disputed);

    private static IEnumerable<Row> ByJudges(IReadOnlyList<EntryRow> entries, IReadOnlyDictionary<Guid, JudgeTotals> totals, decimal threshold)
    {
        foreach (var e in entries)
        {
            var t = totals.GetValueOrDefault(e.Id);
            var n = t?.Judges ?? 0;
            var spread = n > 1 ? Math.Round(t!.Max - t.Min, 2) : (decimal?)null;
            yield return new(e.Id, e.Number, EntryScore(t), n > 0 ? t!.Sum / n : 0, n, spread, spread > threshold);
        }
    }

    private static IEnumerable<Row> ByMatches(IReadOnlyList<EntryRow> entries, IEnumerable<MatchRow> matches)
    {
        var byEntry = matches.GroupBy(m => m.EntryId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var e in entries)
            yield return byEntry.TryGetValue(e.Id, out var ms)
                ? new(e.Id, e.Number, ms.Sum(m => m.Points), -ms.Sum(m => m.Seconds ?? 0), ms.Count, null, false)
                : new(e.Id, e.Number, null, 0, 0, null, false);
    }

    /// <summary>A candidate for an organisation award and the prizes behind it.</summary>
    public sealed record Candidate(string Key, string Name, IReadOnlyList<Prize> Prizes)
    {
        public int Points => Prizes.Sum(p => p switch { Prize.First => 5, Prize.Second => 3, _ => 1 });
    }

    /// <summary>The rule's winners: at least <c>MinimumPoints</c>, best first, at most <c>Quota</c>.</summary>
    public static IReadOnlyList<Candidate> OrganisationWinners(OrganisationAwardRule rule, IEnumerable<Candidate> candidates) =>
    [
        .. candidates.Where(c => c.Points >= rule.MinimumPoints)
            .OrderByDescending(c => c.Points).ThenByDescending(c => c.Prizes.Count(p => p == Prize.First)).ThenByDescending(c => c.Prizes.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(rule.Quota),
    ];
}
