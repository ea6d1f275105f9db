using SciMuseum.Core.Common;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>The scoring rules finance bureaus publish for a leaf indicator (计分方法).</summary>
public enum RuleKind
{
    /// <summary>正向指标: weight × min(actual ÷ target, 1).</summary>
    ProportionalPositive,
    /// <summary>反向指标: weight × min(target ÷ actual, 1).</summary>
    ProportionalNegative,
    /// <summary>Full marks within the limit; <see cref="ScoringRule.PerUnit"/> points off per unit (percentage point, occurrence) beyond it; floor 0.</summary>
    Deduction,
    /// <summary>Points by the first band the actual falls in (bounds inclusive).</summary>
    Banded,
    /// <summary>n checks, <see cref="ScoringRule.PointsEach"/> each; the actual is the number of checks passed.</summary>
    Checklist,
    /// <summary>Full marks when the actual is 1 (yes), none when 0.</summary>
    YesNo,
    /// <summary>专家评判: the average of the evaluators' scores, each in a band of the weight and with a reason.</summary>
    Judgement,
}

/// <summary>Which side of the limit costs points.</summary>
public enum Worse
{
    Above,
    Below,
}

/// <summary>A band of a banded rule: from <see cref="Min"/> to <see cref="Max"/>, both included (null: open).</summary>
public sealed record Band(decimal? Min, decimal? Max, decimal Points)
{
    public bool Contains(decimal value) => (Min is null || value >= Min) && (Max is null || value <= Max);
}

/// <summary>How a leaf indicator turns its actual into points. Which fields matter depends on <see cref="Kind"/>.</summary>
public sealed record ScoringRule(
    RuleKind Kind,
    decimal? Limit = null,
    decimal? PerUnit = null,
    Worse Worse = Worse.Above,
    IReadOnlyList<Band>? Bands = null,
    int? Checks = null,
    decimal? PointsEach = null)
{
    /// <summary>Judgement bands as shares of the weight: A 100–80%, B 80–60%, C 60–0%.</summary>
    public static readonly IReadOnlyDictionary<string, (decimal From, decimal To)> JudgementBands = new Dictionary<string, (decimal, decimal)>
    {
        ["A"] = (0.8m, 1m),
        ["B"] = (0.6m, 0.8m),
        ["C"] = (0m, 0.6m),
    };

    public bool IsJudgement => Kind == RuleKind.Judgement;

    /// <summary>Points for <paramref name="actual"/> (unrounded), or null when there is nothing to score yet.</summary>
    public decimal? Apply(decimal weight, decimal? target, decimal? actual, IReadOnlyList<decimal> judgements)
    {
        if (Kind == RuleKind.Judgement) return judgements.Count == 0 ? null : judgements.Average();
        if (actual is not { } a) return null;
        return Kind switch
        {
            RuleKind.ProportionalPositive => target is > 0 ? Math.Clamp(weight * a / target.Value, 0m, weight) : null,
            RuleKind.ProportionalNegative => a <= 0 ? weight : target is >= 0 ? Math.Min(weight * target.Value / a, weight) : null,
            RuleKind.Deduction => Math.Max(0m, weight - (PerUnit ?? 0m) * Beyond(a, Limit ?? target ?? 0m)),
            RuleKind.Banded => Bands?.FirstOrDefault(b => b.Contains(a))?.Points ?? 0m,
            RuleKind.Checklist => Math.Min(Math.Clamp(Math.Floor(a), 0m, Checks ?? 0) * (PointsEach ?? 0m), weight),
            RuleKind.YesNo => a != 0 ? weight : 0m,
            _ => null,
        };
    }

    private decimal Beyond(decimal actual, decimal limit) => Math.Max(0m, Worse == Worse.Above ? actual - limit : limit - actual);

    /// <summary>The rule as the scoring table's 计分方法 column writes it.</summary>
    public string Describe(decimal weight, decimal? target, string unit) => Kind switch
    {
        RuleKind.ProportionalPositive => L($"实际值 ÷ 目标值 {Num(target)}{unit} × {Num(weight)} 分，最高满分",
            $"actual ÷ target {Num(target)}{unit} × {Num(weight)}, at most full marks"),
        RuleKind.ProportionalNegative => L($"目标值 {Num(target)}{unit} ÷ 实际值 × {Num(weight)} 分，最高满分",
            $"target {Num(target)}{unit} ÷ actual × {Num(weight)}, at most full marks"),
        RuleKind.Deduction => L($"{(Worse == Worse.Above ? "不高于" : "不低于")} {Num(Limit ?? target)}{unit} 得满分，每{(Worse == Worse.Above ? "超出" : "低于")} 1{unit} 扣 {Num(PerUnit)} 分，扣完为止",
            $"full marks {(Worse == Worse.Above ? "at most" : "at least")} {Num(Limit ?? target)}{unit}; {Num(PerUnit)} off per {unit} beyond; floor 0"),
        RuleKind.Banded => string.Join(L("；", "; "), (Bands ?? []).Select(b => $"{BandText(b, unit)}: {Num(b.Points)}")),
        RuleKind.Checklist => L($"{Checks} 项检查，每项 {Num(PointsEach)} 分", $"{Checks} checks, {Num(PointsEach)} each"),
        RuleKind.YesNo => L($"是得 {Num(weight)} 分，否不得分", $"yes {Num(weight)}, no 0"),
        _ => L("专家评判：100%–80%、80%–60%、60%–0% 三档，须写明理由，多位评价人取平均",
            "expert judgement in three bands (100–80%, 80–60%, 60–0% of the weight) with a reason; evaluators averaged"),
    };

    private static string BandText(Band b, string unit) => (b.Min, b.Max) switch
    {
        ({ } min, { } max) when min == max => $"{Num(min)}{unit}",
        ({ } min, { } max) => $"{Num(min)}–{Num(max)}{unit}",
        ({ } min, null) => $"≥{Num(min)}{unit}",
        (null, { } max) => $"≤{Num(max)}{unit}",
        _ => L("其他", "otherwise"),
    };

    private static string Num(decimal? v) => v is { } d ? Money.Trim(Money.Round(d)).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
}
