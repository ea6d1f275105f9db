using SciMuseum.Core.Common;

namespace SciMuseum.Core.Performance;

/// <summary>One indicator of a scoring table as the scorer sees it; leaves carry a rule, parents only a weight.</summary>
public sealed record ScoringNode(
    Guid Id,
    Guid? ParentId,
    string Code,
    string Name,
    decimal Weight,
    ScoringRule? Rule = null,
    string Unit = "",
    decimal? Target = null,
    string? MetricKey = null,
    string? MetricArgument = null);

/// <summary>What an evaluation knows of one leaf: its actual (from a metric or typed with evidence), the evaluators' judgements, or that it does not apply.</summary>
public sealed record IndicatorActual(decimal? Value, IReadOnlyList<decimal>? Judgements = null, bool NotApplicable = false);

public sealed record IndicatorScore(
    Guid Id,
    Guid? ParentId,
    int Level,
    string Code,
    string Name,
    decimal Weight,
    bool IsLeaf,
    decimal? Actual,
    /// <summary>Points (2 decimals); null when a leaf has nothing to score yet (counted as 0) or does not apply.</summary>
    decimal? Score,
    bool NotApplicable);

public sealed record SheetResult(IReadOnlyList<IndicatorScore> Indicators, decimal ApplicableWeight, decimal Total, string Grade)
{
    /// <summary>Subtotals of the level-1 indicators (投入/过程/产出/效果 or 决策/管理/绩效).</summary>
    public IEnumerable<IndicatorScore> Subtotals => Indicators.Where(i => i.Level == 1);
}

/// <summary>
/// The scoring maths, pure: a table and its actuals in, each indicator's points, the subtotals, the total and the
/// grade out. Leaf points round half-up to 2 decimals; a parent is the sum of its children. Indicators that do not
/// apply are dropped and the total rescaled to 100 (total = points × 100 ÷ applicable weight).
/// </summary>
public static class Scorer
{
    public static SheetResult Score(IReadOnlyList<ScoringNode> nodes, IReadOnlyDictionary<Guid, IndicatorActual> actuals, GradeBands bands)
    {
        var children = nodes.ToLookup(n => n.ParentId);
        var results = new List<IndicatorScore>();

        (decimal Points, decimal Weight) Walk(ScoringNode node, int level)
        {
            var index = results.Count;
            results.Add(null!);
            var kids = children[node.Id].ToList();
            if (kids.Count == 0)
            {
                var actual = actuals.GetValueOrDefault(node.Id) ?? new IndicatorActual(null);
                if (actual.NotApplicable)
                {
                    results[index] = new(node.Id, node.ParentId, level, node.Code, node.Name, node.Weight, true, actual.Value, null, true);
                    return (0m, 0m);
                }
                var raw = node.Rule?.Apply(node.Weight, node.Target, actual.Value, actual.Judgements ?? []);
                var score = raw is { } r ? Money.Trim(Money.Round(Math.Clamp(r, 0m, node.Weight))) : (decimal?)null;
                results[index] = new(node.Id, node.ParentId, level, node.Code, node.Name, node.Weight, true, actual.Value, score, false);
                return (score ?? 0m, node.Weight);
            }
            decimal points = 0, weight = 0;
            foreach (var kid in kids)
            {
                var (p, w) = Walk(kid, level + 1);
                points += p;
                weight += w;
            }
            var dropped = weight == 0;
            results[index] = new(node.Id, node.ParentId, level, node.Code, node.Name, node.Weight, false, null, dropped ? null : Money.Trim(points), dropped);
            return (points, weight);
        }

        decimal total = 0, applicable = 0;
        foreach (var root in children[null])
        {
            var (p, w) = Walk(root, 1);
            total += p;
            applicable += w;
        }
        var scaled = applicable == 0 ? 0m : Money.Trim(Money.Round(total * 100m / applicable));
        return new SheetResult(results, applicable, scaled, bands.GradeOf(scaled));
    }
}
