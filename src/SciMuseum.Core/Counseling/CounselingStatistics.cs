using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// The center's figures for a period, counted in the database from its records: counts only, nothing a case says.
/// The report's sentence (接听来访电话100余人次 … 参加人员达1000余人次) and the <c>counseling.*</c> metrics read these.
/// </summary>
public static class CounselingStatistics
{
    public sealed record Figures(
        DateOnly From, DateOnly To, int HotlineCalls, int HotlineMinutes, int ParentVisits, int Consultations, int RoomVisitors, int OnlineSessions,
        int Lectures, int LectureParticipants, int LecturesOutside, int Series, int CasesOpened, int CasesClosed, int HighRiskCases, int Referrals);

    public static async Task<Figures> ForAsync(MuseumDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var calls = db.HotlineCalls.Where(x => x.Date >= from && x.Date <= to);
        var visits = db.CenterVisits.Where(x => x.Date >= from && x.Date <= to)
            .GroupBy(x => x.Kind).Select(g => new { g.Key, People = g.Sum(x => x.People), Rows = g.Count() }).ToListAsync(ct);
        var lectures = db.Lectures.Where(x => x.Date >= from && x.Date <= to);
        var cases = db.CounselingCases;
        var byKind = (await visits).ToDictionary(v => v.Key);
        int People(CenterVisitKind k) => byKind.TryGetValue(k, out var v) ? v.People : 0;
        return new Figures(from, to,
            await calls.CountAsync(ct), await calls.SumAsync(x => x.DurationMinutes, ct),
            People(CenterVisitKind.ParentVisit),
            await db.CaseEntries.CountAsync(e => e.Kind == CaseEntryKind.Session && e.Date >= from && e.Date <= to, ct),
            People(CenterVisitKind.RoomVisit),
            byKind.TryGetValue(CenterVisitKind.OnlineSession, out var online) ? online.Rows : 0,
            await lectures.CountAsync(ct), await lectures.SumAsync(x => x.Participants, ct),
            await lectures.CountAsync(x => x.PlaceKind != LecturePlace.Center, ct),
            await lectures.Where(x => x.SeriesId != null).Select(x => x.SeriesId).Distinct().CountAsync(ct),
            await cases.CountAsync(c => c.OpenedOn >= from && c.OpenedOn <= to, ct),
            await cases.CountAsync(c => c.ClosedOn >= from && c.ClosedOn <= to, ct),
            await cases.CountAsync(c => c.Risk == RiskLevel.High && c.OpenedOn <= to && (c.ClosedOn == null || c.ClosedOn >= from), ct),
            await cases.CountAsync(c => c.ReferredOn >= from && c.ReferredOn <= to, ct));
    }
}
