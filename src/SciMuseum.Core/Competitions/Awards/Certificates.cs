using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Awards;

/// <summary>
/// What each certificate states, from the live ranking: a certificate exists for an entry that was awarded when its
/// category was published, and it is valid while the category stays published and the entry still holds a prize. The
/// PDFs, the school's ZIP and the public check page all read these facts — never a contact or ID.
/// </summary>
public static class Certificates
{
    public sealed record Facts(Guid EntryId, Guid CategoryId, Guid UnitId, string Number, string Code, string Names, string School, string Work,
        string Category, Prize Prize, string PrizeTitle, string Contest, string Museum, DateOnly Date);

    /// <summary>Which certificates: a contest's, narrowed to a category, a school or one entry.</summary>
    public sealed record Filter(Guid ContestId, Guid? CategoryId = null, Guid? UnitId = null, Guid? EntryId = null);

    public static async Task<IReadOnlyList<Facts>> ListAsync(MuseumDb db, Filter f, CancellationToken ct)
    {
        var certificates = await db.ContestCertificates.AsNoTracking().Where(c => c.ContestId == f.ContestId && (f.EntryId == null || c.EntryId == f.EntryId))
            .ToDictionaryAsync(c => c.EntryId, ct);
        if (certificates.Count == 0) return [];
        if ((await ContestResults.LoadAsync(db, [f.ContestId], ct)).SingleOrDefault() is not { } r) return [];
        var museum = await db.Museums.AsNoTracking().Where(m => m.Id == r.Contest.MuseumId).Select(m => m.Name).FirstOrDefaultAsync(ct) ?? "";
        var entrants = await ContestResults.EntrantNamesAsync(db, [f.ContestId], ct);
        return
        [
            .. from c in r.Categories
               where c.Category.ResultsPublishedAt is not null && (f.CategoryId == null || c.Category.Id == f.CategoryId)
               from e in c.Entries
               where e.Placed.Prize is not null && certificates.ContainsKey(e.Entry.Id) && (f.UnitId == null || e.Entry.UnitId == f.UnitId)
               let cert = certificates[e.Entry.Id]
               select new Facts(e.Entry.Id, c.Category.Id, e.Entry.UnitId, cert.Number, cert.Code, string.Join("、", entrants[e.Entry.Id]),
                   r.Units.GetValueOrDefault(e.Entry.UnitId)?.Name ?? "", e.Entry.Title, c.Category.Name, e.Placed.Prize!.Value,
                   PublicResults.PrizeTitle(e.Placed.Prize!.Value), r.Contest.Name, museum,
                   r.Contest.JudgingDate ?? DateOnly.FromDateTime(MuseumClock.ToLocal(c.Category.ResultsPublishedAt!.Value))),
        ];
    }

    /// <summary>The public check of a code: the certificate's facts when valid; otherwise why not (unknown, or no longer published).</summary>
    public sealed record Check(string Code, bool Valid, string Status, Stated? Facts);

    /// <summary>What the public check shows: what the certificate itself prints, nothing more.</summary>
    public sealed record Stated(string Number, string Names, string School, string Work, string Category, string Prize, string Contest, string Museum, DateOnly Date);

    public static async Task<Check> VerifyAsync(MuseumDb db, string? code, CancellationToken ct)
    {
        var clean = (code ?? "").Trim().ToUpperInvariant();
        var certificate = clean.Length is > 0 and <= 20
            ? await db.ContestCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Code == clean, ct)
            : null;
        if (certificate is null)
            return new Check(clean, false, Bilingual.L("查无此证书，请核对证书上的二维码或编号。", "No certificate has this code."), null);
        var facts = (await ListAsync(db, new Filter(certificate.ContestId, EntryId: certificate.EntryId), ct)).SingleOrDefault();
        return facts is null
            ? new Check(clean, false, Bilingual.L("该证书对应的获奖结果目前未公布或已变更，证书无效。", "The results behind this certificate are not published or have changed; it is not valid."), null)
            : new Check(clean, true, Bilingual.L("证书有效。", "The certificate is valid."),
                new Stated(facts.Number, facts.Names, facts.School, facts.Work, facts.Category, facts.PrizeTitle, facts.Contest, facts.Museum, facts.Date));
    }
}
