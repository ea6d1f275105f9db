using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Awards;

/// <summary>
/// Staff publish a category's results (or every category of a contest at once): the public results page and the
/// certificate check page show only published categories. Publishing issues a certificate (number + verification code)
/// to each awarded entry that has none, in the same transaction. Withdrawing hides the results again; certificates
/// already issued then verify as "not published" until the category is published again.
/// </summary>
public static class PublishResults
{
    public sealed record Published(int Categories, int CertificatesIssued);

    /// <summary>
    /// What must hold before a category's results go public; null when nothing stands in the way: its results are signed
    /// off (<see cref="ContestCategory.SignedOffAt"/>). That holds for robot events scored by matches too: they are
    /// signed off by the same use case once their matches are entered (<see cref="Judging.SignOffCategory"/>), which
    /// locks match entry as it locks scoring — a published ranking cannot move under its certificates.
    /// </summary>
    public static Refusal? Blocker(ContestCategory c) => c.SignedOffAt is null ? NotSignedOff([c]) : null;

    public static Refusal NotSignedOff(IReadOnlyList<ContestCategory> cs)
    {
        var names = string.Join("、", cs.Select(c => c.Name));
        var en = string.Join(", ", cs.Select(c => c.Name));
        return Refusal.OnField("category", $"{names}的评审结果尚未签发确认，不能公布；请先在评审页签发。未作任何更改。",
            $"{en}: results are not signed off and cannot be published; sign them off on the judging page first. Nothing was changed.");
    }

    public static async Task<Result<Published>> HandleAsync(MuseumDb db, Guid contestId, Guid? categoryId, TimeProvider clock, CancellationToken ct)
    {
        var contest = await db.Contests.FirstOrDefaultAsync(c => c.Id == contestId, ct);
        if (contest is null) return Refusal.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        var categories = await db.ContestCategories.Where(c => c.ContestId == contestId && (categoryId == null || c.Id == categoryId)).ToListAsync(ct);
        if (categoryId is not null && categories.Count == 0) return Refusal.NotFound("本竞赛没有这个类别。", "No such category in this contest.");
        // Every category is checked before anything is written: publishing a contest is all or nothing.
        var unsigned = categories.Where(c => Blocker(c) is not null).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToList();
        if (unsigned.Count > 0) return NotSignedOff(unsigned);

        var now = clock.GetUtcNow().UtcDateTime;
        // One transaction: the contest row is touched first, so two publishes of one contest queue behind each other (a
        // row lock on PostgreSQL, the write lock on SQLite) and the second finds the first one's certificates.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Contests.Where(c => c.Id == contestId).ExecuteUpdateAsync(u => u.SetProperty(c => c.UpdatedAt, now), ct);
        foreach (var c in categories) c.ResultsPublishedAt ??= now;
        var issued = await IssueCertificatesAsync(db, contest, [.. categories.Select(c => c.Id)], now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Published(categories.Count, issued);
    }

    public static async Task<Result<Published>> WithdrawAsync(MuseumDb db, Guid contestId, Guid? categoryId, CancellationToken ct)
    {
        if (!await db.Contests.AnyAsync(c => c.Id == contestId, ct)) return Refusal.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        var categories = await db.ContestCategories.Where(c => c.ContestId == contestId && (categoryId == null || c.Id == categoryId)).ToListAsync(ct);
        if (categoryId is not null && categories.Count == 0) return Refusal.NotFound("本竞赛没有这个类别。", "No such category in this contest.");
        foreach (var c in categories) c.ResultsPublishedAt = null;
        await db.SaveChangesAsync(ct);
        return new Published(categories.Count, 0);
    }

    /// <summary>
    /// Writes a certificate for each awarded entry of the categories that has none, in multi-row INSERTs of
    /// <see cref="RowsPerStatement"/> rows (6,000 certificates are 6 statements, not 6,000 tracked entities and 6,000
    /// audit rows), and adds (unsaved) one audit row that names the contest and how many were issued; answers how many.
    /// </summary>
    private static async Task<int> IssueCertificatesAsync(MuseumDb db, Contest contest, IReadOnlyList<Guid> categoryIds, DateTime now, CancellationToken ct)
    {
        var results = (await ContestResults.LoadAsync(db, [contest.Id], ct)).Single();
        var awarded = results.Categories.Where(c => categoryIds.Contains(c.Category.Id))
            .SelectMany(c => c.Entries).Where(e => e.Placed.Prize is not null).Select(e => e.Entry).ToList();
        var have = (await db.ContestCertificates.Where(c => c.ContestId == contest.Id).Select(c => c.EntryId).ToListAsync(ct)).ToHashSet();
        var missing = awarded.Where(e => !have.Contains(e.Id)).ToList();
        foreach (var chunk in missing.Chunk(RowsPerStatement))
        {
            // {0}–{2} are shared by every row; each row adds its id, entry, number and code. EF maps each value as its
            // columns store it (upper-case text Guids and ISO text times on SQLite, uuid and timestamptz on PostgreSQL).
            var values = new List<object> { contest.MuseumId, contest.Id, now };
            var rows = chunk.Select((e, i) =>
            {
                values.AddRange([Guid.CreateVersion7(), e.Id, NumberFor(contest, e.Number), NewCode()]);
                var k = 3 + 4 * i;
                return $"({{{k}}}, {{0}}, FALSE, NULL, {{2}}, {{2}}, {{1}}, {{{k + 1}}}, {{{k + 2}}}, {{{k + 3}}}, {{2}})";
            });
            var sql = """
                INSERT INTO "ContestCertificates" ("Id", "MuseumId", "IsDeleted", "DeletedAt", "CreatedAt", "UpdatedAt", "ContestId", "EntryId", "Number", "Code", "IssuedAt")
                VALUES
                """ + string.Join(",\n", rows);
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
        if (missing.Count > 0)
            db.AuditEntries.Add(new AuditEntry
            {
                MuseumId = contest.MuseumId, At = now, UserId = db.User.UserId, UserName = db.User.UserName ?? (db.User.IsSystem ? "system" : null),
                Entity = nameof(Certificate), EntityKey = contest.Id.ToString(), Action = AuditAction.Insert,
                After = $$"""{"ContestId":"{{contest.Id}}","Issued":{{missing.Count}},"Categories":{{categoryIds.Count}}}""",
            });
        return missing.Count;
    }

    /// <summary>Rows per INSERT: 4 parameters each, well under SQLite's 32,766 and PostgreSQL's 65,535 per statement.</summary>
    private const int RowsPerStatement = 1000;

    /// <summary>证书编号: year, the contest's kind (KC 科创, JQR 机器人, BC 编程, AI, JS other) and the registration number.</summary>
    public static string NumberFor(Contest contest, int entryNumber) =>
        $"{contest.Year}{contest.Kind switch { ContestKind.Innovation => "KC", ContestKind.Robot => "JQR", ContestKind.Programming => "BC", ContestKind.AiActivity => "AI", _ => "JS" }}{entryNumber:D4}";

    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>10 characters of a 31-letter alphabet (about 50 bits): not guessable, short enough to type from paper.</summary>
    public static string NewCode() => new([.. Enumerable.Range(0, 10).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);
}
