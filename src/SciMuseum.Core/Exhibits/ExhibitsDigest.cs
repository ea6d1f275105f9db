using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Alerts;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// The maintenance department's part of the daily digest: every open work order past its SLA, and every consumable whose
/// remaining stock (over all locations, not what was ever received) is at or below its minimum.
/// </summary>
public sealed class ExhibitsDigest(TimeProvider clock) : IDigestSource
{
    public const string OverdueSource = "exhibits.overdue";
    public const string ReorderSource = "exhibits.reorder";

    public async Task<int> WriteAsync(MuseumDb db, DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var department = await db.Departments.Where(d => d.Kind == DepartmentKind.ExhibitMaintenance).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        var existing = (await db.Alerts.Where(a => a.Day == today && (a.Source == OverdueSource || a.Source == ReorderSource))
            .Select(a => new { a.Source, a.Subject }).ToListAsync(ct)).Select(a => (a.Source, a.Subject)).ToHashSet();
        var added = 0;
        void Add(Alert a)
        {
            if (!existing.Add((a.Source, a.Subject))) return;
            a.Day = today;
            a.DepartmentId = department;
            db.Alerts.Add(a);
            added++;
        }

        var overdue = await (from w in db.WorkOrders.AsNoTracking()
                             where w.State != WorkOrderState.Done && w.State != WorkOrderState.Verified && w.DueAt < now
                             join e in db.Exhibits on w.ExhibitId equals e.Id
                             orderby w.DueAt
                             select new { w.Id, w.Number, w.ExhibitId, ExhibitName = e.Name, w.State, w.Priority, w.DueAt, w.Description }).Take(200).ToListAsync(ct);
        foreach (var o in overdue)
        {
            var late = now - o.DueAt;
            Add(new Alert
            {
                Source = OverdueSource, Subject = o.Id.ToString(),
                Severity = o.Priority == WorkOrderPriority.Urgent || late > TimeSpan.FromDays(7) ? Severity.Red : Severity.Amber,
                Title = $"工单逾期：{o.Number} {o.ExhibitName}",
                Detail = Cut($"{WorkOrderLabels.State(o.State, true)}，期限 {Common.MuseumClock.Format(o.DueAt)[..16]}，已逾期 {Late(late)}。{o.Description}", 1000),
                Link = $"/staff/exhibits/{o.ExhibitId}",
            });
        }

        foreach (var c in (await ListConsumables.HandleAsync(db, ct)).Where(c => c.Reorder))
            Add(new Alert
            {
                Source = ReorderSource, Subject = c.Id.ToString(), Severity = c.Remaining == 0 ? Severity.Red : Severity.Amber,
                Title = $"耗材需补货：{c.Name}",
                Detail = $"现存 {c.Remaining:N0} {c.Unit}，最低库存 {c.MinimumStock:N0} {c.Unit}" + (c.OpenRequests > 0 ? $"，已有 {c.OpenRequests} 张申购单待到货。" : "，尚未申购。"),
                Link = "/staff/exhibits/consumables",
            });
        await db.SaveChangesAsync(ct);
        return added;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Late(TimeSpan t) => t.TotalHours < 24 ? $"{Math.Max(1, (int)t.TotalHours)} 小时" : $"{(int)t.TotalDays} 天";
}
