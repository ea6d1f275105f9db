using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Competitions.Awards;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>
/// Publishing writes the certificates in bulk (multi-row INSERTs inside the publish transaction): one per awarded entry,
/// as many as the quotas and thresholds give, stored so that EF reads them back, and publishing again writes nothing.
/// </summary>
public abstract class CertificateIssueTests(SciMuseumApp app)
{
    [Fact]
    public async Task Publishing_twice_leaves_one_certificate_per_awarded_entry_as_quotas_and_thresholds_give()
    {
        var museum = await app.CreateMuseumAsync();
        // Quota 300 / 400 / 500 of 1,300 entries: 1,200 certificates, more than one INSERT's 1,000 rows.
        // Threshold 85 / 70 / 60 over scores 95, 90, … 50: three first, three second and two third prizes.
        var (contestId, quota, threshold) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var contest = new Contest { MuseumId = museum.Id, Year = 2031, Name = "证书批量签发", Kind = ContestKind.Innovation };
            var unit = new ContestUnit { MuseumId = museum.Id, ContestId = contest.Id, Name = "南阳市第一中学", Kind = UnitKind.School };
            var judge = new Judge { MuseumId = museum.Id, ContestId = contest.Id, Name = "评委" };
            db.AddRange(contest, unit, judge);
            var number = 0;
            ContestCategory Category(string name, PrizeMode mode, decimal first, decimal second, decimal third, IEnumerable<decimal> points)
            {
                var category = new ContestCategory
                {
                    MuseumId = museum.Id, ContestId = contest.Id, Name = name, Scoring = ScoringMode.Judges, PrizeMode = mode,
                    First = first, Second = second, Third = third, SignedOffAt = DateTime.UtcNow,
                };
                var criterion = new Criterion { MuseumId = museum.Id, CategoryId = category.Id, Name = "科学性", Weight = 100, MaxPoints = 10_000 };
                db.AddRange(category, criterion);
                foreach (var p in points)
                {
                    var entry = new Entry
                    {
                        MuseumId = museum.Id, ContestId = contest.Id, CategoryId = category.Id, UnitId = unit.Id, Number = ++number,
                        Title = $"作品{number}", Status = EntryStatus.Submitted,
                    };
                    db.Add(entry);
                    db.Add(new Score { MuseumId = museum.Id, EntryId = entry.Id, JudgeId = judge.Id, CriterionId = criterion.Id, Points = p });
                }
                return category;
            }
            var quota = Category("科学幻想画", PrizeMode.Quota, 300, 400, 500, Enumerable.Range(1, 1300).Select(i => (decimal)i * 7));
            var threshold = Category("青少年科学DV", PrizeMode.Threshold, 85, 70, 60, Enumerable.Range(0, 10).Select(i => (95m - 5 * i) * 100));
            await db.SaveChangesAsync();
            return (contest.Id, quota.Id, threshold.Id);
        });

        var first = await PublishAsync(contestId);
        Assert.Equal(1200 + 8, first);
        var rows = await CertificatesAsync(contestId);
        Assert.Equal(1208, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.EntryId).Distinct().Count());
        Assert.Equal(rows.Count, rows.Select(r => r.Code).Distinct().Count());

        // The certificates are exactly the awarded entries, level by level as the quotas and thresholds say.
        var levels = await app.InSystemScopeAsync(async (_, db) =>
        {
            var results = (await ContestResults.LoadAsync(db, [contestId], default)).Single();
            return results.Categories.ToDictionary(c => c.Category.Id, c => (c.Count(Prize.First), c.Count(Prize.Second), c.Count(Prize.Third),
                Awarded: c.Entries.Where(e => e.Placed.Prize is not null).Select(e => e.Entry.Id).ToHashSet()));
        });
        Assert.Equal((300, 400, 500), (levels[quota].Item1, levels[quota].Item2, levels[quota].Item3));
        Assert.Equal((3, 3, 2), (levels[threshold].Item1, levels[threshold].Item2, levels[threshold].Item3));
        Assert.True(levels[quota].Awarded.Union(levels[threshold].Awarded).ToHashSet().SetEquals(rows.Select(r => r.EntryId)));

        // Stored as EF stores them (read back through EF above): the number follows the registration number.
        var entryNumbers = await app.InSystemScopeAsync((_, db) => db.ContestEntries.Where(e => e.ContestId == contestId).ToDictionaryAsync(e => e.Id, e => e.Number));
        Assert.All(rows, r => Assert.Equal($"2031KC{entryNumbers[r.EntryId]:D4}", r.Number));
        Assert.Single(rows.Select(r => r.IssuedAt).Distinct());

        // One audit row names the contest and how many were issued.
        var audit = await app.InSystemScopeAsync((_, db) => db.AuditEntries
            .Where(a => a.Entity == nameof(Certificate) && a.EntityKey == contestId.ToString() && a.Action == AuditAction.Insert).ToListAsync());
        Assert.Contains("\"Issued\":1208", Assert.Single(audit).After);

        Assert.Equal(0, await PublishAsync(contestId));
        Assert.Equal(rows, await CertificatesAsync(contestId));
    }

    private Task<int> PublishAsync(Guid contestId) => app.InSystemScopeAsync(async (services, db) =>
    {
        var published = await PublishResults.HandleAsync(db, contestId, null, services.GetRequiredService<TimeProvider>(), default);
        Assert.True(published.Succeeded, published.Refusal?.Zh);
        return published.Value!.CertificatesIssued;
    });

    private Task<List<(Guid Id, Guid EntryId, string Number, string Code, DateTime IssuedAt)>> CertificatesAsync(Guid contestId) =>
        app.InSystemScopeAsync(async (_, db) => (await db.ContestCertificates.Where(c => c.ContestId == contestId).OrderBy(c => c.Number).ToListAsync())
            .Select(c => (c.Id, c.EntryId, c.Number, c.Code, c.IssuedAt)).ToList());
}

[Collection("sqlite")]
public sealed class CertificateIssueOnSqlite(SqliteApp app) : CertificateIssueTests(app);

[Collection("postgres")]
public sealed class CertificateIssueOnPostgres(PostgresApp app) : CertificateIssueTests(app);
