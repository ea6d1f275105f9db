using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>A metric key no module publishes.</summary>
public sealed class UnknownMetricException(string key)
    : KeyNotFoundException(L($"没有名为 {key} 的指标数据来源。", $"No module publishes a metric named {key}."))
{
    public string Key { get; } = key;
}

/// <summary>A period over several years asked of a metric that cannot be summed across years (a rate, a level).</summary>
public sealed class MetricRangeRefusedException(MetricDefinition metric, MetricPeriod period) : InvalidOperationException(L(
    $"“{metric.NameZh}”不能跨年度合计，无法按 {period.Label} 计算；请把评价期设为 1 年。",
    $"“{metric.NameEn}” cannot be summed across years, so it has no figure for {period.Label}; set the period to 1 year."))
{
    public string Key { get; } = metric.Key;
}

/// <summary>
/// Every metric the modules publish: each module registers its <see cref="IMetricProvider"/> in DI
/// (<c>services.AddScoped&lt;IMetricProvider, VisitorsMetrics&gt;()</c>) and the registry finds it here by key.
/// </summary>
public sealed class MetricRegistry(IEnumerable<IMetricProvider> providers)
{
    private readonly Dictionary<string, (MetricDefinition Definition, IMetricProvider Provider)> byKey = providers
        .SelectMany(p => p.Definitions.Select(d => (MetricKeys.Checked(d), p)))
        .GroupBy(x => x.Item1.Key)
        .ToDictionary(g => g.Key, g => g.First());

    public IReadOnlyList<MetricDefinition> Definitions => [.. byKey.Values.Select(v => v.Definition).OrderBy(d => d.Module).ThenBy(d => d.Key)];

    public MetricDefinition? Find(string? key) => key is not null && byKey.TryGetValue(key, out var v) ? v.Definition : null;

    public bool Exists(string? key) => Find(key) is not null;

    /// <summary>
    /// The figure over <paramref name="period"/>. A period running over several years goes only to metrics whose provider
    /// sums dated records (<see cref="MetricDefinition.SpansYears"/>); any other is refused rather than answered wrong.
    /// </summary>
    /// <exception cref="UnknownMetricException">No module publishes <paramref name="key"/>.</exception>
    /// <exception cref="MetricRangeRefusedException">The period spans years and the metric cannot be summed over them.</exception>
    public Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        if (!byKey.TryGetValue(key, out var v)) throw new UnknownMetricException(key);
        if (period.SpansYears && !v.Definition.SpansYears) throw new MetricRangeRefusedException(v.Definition, period);
        return v.Provider.ComputeAsync(key, argument, period, ct);
    }

    /// <summary>Whether <paramref name="key"/> can be computed over several years (<see cref="MetricDefinition.SpansYears"/>).</summary>
    public bool SpansYears(string? key) => Find(key)?.SpansYears == true;

    /// <summary>Null instead of an exception when the metric's module is not installed (an indicator then shows it as unavailable).</summary>
    public async Task<MetricValue?> TryComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default) =>
        Exists(key) ? await ComputeAsync(key, argument, period, ct) : null;
}

/// <summary>
/// The one key convention: <c>module.camelCaseName</c> (<c>visitors.admitted</c>, <c>finance.executionRate</c>), where
/// <c>module</c> is the publishing module's key, lower-case, as in <see cref="MetricDefinition.Module"/>.
/// </summary>
public static partial class MetricKeys
{
    [System.Text.RegularExpressions.GeneratedRegex("^([a-z][a-zA-Z0-9]*)\\.([a-z][a-zA-Z0-9]*)$")]
    private static partial System.Text.RegularExpressions.Regex Shape();

    public static bool IsWellFormed(MetricDefinition d) => Shape().Match(d.Key) is { Success: true } m && m.Groups[1].Value == d.Module;

    internal static MetricDefinition Checked(MetricDefinition d) => IsWellFormed(d) ? d
        : throw new InvalidOperationException($"Metric key '{d.Key}' of module '{d.Module}' does not follow 'module.camelCaseName'.");
}

/// <summary>Units the metrics and indicators speak; a target bound to a metric must use the metric's unit.</summary>
public static class MetricUnits
{
    public const string Percent = "%";
    public const string Yuan = "元";
    public const string YesNo = "是/否";
    public const string Points = "分";
    public const string People = "人";
    public const string PersonTimes = "人次";
    public const string Days = "天";
    public const string Count = "个";
    /// <summary>件: exhibits and other pieces.</summary>
    public const string Pieces = "件";
    /// <summary>件次: jobs done on pieces (maintenance).</summary>
    public const string PieceTimes = "件次";
    public const string Hours = "小时";
    /// <summary>场: events held (lectures, shows), as the report counts them.</summary>
    public const string Sessions = "场";
    /// <summary>项: contest works and prizes, as the report counts them (获奖作品 985 项).</summary>
    public const string Works = "项";
    /// <summary>支: teams (参赛队 400 多支).</summary>
    public const string Teams = "支";
    /// <summary>次: occurrences (findings of inspections and audits).</summary>
    public const string Times = "次";

    /// <summary>Levels (rates, scores, yes/no) are compared as they stand; anything else is counted up over the year.</summary>
    public static bool IsLevel(string unit) => unit is Percent or YesNo or Points or People;
}
