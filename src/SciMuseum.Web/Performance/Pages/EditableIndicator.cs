using SciMuseum.Core.Performance;

namespace SciMuseum.Web.Performance.Pages;

/// <summary>An indicator as the scoring-table editor edits it in place (the ids ride along unchanged).</summary>
public sealed class EditableIndicator
{
    public Guid? Id { get; init; }
    public string? Code { get; init; }
    public Guid? DepartmentId { get; init; }
    public EditableRule Rule { get; init; } = new();
    public string? MetricArgument { get; init; }
    public string? Name { get; set; }
    public decimal? Weight { get; set; }
    public string? Unit { get; set; }
    public decimal? Target { get; set; }
    public string? MetricKey { get; set; }
    /// <summary>评价期 in years (1 for most).</summary>
    public int? PeriodYears { get; set; } = 1;
    public List<EditableIndicator> Children { get; init; } = [];

    public static EditableIndicator From(IndicatorNode n) => new()
    {
        Id = n.Id, Code = n.Code, DepartmentId = n.DepartmentId, Rule = EditableRule.From(n.Rule), MetricArgument = n.MetricArgument, Name = n.Name, Weight = n.Weight,
        Unit = n.Unit, Target = n.Target, MetricKey = n.MetricKey, PeriodYears = n.PeriodYears ?? 1, Children = [.. (n.Children ?? []).Select(From)],
    };

    /// <summary>A fresh leaf: weight 0 and a yes/no rule until the user says otherwise.</summary>
    public static EditableIndicator New() => new() { Name = Core.Common.Bilingual.L("新指标", "New indicator"), Weight = 0m, Unit = "" };

    public IndicatorNode ToNode() => new(Name, Weight, Children.Count == 0 ? Rule.ToRule() : null, Unit, Target, MetricKey, MetricKey is null ? null : MetricArgument,
        Children.Count == 0 ? null : [.. Children.Select(c => c.ToNode())], Id, Code, DepartmentId, PeriodYears);
}
