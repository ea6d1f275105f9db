using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Programs;

/// <summary>The activity plan's figures for indicators and the report: planned, held, up to standard, both rates, participants.</summary>
public sealed class ProgramsMetricProvider(MuseumDb db) : IMetricProvider
{
    private const string Module = "programs";

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("programs.planned", "计划开展活动", "Activities planned", MetricUnits.Count, Module),
        new("programs.held", "实际开展活动", "Activities held", MetricUnits.Count, Module),
        new("programs.upToStandard", "达标活动", "Activities up to standard", MetricUnits.Count, Module),
        new("programs.heldRate", "活动实际完成率", "Share of planned activities held", MetricUnits.Percent, Module),
        new("programs.standardRate", "活动质量达标率", "Share of held activities up to standard", MetricUnits.Percent, Module),
        new("programs.participants", "活动参与人次", "Activity participants", MetricUnits.PersonTimes, Module),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var s = await ProgramStatistics.HandleAsync(db, period, ct);
        if (s.Planned == 0) return null;
        var link = $"/staff/programs?year={period.From.Year}";
        var basis = $"{period.From:yyyy-MM-dd}–{period.To:yyyy-MM-dd}：计划 {s.Planned} 个，实际开展 {s.Held} 个（完成率 {Common.Formats.Rate(s.HeldRate)}），"
            + $"评定达标 {s.UpToStandard} 个（达标率 {Common.Formats.Rate(s.StandardRate)}），签到 {Common.Formats.Count(s.Participants)} 人次";
        return key switch
        {
            "programs.planned" => new(s.Planned, link, basis),
            "programs.held" => new(s.Held, link, basis),
            "programs.upToStandard" => new(s.UpToStandard, link, basis),
            "programs.heldRate" => s.HeldRate is { } h ? new(h, link, basis) : null,
            "programs.standardRate" => s.StandardRate is { } r ? new(r, link, basis) : null,
            "programs.participants" => new(s.Participants, link, basis),
            _ => null,
        };
    }
}
