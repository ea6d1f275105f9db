using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// What the center's head (and the leaders) see of the cases: counts, the high-risk alerts and who carries which case,
/// by case number. Nothing any case says: this reads only the plain columns, so it needs no key and opens nothing.
/// </summary>
public static class CenterOverview
{
    public sealed record Assignment(string CounselorId, string Counselor, int OpenCases, int HighRisk, int SessionsThisYear);

    public sealed record RiskCase(Guid Id, string Number, string Counselor, DateOnly OpenedOn, DateOnly? LastSession);

    public sealed record AlertItem(DateOnly Day, string Title, string Detail);

    public sealed record Result(int Year, int OpenCases, int HighRiskOpen, int OpenedThisYear, int ClosedThisYear, int SessionsThisYear,
        IReadOnlyList<Assignment> Assignments, IReadOnlyList<RiskCase> HighRisk, IReadOnlyList<AlertItem> Alerts);

    public static async Task<Result> HandleAsync(MuseumDb db, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var open = await db.CounselingCases.AsNoTracking().Where(c => c.Status == CaseStatus.Open)
            .Select(c => new { c.Id, c.Number, c.CounselorId, c.Risk, c.OpenedOn }).ToListAsync(ct);
        var sessions = await db.CaseEntries.AsNoTracking().Where(e => e.Kind == CaseEntryKind.Session && e.Date >= from && e.Date <= to)
            .GroupBy(e => e.WrittenBy).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var riskIds = open.Where(c => c.Risk == RiskLevel.High).Select(c => c.Id).ToList();
        var lastSessions = await db.CaseEntries.AsNoTracking().Where(e => riskIds.Contains(e.CaseId) && e.Kind == CaseEntryKind.Session)
            .GroupBy(e => e.CaseId).Select(g => new { g.Key, Last = g.Max(e => e.Date) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);
        var counselors = await Counselors.OfMuseumAsync(db, ct);
        var names = await CaseViews.NamesAsync(db, open.Select(c => c.CounselorId).Concat(sessions.Keys), ct);
        foreach (var c in counselors) names.TryAdd(c.Id, c.Name);
        var assignments = names.Keys.Select(id => new Assignment(id, names[id], open.Count(c => c.CounselorId == id),
                open.Count(c => c.CounselorId == id && c.Risk == RiskLevel.High), sessions.GetValueOrDefault(id)))
            .OrderByDescending(a => a.OpenCases).ThenBy(a => a.Counselor).ToList();
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.Source == CaseAlerts.Source).OrderByDescending(a => a.CreatedAt).Take(20)
            .Select(a => new AlertItem(a.Day, a.Title, a.Detail)).ToListAsync(ct);
        return new Result(year, open.Count, riskIds.Count,
            await db.CounselingCases.CountAsync(c => c.OpenedOn >= from && c.OpenedOn <= to, ct),
            await db.CounselingCases.CountAsync(c => c.ClosedOn >= from && c.ClosedOn <= to, ct),
            sessions.Values.Sum(), assignments,
            [.. open.Where(c => c.Risk == RiskLevel.High).OrderBy(c => c.OpenedOn)
                .Select(c => new RiskCase(c.Id, c.Number, names.GetValueOrDefault(c.CounselorId, "—"), c.OpenedOn, lastSessions.TryGetValue(c.Id, out var d) ? d : null))],
            alerts);
    }
}
