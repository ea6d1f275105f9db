using SciMuseum.Core.Performance;
using SciMuseum.Web.Components;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Performance.Pages;

/// <summary>A leaf's scoring rule as the table editor edits it: every kind's parameters, of which the kind picks the ones that count.</summary>
public sealed class EditableRule
{
    public RuleKind Kind { get; set; } = RuleKind.YesNo;
    public decimal? Limit { get; set; }
    public decimal? PerUnit { get; set; }
    public Worse Worse { get; set; }
    public List<EditableBand> Bands { get; set; } = [];
    public int? Checks { get; set; }
    public decimal? PointsEach { get; set; }
    /// <summary>A judgement's own levels; none: the standard A/B/C.</summary>
    public List<EditableLevel> Levels { get; set; } = [];

    public static EditableRule From(ScoringRule? r) => r is null ? new() : new()
    {
        Kind = r.Kind, Limit = r.Limit, PerUnit = r.PerUnit, Worse = r.Worse, Checks = r.Checks, PointsEach = r.PointsEach,
        Bands = [.. (r.Bands ?? []).Where(b => b is not null).Select(b => new EditableBand
        {
            Min = b.Min, Max = b.Max, Points = b.Points, PointsTo = b.IsRange ? b.PointsTo : null, MinExclusive = b.MinExclusive, MaxExclusive = b.MaxExclusive,
        })],
        Levels = [.. (r.Levels ?? []).Where(l => l is not null).Select(l => new EditableLevel { Name = l.Name, From = l.From, To = l.To })],
    };

    public ScoringRule ToRule() => Kind switch
    {
        RuleKind.Deduction => new(Kind, Limit, PerUnit, Worse),
        RuleKind.Banded => new(Kind, Bands: [.. Bands.Select(b => new Band(b.Min, b.Max, b.Points ?? 0m, b.MinExclusive, b.MaxExclusive, b.PointsTo))]),
        RuleKind.Judgement when Levels.Count > 0 => new(Kind, Levels: [.. Levels.Select(l => new JudgementLevel(l.Name ?? "", l.From ?? 0m, l.To ?? 0m))]),
        RuleKind.Checklist => new(Kind, Checks: Checks, PointsEach: PointsEach),
        _ => new(Kind),
    };

    public static string Of(RuleKind k) => k switch
    {
        RuleKind.ProportionalPositive => L("正向比例", "Proportional +"),
        RuleKind.ProportionalNegative => L("反向比例", "Proportional −"),
        RuleKind.Deduction => L("超限扣分", "Deduction"),
        RuleKind.Banded => L("分档计分", "Banded"),
        RuleKind.Checklist => L("逐项检查", "Checklist"),
        RuleKind.YesNo => L("是/否", "Yes/no"),
        _ => L("专家评判", "Judgement"),
    };

    public static readonly IReadOnlyList<Option<RuleKind>> Kinds = [.. Enum.GetValues<RuleKind>().Select(k => new Option<RuleKind>(k, Of(k)))];

    public static readonly IReadOnlyList<Option<Worse>> Sides =
        [new(Worse.Above, L("高于限值扣分", "off above")), new(Worse.Below, L("低于限值扣分", "off below"))];
}

public sealed class EditableBand
{
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public bool MinExclusive { get; set; }
    public bool MaxExclusive { get; set; }
    public decimal? Points { get; set; }
    /// <summary>Set: the band gives Points–PointsTo, the evaluator chooses.</summary>
    public decimal? PointsTo { get; set; }

    public static readonly IReadOnlyList<Option<bool>> Lower = [new(false, "≥"), new(true, ">")];
    public static readonly IReadOnlyList<Option<bool>> Upper = [new(false, "≤"), new(true, "<")];
}

public sealed class EditableLevel
{
    public string? Name { get; set; }
    public decimal? From { get; set; }
    public decimal? To { get; set; }
}
