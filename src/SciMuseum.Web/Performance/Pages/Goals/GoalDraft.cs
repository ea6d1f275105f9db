using SciMuseum.Core.Performance;
using SciMuseum.Web.Components;
using SciMuseum.Core.Common;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Performance.Pages.Goals;

/// <summary>One indicator row of the goal form as edited in place; <see cref="Id"/> is the stored row (for its monitoring link).</summary>
public sealed class GoalRow
{
    public Guid? Id { get; init; }
    public GoalCategory Category { get; init; }
    public GoalSubcategory Subcategory { get; init; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public Comparison Comparison { get; set; } = Comparison.AtLeast;
    public decimal? Target { get; set; }
    public decimal? TargetHigh { get; set; }
    public string? MetricKey { get; set; }
    public string? MetricArgument { get; set; }
    public Guid? DepartmentId { get; set; }
    /// <summary>定性指标: a text target; its text actual and judgement are recorded when scored.</summary>
    public bool Qualitative { get; init; }
    public string? TextTarget { get; set; }
    public string? TextActual { get; set; }
    public GoalJudgement? Judgement { get; set; }
    /// <summary>监控口径; null: by unit.</summary>
    public GoalPace? Pace { get; set; }
    /// <summary>The planned curve as typed: 12 cumulative percentages separated by commas.</summary>
    public string? PlanText { get; set; }

    public static GoalRow From(GoalIndicator i) => new()
    {
        Id = i.Id, Category = i.Category, Subcategory = i.Subcategory, Name = i.Name, Unit = i.Unit, Comparison = i.Comparison,
        Target = i.Target, TargetHigh = i.TargetHigh, MetricKey = i.MetricKey, MetricArgument = i.MetricArgument, DepartmentId = i.DepartmentId,
        Qualitative = i.Qualitative, TextTarget = i.TextTarget, TextActual = i.TextActual, Judgement = i.Judgement,
        Pace = i.Pace, PlanText = string.Join(",", i.MonthlyPlan.Select(v => Formats.Number(v))),
    };

    /// <summary>The typed curve; an unreadable number makes it unreadable (the validator then says what a curve must be).</summary>
    private List<decimal>? Plan()
    {
        if (Pace != GoalPace.PlannedCurve) return null;
        var parts = (PlanText ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries);
        var plan = new List<decimal>();
        foreach (var part in parts)
        {
            if (!decimal.TryParse(part, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v)) return [];
            plan.Add(v);
        }
        return plan;
    }

    public SaveGoal.Indicator ToIndicator() => Qualitative
        ? new(Category, Subcategory, Name, Unit, null, null, null, null, null, DepartmentId, true, TextTarget)
        : new(Category, Subcategory, Name, Unit, Comparison, Target,
            Comparison == Comparison.Range ? TargetHigh : null, MetricKey, string.IsNullOrWhiteSpace(MetricKey) ? null : MetricArgument, DepartmentId,
            Pace: Pace, MonthlyPlan: Plan());
}

/// <summary>The standard indicator tree of a 绩效目标申报表 and the words for it.</summary>
public static class GoalTree
{
    public static readonly IReadOnlyList<(GoalCategory Category, GoalSubcategory[] Subcategories)> Levels =
    [
        (GoalCategory.Output, [GoalSubcategory.Quantity, GoalSubcategory.Quality, GoalSubcategory.Timeliness, GoalSubcategory.Cost]),
        (GoalCategory.Effect, [GoalSubcategory.Social, GoalSubcategory.Sustainable, GoalSubcategory.Economic, GoalSubcategory.Ecological]),
        (GoalCategory.Satisfaction, [GoalSubcategory.Satisfaction]),
    ];

    /// <summary>Position in the tree, so rows save (and errors number) in the order the form shows them.</summary>
    public static int Position(GoalSubcategory s) => (int)s;

    public static string Of(GoalCategory c) => c switch
    {
        GoalCategory.Output => L("产出指标", "Output"),
        GoalCategory.Effect => L("效益指标", "Effect"),
        _ => L("满意度指标", "Satisfaction"),
    };

    public static string Of(GoalSubcategory s) => s switch
    {
        GoalSubcategory.Quantity => L("数量指标", "Quantity"),
        GoalSubcategory.Quality => L("质量指标", "Quality"),
        GoalSubcategory.Timeliness => L("时效指标", "Timeliness"),
        GoalSubcategory.Cost => L("成本指标", "Cost"),
        GoalSubcategory.Social => L("社会效益指标", "Social"),
        GoalSubcategory.Sustainable => L("可持续影响指标", "Sustainable impact"),
        GoalSubcategory.Economic => L("经济效益指标", "Economic"),
        GoalSubcategory.Ecological => L("生态效益指标", "Ecological"),
        _ => L("服务对象满意度指标", "Satisfaction"),
    };

    public static string Of(Comparison c) => c switch
    {
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.Equal => "=",
        _ => L("区间", "range"),
    };

    public static readonly IReadOnlyList<Option<GoalPace?>> Paces =
        [.. Enum.GetValues<GoalPace>().Select(p => new Option<GoalPace?>(p, PerformanceLabels.Of(p)))];

    public static readonly IReadOnlyList<Option<GoalJudgement?>> Judgements =
        [.. Enum.GetValues<GoalJudgement>().Select(j => new Option<GoalJudgement?>(j, PerformanceLabels.Of(j)))];

    /// <summary>An indicator's target as the form prints it: "≥ 300,000 人次", a range, or a qualitative target's text.</summary>
    public static string TargetText(GoalIndicator i) => i.Qualitative ? i.TextTarget
        : i.Comparison == Comparison.Range ? $"{Formats.Number(i.Target)}–{Formats.Number(i.TargetHigh)} {i.Unit}".Trim()
        : $"{Of(i.Comparison)} {Formats.Number(i.Target)} {i.Unit}".Trim();

    public static readonly IReadOnlyList<Option<Comparison>> Comparisons = [.. Enum.GetValues<Comparison>().Select(c => new Option<Comparison>(c, Of(c)))];

    /// <summary>The monitoring page at the goal's year: today within the year, else its last (or first) day, with the indicator marked.</summary>
    public static string MonitoringLink(int year, DateOnly today, Guid indicatorId)
    {
        var date = year == today.Year ? today : year < today.Year ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        return $"/staff/performance/monitoring?date={date:yyyy-MM-dd}&indicator={indicatorId}";
    }
}
