namespace SciMuseum.Core.Performance;

/// <summary>Where an indicator's actual came from.</summary>
public enum ActualSource
{
    /// <summary>Computed by a module's metric (click through <c>sourceLink</c>).</summary>
    Metric,
    /// <summary>Typed by an evaluator with evidence.</summary>
    Manual,
    /// <summary>Scored by evaluators (judgement).</summary>
    Judgement,
    /// <summary>Bound to a metric no installed module publishes, or with no records yet.</summary>
    Unavailable,
    /// <summary>A parent: the sum of its children.</summary>
    Subtotal,
}

public sealed record JudgementView(string Evaluator, decimal Score, string Band, string Reason);

/// <summary>The band an actual falls in when that band gives a range of points: the evaluators choose between From and To.</summary>
public sealed record BandChoice(string Band, decimal From, decimal To);

/// <summary>One row of the evaluation workspace: an indicator's target, actual and its source, rule and score.</summary>
public sealed record IndicatorResult(
    Guid IndicatorId,
    Guid? ParentId,
    int Level,
    string Code,
    string Name,
    decimal Weight,
    bool IsLeaf,
    string Unit,
    decimal? Target,
    RuleKind? RuleKind,
    string? Rule,
    decimal? Actual,
    decimal? Score,
    bool NotApplicable,
    ActualSource Source,
    string? MetricKey,
    string? MetricArgument,
    string? SourceLink,
    string? Basis,
    string? Evidence,
    IReadOnlyList<JudgementView> Judgements,
    /// <summary>The department answering for the indicator, if set.</summary>
    Guid? DepartmentId = null,
    /// <summary>Set when the actual falls in a band giving a range of points, which the evaluators choose within.</summary>
    BandChoice? Choice = null,
    /// <summary>评价期 in years: the actual covers the evaluated year and the years before it.</summary>
    int PeriodYears = 1,
    /// <summary>The years a multi-year indicator's actual covers, e.g. "2016–2020"; null when it is the evaluation's own period.</summary>
    string? Period = null);

/// <summary>An evaluation's scores: live while open, as frozen at sign-off once signed.</summary>
public sealed record EvaluationResult(
    Guid EvaluationId,
    int Year,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string Name,
    Guid TableId,
    EvaluationStatus Status,
    decimal TotalScore,
    string Grade,
    decimal ApplicableWeight,
    DateTime? SignedOffAt,
    string? SignedOffBy,
    IReadOnlyList<IndicatorResult> Indicators);
