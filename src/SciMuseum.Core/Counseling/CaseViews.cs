using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Counseling;

public sealed record CaseEntryView(Guid Id, DateOnly Date, CaseEntryKind Kind, SessionMode Mode, int DurationMinutes, string Text, string WrittenBy);

public sealed record HandOverView(DateTime At, string From, string To, string Reason);

/// <summary>A case opened for its counselor: the sealed fields in plain text. Never leaves the counselor's own requests.</summary>
public sealed record CaseView(
    Guid Id, string Number, CaseStatus Status, RiskLevel Risk, DateOnly OpenedOn, DateOnly? ClosedOn, DateOnly? ReferredOn, string Counselor,
    string MinorName, string Age, string School, string GuardianName, string GuardianRelation, string GuardianPhone,
    string PresentingProblem, string Referral, string ClosingSummary, IReadOnlyList<CaseEntryView> Entries, IReadOnlyList<HandOverView> HandOvers);

/// <summary>One line of a counselor's own case list.</summary>
public sealed record CaseListItem(Guid Id, string Number, CaseStatus Status, RiskLevel Risk, DateOnly OpenedOn, string MinorName, int Sessions, DateOnly? LastEntry);

public static class CaseViews
{
    public static async Task<string> NameAsync(MuseumDb db, string userId, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName != "" ? u.DisplayName : u.UserName).FirstOrDefaultAsync(ct) ?? "—";

    public static async Task<Dictionary<string, string>> NamesAsync(MuseumDb db, IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName != "" ? u.DisplayName : u.UserName ?? u.Id, ct);
    }

    public static async Task<CaseView> ViewAsync(MuseumDb db, CaseCipher cipher, CounselingCase k, CancellationToken ct)
    {
        var entries = await db.CaseEntries.AsNoTracking().Where(e => e.CaseId == k.Id).OrderBy(e => e.Date).ThenBy(e => e.CreatedAt).ToListAsync(ct);
        var handOvers = await db.CaseHandOvers.AsNoTracking().Where(h => h.CaseId == k.Id).OrderBy(h => h.At).ToListAsync(ct);
        var names = await NamesAsync(db, [k.CounselorId, .. entries.Select(e => e.WrittenBy), .. handOvers.SelectMany(h => new[] { h.FromCounselorId, h.ToCounselorId })], ct);
        string N(string id) => names.GetValueOrDefault(id, "—");
        string O(string v, string field) => cipher.Open(v, CaseSeal.Case(k.Id, field));
        return new CaseView(
            k.Id, k.Number, k.Status, k.Risk, k.OpenedOn, k.ClosedOn, k.ReferredOn, N(k.CounselorId),
            O(k.MinorNameSealed, CaseSeal.MinorName), O(k.AgeSealed, CaseSeal.Age), O(k.SchoolSealed, CaseSeal.School),
            O(k.GuardianNameSealed, CaseSeal.GuardianName), O(k.GuardianRelationSealed, CaseSeal.GuardianRelation), O(k.GuardianPhoneSealed, CaseSeal.GuardianPhone),
            O(k.PresentingProblemSealed, CaseSeal.PresentingProblem), O(k.ReferralSealed, CaseSeal.Referral), O(k.ClosingSummarySealed, CaseSeal.ClosingSummary),
            [.. entries.Select(e => new CaseEntryView(e.Id, e.Date, e.Kind, e.Mode, e.DurationMinutes, cipher.Open(e.TextSealed, CaseSeal.Entry(e.Id)), N(e.WrittenBy)))],
            [.. handOvers.Select(h => new HandOverView(h.At, N(h.FromCounselorId), N(h.ToCounselorId), cipher.Open(h.ReasonSealed, CaseSeal.HandOver(h.Id))))]);
    }
}

/// <summary>Reading cases: the counselor's own list and one case, each read audited.</summary>
public static class ReadCases
{
    public static async Task<List<CaseListItem>> MineAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, bool openOnly, CancellationToken ct)
    {
        var me = db.User.UserId;
        var cases = await db.CounselingCases.AsNoTracking().Where(c => c.CounselorId == me && (!openOnly || c.Status == CaseStatus.Open))
            .OrderByDescending(c => c.Risk == RiskLevel.High).ThenBy(c => c.Status).ThenByDescending(c => c.OpenedOn).Take(500).ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var entries = await db.CaseEntries.AsNoTracking().Where(e => ids.Contains(e.CaseId))
            .GroupBy(e => e.CaseId).Select(g => new { g.Key, Sessions = g.Count(e => e.Kind == CaseEntryKind.Session), Last = g.Max(e => e.Date) })
            .ToDictionaryAsync(x => x.Key, ct);
        await CaseAccess.ReadAsync(db, clock, "list", $"个案列表 {cases.Count} 件 / case list of {cases.Count}", ct);
        return [.. cases.Select(c => new CaseListItem(c.Id, c.Number, c.Status, c.Risk, c.OpenedOn,
            cipher.Open(c.MinorNameSealed, CaseSeal.Case(c.Id, CaseSeal.MinorName)),
            entries.TryGetValue(c.Id, out var e) ? e.Sessions : 0, entries.TryGetValue(c.Id, out var l) ? l.Last : null))];
    }

    public static async Task<Common.Result<CaseView>> OneAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, Guid id, CancellationToken ct)
    {
        var found = await CaseAccess.ForCounselorAsync(db, clock, id, ct);
        if (found.Value is not { } k) return found.Refusal!;
        await CaseAccess.ReadAsync(db, clock, k.Id.ToString(), $"查看个案 {k.Number} / read case {k.Number}", ct);
        return await CaseViews.ViewAsync(db, cipher, k, ct);
    }
}
