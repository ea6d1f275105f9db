using SciMuseum.Core.Performance;

namespace SciMuseum.Core.Visitors;

/// <summary>Visitor figures that performance indicators bind to.</summary>
public sealed class VisitorsMetricProvider(VisitorStatistics statistics) : IMetricProvider
{
    private const string Module = "visitors";
    private readonly Dictionary<MetricPeriod, PeriodStatistics> computed = [];

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("visitors.admitted", "接待观众人次", "Visitors admitted", MetricUnits.PersonTimes, Module, SpansYears: true),
        new("visitors.openDays", "开放天数", "Open days", MetricUnits.Days, Module, SpansYears: true),
        new("visitors.groupAdmitted", "团体观众人次", "Group visitors admitted", MetricUnits.PersonTimes, Module, SpansYears: true),
        new("visitors.averagePerOpenDay", "日均接待人次", "Visitors per open day", MetricUnits.PersonTimes, Module),
        new("visitors.noShowRate", "预约爽约率", "No-show rate", MetricUnits.Percent, Module),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        if (!Definitions.Any(d => d.Key == key)) return null;
        // An evaluation asks for several visitor figures of one period: count the records once.
        if (!computed.TryGetValue(period, out var s)) computed[period] = s = await statistics.ForPeriodAsync(period.From, period.To, ct);
        var link = $"/staff/visitors/statistics?year={period.From.Year}";
        var basis = $"{s.From:yyyy-MM-dd}–{s.To:yyyy-MM-dd}：入馆 {s.Admitted:N0} 人次，开放 {s.OpenDays} 天" + VisitorStatistics.Provenance(s);
        decimal value = key switch
        {
            "visitors.admitted" => s.Admitted,
            "visitors.openDays" => s.OpenDays,
            "visitors.groupAdmitted" => s.Group,
            "visitors.averagePerOpenDay" => s.AveragePerOpenDay,
            _ => s.NoShowRate,
        };
        return new MetricValue(value, link, basis);
    }
}
