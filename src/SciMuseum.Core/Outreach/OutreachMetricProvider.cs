using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Outreach;

/// <summary>The caravan's figures for indicators and the report: trips made and people reached in a period.</summary>
public sealed class OutreachMetricProvider(MuseumDb db) : IMetricProvider
{
    private const string Module = "outreach";

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("outreach.caravanTrips", "科普大篷车巡展次数", "Science caravan trips", MetricUnits.Count, Module, SpansYears: true),
        new("outreach.caravanBeneficiaries", "科普大篷车受益人次", "People reached by the science caravan", MetricUnits.PersonTimes, Module, SpansYears: true),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var trips = db.CaravanTrips.Where(t => t.Date >= period.From && t.Date <= period.To);
        var (count, people) = (await trips.CountAsync(ct), await trips.SumAsync(t => t.Beneficiaries, ct));
        if (count == 0) return null;
        var link = $"/staff/outreach/trips?year={period.From.Year}";
        var basis = $"{period.From:yyyy-MM-dd}–{period.To:yyyy-MM-dd}：巡展 {Formats.Count(count)} 次，受益 {Formats.Count(people)} 人次";
        return key switch
        {
            "outreach.caravanTrips" => new(count, link, basis),
            "outreach.caravanBeneficiaries" => new(people, link, basis),
            _ => null,
        };
    }
}
