using SciMuseum.Core.Performance;

namespace SciMuseum.Core.Reporting;

/// <summary>
/// What a module gives the report besides single figures: tables and chart series, under keys like metrics'
/// (<c>finance.lines</c>, <c>visitors.monthly</c>). Each module registers one provider, as it registers its metrics.
/// </summary>
public interface IReportBlockProvider
{
    IReadOnlyList<ReportBlockDefinition> Blocks { get; }

    /// <summary>The block for the acting museum over <paramref name="period"/>, or null when there are no records for it.</summary>
    Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default);

    /// <summary>
    /// Figures for the text that are not metrics, because performance indicators must not bind to them (the
    /// evaluation's own total and grade): <c>{{performance.totalScore}}</c>.
    /// </summary>
    IReadOnlyList<ReportValueDefinition> Values => [];

    Task<ReportFigure?> ValueAsync(string key, MetricPeriod period, CancellationToken ct = default) => Task.FromResult<ReportFigure?>(null);
}

public sealed record ReportValueDefinition(string Key, string NameZh, string NameEn);

public enum ReportBlockKind { Table, Chart }

public sealed record ReportBlockDefinition(string Key, string NameZh, string NameEn, ReportBlockKind Kind, string Module);

public abstract record ReportBlockData(string Caption)
{
    /// <summary>The figures the block prints, for the figure check (each with where it came from).</summary>
    public IReadOnlyList<ReportFigure> Figures { get; init; } = [];
}

/// <summary>A table: header, rows of formatted cells, which columns are numbers (aligned right), relative widths.</summary>
public sealed record ReportTableData(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlySet<int>? Numeric = null, IReadOnlyList<double>? Widths = null) : ReportBlockData(Caption);

/// <summary>A block with nothing to show by design (a comparison with a year that has no records): left out, not a problem.</summary>
public sealed record ReportOmitted(string Reason) : ReportBlockData(Reason);

/// <summary>A bar chart's series: one value per label, in a unit (人次, 万元, %).</summary>
public sealed record ReportSeriesData(string Caption, string Unit, IReadOnlyList<string> Labels, IReadOnlyList<decimal> Values)
    : ReportBlockData(Caption);

/// <summary>
/// One figure as the report prints it, with its source: the metric or block, the period, the value, the page that lists
/// its records. <paramref name="Stated"/> is a figure stated elsewhere for the same thing (a bureau's reconciliation, a
/// total typed on a form); when it differs from <paramref name="Value"/> the figure check lists it.
/// </summary>
public sealed record ReportFigure(string Source, string Label, decimal Value, string Printed, string Period,
    string? Link = null, string? Basis = null, decimal? Stated = null)
{
    public bool Disagrees => Stated is { } s && s != Value;
}

/// <summary>All the modules' blocks by key.</summary>
public sealed class ReportBlockRegistry(IEnumerable<IReportBlockProvider> providers)
{
    private readonly Dictionary<string, (ReportBlockDefinition Definition, IReportBlockProvider Provider)> byKey = providers
        .SelectMany(p => p.Blocks.Select(b => (b, p)))
        .GroupBy(x => x.b.Key)
        .ToDictionary(g => g.Key, g => g.First());

    private readonly Dictionary<string, (ReportValueDefinition Definition, IReportBlockProvider Provider)> values = providers
        .SelectMany(p => p.Values.Select(v => (v, p)))
        .GroupBy(x => x.v.Key)
        .ToDictionary(g => g.Key, g => g.First());

    public ReportValueDefinition? FindValue(string key) => values.TryGetValue(key, out var v) ? v.Definition : null;

    public IReadOnlyList<ReportValueDefinition> ValueDefinitions => [.. values.Values.Select(v => v.Definition).OrderBy(d => d.Key)];

    public Task<ReportFigure?> ValueAsync(string key, MetricPeriod period, CancellationToken ct = default) =>
        values.TryGetValue(key, out var v) ? v.Provider.ValueAsync(key, period, ct) : Task.FromResult<ReportFigure?>(null);

    public IReadOnlyList<ReportBlockDefinition> Definitions => [.. byKey.Values.Select(v => v.Definition).OrderBy(d => d.Module).ThenBy(d => d.Key)];

    public ReportBlockDefinition? Find(string key) => byKey.TryGetValue(key, out var v) ? v.Definition : null;

    public Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default) =>
        byKey.TryGetValue(key, out var v) ? v.Provider.ComputeAsync(key, argument, period, ct) : Task.FromResult<ReportBlockData?>(null);
}

public static class ReportBlockServices
{
    /// <summary>Publishes a module's tables and charts for reports: the <see cref="ReportBlockRegistry"/> finds every provider added here.</summary>
    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddReportBlocks<T>(this Microsoft.Extensions.DependencyInjection.IServiceCollection services)
        where T : class, IReportBlockProvider =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<IReportBlockProvider, T>(services);
}
