using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Alerts;

/// <summary>The budget side of the daily digest: every line behind its planned spending becomes an alert for its department.</summary>
public static class FinanceDigest
{
    public const string Source = "finance.monitoring";

    /// <returns>How many alerts were added (0 when today's were already written).</returns>
    public static async Task<int> WriteAsync(MuseumDb db, DateOnly today, decimal threshold, CancellationToken ct)
    {
        if (!await db.Budgets.AnyAsync(b => b.Year == today.Year, ct)) return 0;
        var report = await new Monitoring(db).RunAsync(today.Year, today.Month, threshold, ct: ct);
        var existing = await db.Alerts.Where(a => a.Day == today && a.Source == Source).Select(a => a.Subject).ToListAsync(ct);
        var added = 0;
        foreach (var line in report.Behind.Where(l => !existing.Contains(l.LineId.ToString())))
        {
            var m = line.Current;
            db.Alerts.Add(new Alert
            {
                DepartmentId = line.DepartmentId,
                Day = today,
                Source = Source,
                Subject = line.LineId.ToString(),
                Severity = m.Light == Light.Red ? Severity.Red : Severity.Amber,
                Title = $"{line.Code} {line.Name} 支出进度落后",
                Detail = $"截至 {today.Month} 月：计划 {m.PlannedPercent}% ，实际 {m.ActualPercent ?? 0}% ，落后 {m.Gap} 个百分点。",
                Link = $"/staff/finance/lines/{line.LineId}",
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }
}
