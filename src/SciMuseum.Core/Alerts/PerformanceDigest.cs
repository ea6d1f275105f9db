using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Alerts;

/// <summary>The goal side of the daily digest: goal indicators off course, and rectification measures past their deadline.</summary>
public static class PerformanceDigest
{
    public const string GoalSource = "performance.goals";
    public const string RectificationSource = "performance.rectification";

    /// <returns>How many alerts were added (0 when today's were already written).</returns>
    public static async Task<int> WriteAsync(MuseumDb db, MetricRegistry metrics, DateOnly today, decimal threshold, CancellationToken ct)
    {
        var existing = (await db.Alerts.Where(a => a.Day == today && (a.Source == GoalSource || a.Source == RectificationSource))
            .Select(a => new { a.Source, a.Subject }).ToListAsync(ct)).Select(a => (a.Source, a.Subject)).ToHashSet();
        var added = 0;
        void Add(Alert a)
        {
            if (!existing.Add((a.Source, a.Subject))) return;
            a.Day = today;
            db.Alerts.Add(a);
            added++;
        }

        var report = await new GoalMonitoring(db, metrics).RunAsync(today, threshold, ct);
        foreach (var r in report.Deviations)
            Add(new Alert
            {
                DepartmentId = r.DepartmentId, Source = GoalSource, Subject = r.IndicatorId.ToString(),
                Severity = r.Light == Light.Red ? Severity.Red : Severity.Amber,
                Title = $"{r.Name} 偏离绩效目标",
                Detail = $"目标 {r.Target}{r.Unit}，截至 {today:MM-dd} 实际 {r.Actual}{r.Unit}，预计全年 {r.Forecast}{r.Unit}，偏差 {r.GapPercent}%。",
                Link = r.SourceLink ?? "/staff/performance/monitoring",
            });

        var overdue = await db.RectificationMeasures.AsNoTracking()
            .Where(m => (m.Status == MeasureStatus.Planned || m.Status == MeasureStatus.InProgress) && m.Deadline < today).ToListAsync(ct);
        foreach (var m in overdue)
            Add(new Alert
            {
                DepartmentId = m.DepartmentId, Source = RectificationSource, Subject = m.Id.ToString(), Severity = Severity.Red,
                Title = $"整改措施逾期：{m.Title}",
                Detail = $"期限 {m.Deadline:yyyy-MM-dd}，已逾期 {today.DayNumber - m.Deadline.DayNumber} 天。",
                Link = "/staff/performance/rectification",
            });
        await db.SaveChangesAsync(ct);
        return added;
    }
}
