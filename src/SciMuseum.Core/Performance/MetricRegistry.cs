using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>A metric key no module publishes.</summary>
public sealed class UnknownMetricException(string key)
    : KeyNotFoundException(L($"没有名为 {key} 的指标数据来源。", $"No module publishes a metric named {key}."))
{
    public string Key { get; } = key;
}

/// <summary>
/// Every metric the modules publish: each module registers its <see cref="IMetricProvider"/> in DI
/// (<c>services.AddScoped&lt;IMetricProvider, VisitorsMetrics&gt;()</c>) and the registry finds it here by key.
/// </summary>
public sealed class MetricRegistry(IEnumerable<IMetricProvider> providers)
{
    private readonly Dictionary<string, (MetricDefinition Definition, IMetricProvider Provider)> byKey = providers
        .SelectMany(p => p.Definitions.Select(d => (d, p)))
        .GroupBy(x => x.d.Key)
        .ToDictionary(g => g.Key, g => g.First());

    public IReadOnlyList<MetricDefinition> Definitions => [.. byKey.Values.Select(v => v.Definition).OrderBy(d => d.Module).ThenBy(d => d.Key)];

    public MetricDefinition? Find(string? key) => key is not null && byKey.TryGetValue(key, out var v) ? v.Definition : null;

    public bool Exists(string? key) => Find(key) is not null;

    /// <exception cref="UnknownMetricException">No module publishes <paramref name="key"/>.</exception>
    public Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default) =>
        byKey.TryGetValue(key, out var v) ? v.Provider.ComputeAsync(key, argument, period, ct) : throw new UnknownMetricException(key);

    /// <summary>Null instead of an exception when the metric's module is not installed (an indicator then shows it as unavailable).</summary>
    public async Task<MetricValue?> TryComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default) =>
        Exists(key) ? await ComputeAsync(key, argument, period, ct) : null;
}

/// <summary>Units the metrics and indicators speak; a target bound to a metric must use the metric's unit.</summary>
public static class MetricUnits
{
    public const string Percent = "%";
    public const string Yuan = "元";
    public const string YesNo = "是/否";
    public const string Points = "分";
    public const string People = "人";

    /// <summary>Levels (rates, scores, yes/no) are compared as they stand; anything else is counted up over the year.</summary>
    public static bool IsLevel(string unit) => unit is Percent or YesNo or Points or People;
}
