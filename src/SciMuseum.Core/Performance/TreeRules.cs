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
    private const int MaxPeriodYears = 10;

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
            if (n.PeriodYears is < 1 or > MaxPeriodYears)
                Fail(at + ".periodYears", L($"评价期须为 1–{MaxPeriodYears} 年。", $"The period must be 1 to {MaxPeriodYears} years."));
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
            else if (n.PeriodYears is > 1 and <= MaxPeriodYears && !metric.SpansYears)
                Fail(at + ".periodYears", L($"“{metric.NameZh}”不能跨年度合计，评价期只能是 1 年。", $"“{metric.NameEn}” cannot be summed across years: its period must be 1 year."));
        }
        if (n.Target is < 0 && !IndicatorUnits.AllowsNegative(n.Unit))
            Fail(at + ".target", L($"单位为“{n.Unit}”的目标值不能为负。", $"A target in “{n.Unit}” cannot be negative."));
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
            case RuleKind.Banded when rule.Bands.Count > 20:
                Fail(at + ".rule.bands", L("分档计分最多 20 档。", "At most 20 bands."));
                break;
            case RuleKind.Banded:
                for (var b = 0; b < rule.Bands.Count; b++)
                {
                    var band = rule.Bands[b];
                    if (band is null)
                        Fail($"{at}.rule.bands[{b}]", L("分档不能为空。", "A band cannot be empty."));
                    else if (band.Points < 0 || band.Points > weight || band.PointsTo is < 0 || band.PointsTo > weight)
                        Fail($"{at}.rule.bands[{b}]", L($"每档得分须在 0 到权重 {weight} 之间。", $"Each band scores 0 to the weight {weight}."));
                    else if (band.IsEmpty)
                        Fail($"{at}.rule.bands[{b}]", L("下限须不大于上限；上下限相等时两端都须包含。", "The min must not be above the max; equal edges must both be inclusive."));
                }
                break;
            case RuleKind.Judgement when rule.Levels is { Count: > 0 } levels:
                if (levels.Count > 10) Fail(at + ".rule.levels", L("评判档次最多 10 档。", "At most 10 levels."));
                for (var l = 0; l < levels.Count; l++)
                {
                    var level = levels[l];
                    if (level is null || string.IsNullOrWhiteSpace(level.Name) || level.Name.Trim().Length > 20)
                        Fail($"{at}.rule.levels[{l}].name", L("档次名称必填，不超过 20 个字符。", "A level needs a name of at most 20 characters."));
                    else if (level.From < 0 || level.To > weight || level.From > level.To)
                        Fail($"{at}.rule.levels[{l}]", L($"档次得分须在 0 到权重 {weight} 之间，下限不大于上限。", $"A level scores 0 to the weight {weight}, its from not above its to."));
                    else if (levels.Take(l).Any(o => o?.Name?.Trim() == level.Name.Trim()))
                        Fail($"{at}.rule.levels[{l}].name", L("档次名称不能重复。", "Each level needs its own name."));
                }
                break;
            case RuleKind.Checklist when rule.Checks is not > 0 || rule.PointsEach is not > 0 || rule.Checks * rule.PointsEach != weight:
                Fail(at + ".rule.checks", L($"检查项数 × 每项分值须等于权重 {weight}。", $"Checks × points each must equal the weight {weight}."));
                break;
        }
    }

    private void Fail(string field, string message) => ctx.AddFailure(new ValidationFailure(field, message));
}
