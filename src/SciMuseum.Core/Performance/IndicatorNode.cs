namespace SciMuseum.Core.Performance;

/// <summary>
/// An indicator with its children, as templates define it and the scoring-table editor sends and receives it.
/// <see cref="Id"/> keeps an existing indicator (and the evaluation inputs that refer to it) across edits.
/// </summary>
public sealed record IndicatorNode(
    string? Name,
    decimal? Weight,
    ScoringRule? Rule = null,
    string? Unit = null,
    decimal? Target = null,
    string? MetricKey = null,
    string? MetricArgument = null,
    List<IndicatorNode>? Children = null,
    Guid? Id = null,
    string? Code = null,
    Guid? DepartmentId = null,
    /// <summary>评价期 in years (1–10, 1 when left out): the actual is computed over the evaluated year and the years before it.</summary>
    int? PeriodYears = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsLeaf => Children is not { Count: > 0 };

    /// <summary>The stored tree of a table as nodes, parents before children, in order.</summary>
    public static List<IndicatorNode> TreeOf(IReadOnlyList<ScoringIndicator> rows)
    {
        var byParent = rows.OrderBy(r => r.SortOrder).ToLookup(r => r.ParentId);
        List<IndicatorNode> Build(Guid? parent) => [.. byParent[parent].Select(r =>
            new IndicatorNode(r.Name, r.Weight, r.Rule, r.Unit, r.Target, r.MetricKey, r.MetricArgument,
                byParent[r.Id].Any() ? Build(r.Id) : null, r.Id, r.Code, r.DepartmentId, r.PeriodYears))];
        return Build(null);
    }

    /// <summary>Flattens a tree into rows of <paramref name="tableId"/>, numbering codes 1, 1.1, 1.1.1 and reusing given ids.</summary>
    public static List<ScoringIndicator> Flatten(Guid tableId, IReadOnlyList<IndicatorNode> roots)
    {
        var rows = new List<ScoringIndicator>();
        void Add(IReadOnlyList<IndicatorNode> nodes, Guid? parent, string prefix, int level)
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                var n = nodes[i];
                var row = new ScoringIndicator
                {
                    TableId = tableId, ParentId = parent, Code = prefix + (i + 1), Level = level, SortOrder = rows.Count,
                    Name = n.Name!.Trim(), Weight = n.Weight!.Value, Unit = n.Unit?.Trim() ?? "", Target = n.Target,
                    MetricKey = string.IsNullOrWhiteSpace(n.MetricKey) ? null : n.MetricKey.Trim(),
                    MetricArgument = string.IsNullOrWhiteSpace(n.MetricArgument) ? null : n.MetricArgument.Trim(),
                    Rule = n.IsLeaf ? n.Rule : null, DepartmentId = n.DepartmentId, PeriodYears = n.PeriodYears ?? 1,
                };
                if (n.Id is { } id) row.Id = id;
                rows.Add(row);
                if (!n.IsLeaf) Add(n.Children!, row.Id, row.Code + ".", level + 1);
            }
        }
        Add(roots, null, "", 1);
        return rows;
    }
}
