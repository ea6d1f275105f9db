using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs.Training;
using SciMuseum.Core.Programs.Volunteers;

namespace SciMuseum.Core.Programs;

/// <summary>
/// The programs module's figures for indicators and the report: the activity plan (planned, held, up to standard, both
/// rates, participants, by audience and by activity), volunteers (person-times, hours) and staff training (sessions,
/// hours, share of staff trained).
/// </summary>
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
        new("programs.participantsByAudience", "活动参与人次（按对象）", "Activity participants of an audience", MetricUnits.PersonTimes, Module, "audience"),
        new("programs.participantsByActivity", "活动参与人次（按活动）", "Participants of one activity", MetricUnits.PersonTimes, Module, "activity"),
        new("programs.volunteerPersonTimes", "志愿服务人次", "Volunteer services (person-times)", MetricUnits.PersonTimes, Module),
        new("programs.volunteerHours", "志愿服务时长", "Volunteer hours", MetricUnits.Hours, Module),
        new("programs.trainingSessions", "辅导员培训次数", "Staff training sessions", MetricUnits.Sessions, Module),
        new("programs.trainingHours", "辅导员培训学时", "Staff training hours", MetricUnits.Hours, Module),
        new("programs.staffTrainedRate", "职工参训率", "Share of staff trained", MetricUnits.Percent, Module),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        if (key.StartsWith("programs.volunteer", StringComparison.Ordinal)) return await VolunteersAsync(key, period, ct);
        if (key.StartsWith("programs.training", StringComparison.Ordinal) || key == "programs.staffTrainedRate") return await TrainingAsync(key, period, ct);
        if (key == "programs.participantsByActivity") return await ActivityAsync(argument, period, ct);

        var s = await ProgramStatistics.HandleAsync(db, period, ct);
        if (s.Planned == 0) return null;
        var link = $"/staff/programs?year={period.From.Year}";
        var basis = $"{period.From:yyyy-MM-dd}–{period.To:yyyy-MM-dd}：计划 {s.Planned} 个，实际开展 {s.Held} 个（完成率 {Formats.Rate(s.HeldRate)}），"
            + $"评定达标 {s.UpToStandard} 个（达标率 {Formats.Rate(s.StandardRate)}），签到 {Formats.Count(s.Participants)} 人次";
        return key switch
        {
            "programs.planned" => new(s.Planned, link, basis),
            "programs.held" => new(s.Held, link, basis),
            "programs.upToStandard" => new(s.UpToStandard, link, basis),
            "programs.heldRate" => s.HeldRate is { } h ? new(h, link, basis) : null,
            "programs.standardRate" => s.StandardRate is { } r ? new(r, link, basis) : null,
            "programs.participants" => new(s.Participants, link, basis),
            "programs.participantsByAudience" when argument is { Length: > 0 } =>
                s.ParticipantsByAudience.TryGetValue(argument, out var n) ? new(n, link, $"已开展活动中对象为“{argument}”的签到人次：{Formats.Count(n)}") : null,
            _ => null,
        };
    }

    private async Task<MetricValue?> ActivityAsync(string? argument, MetricPeriod period, CancellationToken ct)
    {
        if (argument is not { Length: > 0 }) return null;
        var rows = await ListActivities.HandleAsync(db, period.From.Year, null, ct);
        var a = rows.FirstOrDefault(r => r.Id.ToString() == argument || r.Title == argument);
        return a is null ? null : new(a.Participants, $"/staff/programs?year={period.From.Year}", $"{a.Title}：签到 {Formats.Count(a.Participants)} 人次（目标 {Formats.Count(a.TargetParticipants)}）");
    }

    private async Task<MetricValue?> VolunteersAsync(string key, MetricPeriod period, CancellationToken ct)
    {
        var t = await VolunteerRecords.TotalsAsync(db, period, ct);
        if (t.PersonTimes == 0) return null;
        var link = $"/staff/programs/volunteers?year={period.From.Year}";
        var basis = $"{period.From:yyyy-MM-dd}–{period.To:yyyy-MM-dd}：{t.Volunteers} 名志愿者服务 {Formats.Count(t.PersonTimes)} 人次、{Formats.Number(t.Hours)} 小时（签退或审核通过的记录）";
        return key switch
        {
            "programs.volunteerPersonTimes" => new(t.PersonTimes, link, basis),
            "programs.volunteerHours" => new(t.Hours, link, basis),
            _ => null,
        };
    }

    private async Task<MetricValue?> TrainingAsync(string key, MetricPeriod period, CancellationToken ct)
    {
        var y = await StaffTraining.YearAsync(db, period.From.Year, ct);
        if (y.Sessions == 0) return null;
        var link = $"/staff/programs/training?year={y.Value}";
        var basis = $"{y.Value} 年培训 {y.Sessions} 次、{Formats.Number(y.Hours)} 学时，参训 {y.PersonTimes} 人次；在册职工 {y.StaffOnRoll} 人中参训 {y.StaffTrained} 人（{Formats.Rate(y.ShareTrained)}）";
        return key switch
        {
            "programs.trainingSessions" => new(y.Sessions, link, basis),
            "programs.trainingHours" => new(y.Hours, link, basis),
            "programs.staffTrainedRate" => y.ShareTrained is { } r ? new(r, link, basis) : null,
            _ => null,
        };
    }
}
