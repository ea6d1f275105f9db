using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Audit;

/// <summary>The audit log of the acting museum, newest first, filtered by entity, user and local date range.</summary>
public static class SearchAudit
{
    public sealed record Query(string? Entity, string? User, DateOnly? From, DateOnly? To, int? Page, int? PageSize);

    public static Task<Page<AuditEntry>> HandleAsync(MuseumDb db, Query q, CancellationToken ct)
    {
        var log = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Entity)) log = log.Where(a => a.Entity == q.Entity.Trim());
        if (!string.IsNullOrWhiteSpace(q.User)) log = log.Where(a => a.UserName != null && a.UserName.Contains(q.User.Trim()));
        if (q.From is { } from) { var start = StartOfLocalDay(from); log = log.Where(a => a.At >= start); }
        if (q.To is { } to) { var end = StartOfLocalDay(to.AddDays(1)); log = log.Where(a => a.At < end); }
        return log.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToPageAsync(q.Page, q.PageSize, ct);
    }

    public static Task<List<string>> EntitiesAsync(MuseumDb db, CancellationToken ct) =>
        db.AuditEntries.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);

    private static DateTime StartOfLocalDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), MuseumClock.Zone);
}
