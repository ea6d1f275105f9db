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
    /// <summary>Points by the first band the actual falls in (each edge inclusive or strict, as the table writes it).</summary>
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

/// <summary>
/// A band of a banded rule: from <see cref="Min"/> to <see cref="Max"/> (null: open), each edge included unless marked
/// strict (">1000" is <c>MinExclusive</c>, "≥1000" is not). With <see cref="PointsTo"/> the band gives a range of points,
/// from <see cref="Points"/> to <see cref="PointsTo"/>, within which an evaluator chooses with a reason.
/// </summary>
public sealed record Band(decimal? Min, decimal? Max, decimal Points, bool MinExclusive = false, bool MaxExclusive = false, decimal? PointsTo = null)
{
    public bool Contains(decimal value) =>
        (Min is not { } min || (MinExclusive ? value > min : value >= min)) && (Max is not { } max || (MaxExclusive ? value < max : value <= max));

    /// <summary>True when the evaluator chooses the points (a range rather than a figure).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsRange => PointsTo is { } to && to != Points;

    /// <summary>No value can fall in it (e.g. "&gt;5 and ≤5").</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Min is { } min && Max is { } max && (min > max || min == max && (MinExclusive || MaxExclusive));
}

/// <summary>One level of a judgement rule (e.g. 好 4–5 分), in points of the indicator.</summary>
public sealed record JudgementLevel(string Name, decimal From, decimal To);

/// <summary>How a leaf indicator turns its actual into points. Which fields matter depends on <see cref="Kind"/>.</summary>
public sealed record ScoringRule(
    RuleKind Kind,
    decimal? Limit = null,
    decimal? PerUnit = null,
    Worse Worse = Worse.Above,
    IReadOnlyList<Band>? Bands = null,
    int? Checks = null,
    decimal? PointsEach = null,
    IReadOnlyList<JudgementLevel>? Levels = null)
{
    /// <summary>Judgement bands as shares of the weight: A 100–80%, B 80–60%, C 60–0%.</summary>
    public static readonly IReadOnlyDictionary<string, (decimal From, decimal To)> JudgementBands = new Dictionary<string, (decimal, decimal)>
    {
        ["A"] = (0.8m, 1m),
        ["B"] = (0.6m, 0.8m),
        ["C"] = (0m, 0.6m),
    };

    public bool IsJudgement => Kind == RuleKind.Judgement;

    /// <summary>The levels an evaluator chooses from, in points: the table's own, or A 100–80%, B 80–60%, C 60–0% of the weight.</summary>
    public IReadOnlyList<JudgementLevel> LevelsFor(decimal weight) => Levels is { Count: > 0 } own ? own
        : [.. JudgementBands.Select(b => new JudgementLevel(b.Key, b.Value.From * weight, b.Value.To * weight))];

    /// <summary>The band <paramref name="actual"/> falls in (0-based, first match), or null.</summary>
    public int? BandIndexOf(decimal? actual)
    {
        if (Kind != RuleKind.Banded || actual is not { } a || Bands is null) return null;
        for (var i = 0; i < Bands.Count; i++)
            if (Bands[i].Contains(a)) return i;
        return null;
    }

    /// <summary>The name a judgement is stored under when an evaluator chooses the points of band <paramref name="index"/> (0-based).</summary>
    public static string BandKey(int index) => $"#{index + 1}";

    /// <summary>
    /// Points for <paramref name="actual"/> (unrounded), or null when there is nothing to score yet. For a judgement, and
    /// for a band that gives a range, <paramref name="judgements"/> are the evaluators' chosen points (averaged; a band's
    /// choice kept within its range).
    /// </summary>
    public decimal? Apply(decimal weight, decimal? target, decimal? actual, IReadOnlyList<decimal> judgements)
    {
        if (Kind == RuleKind.Judgement) return judgements.Count == 0 ? null : judgements.Average();
        if (actual is not { } a) return null;
        return Kind switch
        {
            RuleKind.ProportionalPositive => target is > 0 ? Math.Clamp(weight * a / target.Value, 0m, weight) : null,
            RuleKind.ProportionalNegative => a <= 0 ? weight : target is >= 0 ? Math.Min(weight * target.Value / a, weight) : null,
            RuleKind.Deduction => Math.Max(0m, weight - (PerUnit ?? 0m) * Beyond(a, Limit ?? target ?? 0m)),
            RuleKind.Banded => BandIndexOf(a) is not { } i ? 0m
                : !Bands![i].IsRange ? Bands[i].Points
                : judgements.Count == 0 ? null
                : Math.Clamp(judgements.Average(), Math.Min(Bands[i].Points, Bands[i].PointsTo!.Value), Math.Max(Bands[i].Points, Bands[i].PointsTo!.Value)),
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
        RuleKind.Banded => string.Join(L("；", "; "), (Bands ?? []).Select(b => $"{BandText(b, unit)}: {PointsText(b)}"))
            + ((Bands ?? []).Any(b => b.IsRange) ? L("（区间内由评价人选定并说明理由）", " (the evaluator chooses within a range, with a reason)") : ""),
        RuleKind.Checklist => L($"{Checks} 项检查，每项 {Num(PointsEach)} 分", $"{Checks} checks, {Num(PointsEach)} each"),
        RuleKind.YesNo => L($"是得 {Num(weight)} 分，否不得分", $"yes {Num(weight)}, no 0"),
        _ when Levels is { Count: > 0 } levels => L("专家评判：", "expert judgement: ")
            + string.Join(L("；", "; "), levels.Select(l => $"{l.Name} {PointsText(l.From, l.To)}"))
            + L("，须写明理由，多位评价人取平均", "; with a reason; evaluators averaged"),
        _ => L("专家评判：100%–80%、80%–60%、60%–0% 三档，须写明理由，多位评价人取平均",
            "expert judgement in three bands (100–80%, 80–60%, 60–0% of the weight) with a reason; evaluators averaged"),
    };

    /// <summary>A band's edges exactly as written: "&gt;1000m²", "≥1000m²", "&gt;0% 且 ≤10%", "0%".</summary>
    public static string BandText(Band b, string unit) => (b.Min, b.Max) switch
    {
        ({ } min, { } max) when min == max && !b.MinExclusive && !b.MaxExclusive => $"{Num(min)}{unit}",
        ({ } min, { } max) => $"{Lower(b, min, unit)}{L(" 且 ", " and ")}{Upper(b, max, unit)}",
        ({ } min, null) => Lower(b, min, unit),
        (null, { } max) => Upper(b, max, unit),
        _ => L("其他", "otherwise"),
    };

    private static string Lower(Band b, decimal min, string unit) => $"{(b.MinExclusive ? ">" : "≥")}{Num(min)}{unit}";
    private static string Upper(Band b, decimal max, string unit) => $"{(b.MaxExclusive ? "<" : "≤")}{Num(max)}{unit}";

    private static string PointsText(Band b) => b.IsRange ? $"{Num(Math.Min(b.Points, b.PointsTo!.Value))}–{Num(Math.Max(b.Points, b.PointsTo!.Value))}" : Num(b.Points);
    private static string PointsText(decimal from, decimal to) => L($"{Num(from)}–{Num(to)} 分", $"{Num(from)}–{Num(to)}");

    private static string Num(decimal? v) => v is { } d ? Money.Trim(Money.Round(d)).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
}
