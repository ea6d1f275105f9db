using FluentValidation;
using FluentValidation.Results;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>
/// The checks on a scoring table's tree, field by field (<c>indicators[1].children[0].weight</c>): level-1 weights
/// total 100, each parent's children total its weight, each leaf has a rule that fits its weight, bound metrics exist
/// and the target speaks the metric's unit.
/// </summary>
internal sealed class TreeRules(MetricRegistry metrics, ValidationContext<SaveScoringTable.Command> ctx)
{
    private const int MaxDepth = 3;

    public void Check(IReadOnlyList<IndicatorNode> roots)
    {
        Level(roots, "indicators", 1);
        var total = roots.Sum(n => n.Weight ?? 0m);
        if (total != 100m) Fail("indicators", L($"一级指标权重合计须为 100，现为 {total}。", $"Level-1 weights must total 100, not {total}."));
    }

    private void Level(IReadOnlyList<IndicatorNode> nodes, string path, int depth)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            var at = $"{path}[{i}]";
            if (string.IsNullOrWhiteSpace(n.Name) || n.Name.Length > 100) Fail(at + ".name", L("必填，不超过 100 个字符。", "Required, at most 100 characters."));
            if (n.Weight is not { } w || w < 0 || w > 100 || decimal.Round(w, 2) != w)
            {
                Fail(at + ".weight", L("权重须在 0–100 之间，最多两位小数。", "The weight must be 0–100 with at most 2 decimals."));
                continue;
            }
            if (n.IsLeaf)
            {
                Leaf(n, w, at);
                continue;
            }
            if (depth == MaxDepth)
            {
                Fail(at + ".children", L("指标最多三级。", "At most three levels."));
                continue;
            }
            var sum = n.Children!.Sum(c => c.Weight ?? 0m);
            if (sum != w) Fail(at + ".weight", L($"下级指标权重合计 {sum}，与本级权重 {w} 不符。", $"Its children total {sum}, not its weight {w}."));
            Level(n.Children!, at + ".children", depth + 1);
        }
    }

    private void Leaf(IndicatorNode n, decimal weight, string at)
    {
        if (n.Rule is not { } rule)
        {
            Fail(at + ".rule", L("末级指标须有计分方法。", "A leaf indicator needs a scoring rule."));
            return;
        }
        if (!Enum.IsDefined(rule.Kind)) Fail(at + ".rule.kind", L("没有这种计分方法。", "No such rule."));
        if (n.MetricKey is { Length: > 0 } key)
        {
            if (metrics.Find(key) is not { } metric)
                Fail(at + ".metricKey", L($"没有名为 {key} 的指标数据来源。", $"No module publishes a metric named {key}."));
            else if ((n.Unit ?? "") != metric.Unit)
                Fail(at + ".unit", L($"{key} 的单位是“{metric.Unit}”，目标值单位不符。", $"{key} is in “{metric.Unit}”; the target's unit does not match."));
        }
        switch (rule.Kind)
        {
            case RuleKind.ProportionalPositive when n.Target is not > 0:
            case RuleKind.ProportionalNegative when n.Target is not >= 0:
                Fail(at + ".target", L("按比例计分须有大于 0 的目标值。", "A proportional rule needs a target above 0."));
                break;
            case RuleKind.Deduction when rule.PerUnit is not > 0 || (rule.Limit ?? n.Target) is null:
                Fail(at + ".rule.perUnit", L("扣分规则须有限值和大于 0 的每单位扣分。", "A deduction needs a limit and points off per unit above 0."));
                break;
            case RuleKind.Banded when rule.Bands is not { Count: > 0 }:
                Fail(at + ".rule.bands", L("分档计分须至少一档。", "A banded rule needs at least one band."));
                break;
            case RuleKind.Banded:
                for (var b = 0; b < rule.Bands.Count; b++)
                    if (rule.Bands[b].Points < 0 || rule.Bands[b].Points > weight || rule.Bands[b] is { Min: { } min, Max: { } max } && min > max)
                        Fail($"{at}.rule.bands[{b}]", L($"每档得分须在 0 到权重 {weight} 之间，下限不大于上限。", $"Each band scores 0 to the weight {weight}, its min not above its max."));
                break;
            case RuleKind.Checklist when rule.Checks is not > 0 || rule.PointsEach is not > 0 || rule.Checks * rule.PointsEach != weight:
                Fail(at + ".rule.checks", L($"检查项数 × 每项分值须等于权重 {weight}。", $"Checks × points each must equal the weight {weight}."));
                break;
        }
    }

    private void Fail(string field, string message) => ctx.AddFailure(new ValidationFailure(field, message));
}
