using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Alerts;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// The escalation rule: a case assessed 高风险 puts a red item in the center's digest the same moment, for its head.
/// The alert names the case number and the counselor, never what the case is about.
/// </summary>
public static class CaseAlerts
{
    public const string Source = "counseling.risk";

    /// <summary>Adds the alert to the caller's unit of work (saved with the change that raised the risk); once per case per day.</summary>
    public static async Task RaiseAsync(MuseumDb db, TimeProvider clock, CounselingCase c, string counselorName, CancellationToken ct)
    {
        var today = MuseumClock.Today(clock);
        var subject = c.Id.ToString();
        if (await db.Alerts.AnyAsync(a => a.Day == today && a.Source == Source && a.Subject == subject, ct)) return;
        var center = await db.Departments.Where(d => d.Kind == DepartmentKind.CounselingCenter).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        db.Alerts.Add(new Alert
        {
            MuseumId = c.MuseumId, DepartmentId = center, Day = today, Source = Source, Subject = subject, Severity = Severity.Red,
            Title = $"高风险个案 {c.Number}",
            Detail = $"辅导员 {counselorName} 于 {MuseumClock.Format(clock.GetUtcNow().UtcDateTime)[..16]} 将个案 {c.Number} 评估为高风险，请中心负责人即刻跟进。个案内容仅负责辅导员可见。",
            Link = "/staff/counseling/center",
        });
    }
}
