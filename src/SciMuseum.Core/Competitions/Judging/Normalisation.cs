namespace SciMuseum.Core.Competitions.Judging;

/// <summary>
/// Per-judge normalisation (z-score), shown beside the raw mean, never instead of it: a strict judge's 70 and a lenient
/// judge's 90 may mean the same. Each judge's totals in the category are turned into z = (total − the judge's mean) ÷ the
/// judge's standard deviation (population); an entry's normalised score is the mean of its judges' z. A judge with one
/// entry or identical totals gives z = 0 (no information about their scale).
/// </summary>
public static class Normalisation
{
    public sealed record JudgeTotal(Guid JudgeId, Guid EntryId, decimal Total);

    public static IReadOnlyDictionary<Guid, decimal> ZScores(IEnumerable<JudgeTotal> totals)
    {
        var z = new List<(Guid EntryId, double Z)>();
        foreach (var judge in totals.GroupBy(t => t.JudgeId))
        {
            var values = judge.Select(t => (double)t.Total).ToList();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
            z.AddRange(judge.Select(t => (t.EntryId, sd > 1e-9 ? ((double)t.Total - mean) / sd : 0)));
        }
        return z.GroupBy(x => x.EntryId).ToDictionary(g => g.Key, g => Math.Round((decimal)g.Average(x => x.Z), 2, MidpointRounding.AwayFromZero));
    }
}
