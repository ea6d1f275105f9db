namespace SciMuseum.Core.Performance;

/// <summary>The period a metric is computed over, both days included (a year, a half year, or up to a monitoring date).</summary>
public sealed record MetricPeriod(DateOnly From, DateOnly To)
{
    public static MetricPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Whether it runs over more than one calendar year (a multi-year evaluation period, e.g. 2016–2020).</summary>
    public bool SpansYears => From.Year != To.Year;

    /// <summary>As shown on pages: "2016–2020" for whole years, else the two dates.</summary>
    public string Label => From is { Month: 1, Day: 1 } && To is { Month: 12, Day: 31 }
        ? From.Year == To.Year ? $"{From.Year}" : $"{From.Year}–{To.Year}"
        : $"{From:yyyy-MM-dd}–{To:yyyy-MM-dd}";
}

/// <summary>
/// A figure a module publishes for performance indicators to bind to, e.g. <c>visitors.admitted</c> (人次).
/// <paramref name="Argument"/> names what the metric takes, if anything (a budget line id, a survey area), or is null.
/// <paramref name="SpansYears"/>: the figure is a count or sum of dated records, so it can be computed over several years
/// at once (an indicator "per 5 years"); levels such as rates cannot, and the registry refuses such a period for them.
/// </summary>
public sealed record MetricDefinition(string Key, string NameZh, string NameEn, string Unit, string Module, string? Argument = null, bool SpansYears = false);

/// <summary>
/// A computed figure with where it came from: <paramref name="SourceLink"/> is the staff page that lists the records
/// behind it (so a score can be clicked through), <paramref name="Basis"/> a short human explanation
/// (e.g. "93,812 admissions on 154 open days").
/// </summary>
public sealed record MetricValue(decimal Value, string? SourceLink = null, string? Basis = null);

/// <summary>
/// Each module registers one provider in DI (<c>services.AddScoped&lt;IMetricProvider, XMetrics&gt;()</c>); the
/// performance module's registry collects them all. A provider computes only from the acting museum's records.
/// </summary>
public interface IMetricProvider
{
    IReadOnlyList<MetricDefinition> Definitions { get; }

    /// <summary>The figure for <paramref name="key"/> over <paramref name="period"/>, or null when there are no records to compute it from.</summary>
    Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default);
}
