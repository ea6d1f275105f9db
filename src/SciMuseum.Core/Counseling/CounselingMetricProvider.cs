using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Counseling;

/// <summary>The center's counts for indicators and the report (心理健康讲座 35 in the 2020 evaluation). Counts only.</summary>
public sealed class CounselingMetricProvider(MuseumDb db) : IMetricProvider
{
    private const string Module = "counseling";

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("counseling.hotlineCalls", "心理热线来电", "Hotline calls", MetricUnits.PersonTimes, Module),
        new("counseling.parentVisits", "来访家长咨询", "Parent visits", MetricUnits.PersonTimes, Module),
        new("counseling.consultations", "个体心理咨询", "Individual consultations", MetricUnits.PersonTimes, Module),
        new("counseling.roomVisitors", "个体室参观体验", "Individual room visitors", MetricUnits.PersonTimes, Module),
        new("counseling.onlineSessions", "网上远程心理辅导", "Online counselling sessions", MetricUnits.Count, Module),
        new("counseling.lectures", "心理健康讲座场次", "Mental health lectures", MetricUnits.Sessions, Module),
        new("counseling.lectureParticipants", "心理健康讲座参加人次", "Lecture participants", MetricUnits.PersonTimes, Module),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var f = await CounselingStatistics.ForAsync(db, period.From, period.To, ct);
        decimal? value = key switch
        {
            "counseling.hotlineCalls" => f.HotlineCalls,
            "counseling.parentVisits" => f.ParentVisits,
            "counseling.consultations" => f.Consultations,
            "counseling.roomVisitors" => f.RoomVisitors,
            "counseling.onlineSessions" => f.OnlineSessions,
            "counseling.lectures" => f.Lectures,
            "counseling.lectureParticipants" => f.LectureParticipants,
            _ => null,
        };
        if (value is null || (value == 0 && f.Lectures + f.HotlineCalls + f.Consultations == 0)) return null;
        var link = key.StartsWith("counseling.lecture") ? $"/staff/counseling/lectures?year={period.From.Year}" : $"/staff/counseling/logs?year={period.From.Year}";
        var basis = $"{period.From:yyyy-MM-dd}–{period.To:yyyy-MM-dd}：来电 {Formats.Count(f.HotlineCalls)} 人次，家长来访 {Formats.Count(f.ParentVisits)} 人次，"
            + $"个体咨询 {Formats.Count(f.Consultations)} 人次，个体室 {Formats.Count(f.RoomVisitors)} 人次，讲座 {Formats.Count(f.Lectures)} 场 {Formats.Count(f.LectureParticipants)} 人次";
        return new(value.Value, link, basis);
    }
}
