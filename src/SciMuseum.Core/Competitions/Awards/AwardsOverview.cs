using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Awards;

/// <summary>What the staff awards page shows for a year: per contest, each category's awarded works and publication, and
/// the schools that have certificates to download.</summary>
public static class AwardsOverview
{
    public sealed record ContestAwards(Guid Id, string Name, IReadOnlyList<CategoryRow> Categories, IReadOnlyList<SchoolRow> Schools);

    /// <summary>A category's row; <c>SignedOff</c>: its judging is signed off, which publishing requires.</summary>
    public sealed record CategoryRow(Guid Id, string Name, int Entries, int Awarded, DateTime? PublishedAt, int Certificates, bool SignedOff);

    public sealed record SchoolRow(Guid Id, string Name, int Certificates);

    public static async Task<IReadOnlyList<ContestAwards>> HandleAsync(MuseumDb db, int year, CancellationToken ct)
    {
        var ids = await db.Contests.AsNoTracking().Where(c => c.Year == year).Select(c => c.Id).ToListAsync(ct);
        var results = await ContestResults.LoadAsync(db, ids, ct);
        var issued = (await db.ContestCertificates.AsNoTracking().Where(c => ids.Contains(c.ContestId)).Select(c => c.EntryId).ToListAsync(ct)).ToHashSet();
        return
        [
            .. results.Where(r => r.Categories.Count > 0).Select(r =>
            {
                var valid = r.Categories.Where(c => c.Category.ResultsPublishedAt is not null).SelectMany(c => c.Entries)
                    .Where(e => e.Placed.Prize is not null && issued.Contains(e.Entry.Id)).ToList();
                return new ContestAwards(r.Contest.Id, r.Contest.Name,
                    [.. r.Categories.Select(c => new CategoryRow(c.Category.Id, c.Category.Name, c.Entries.Count, c.Awarded, c.Category.ResultsPublishedAt,
                        c.Category.ResultsPublishedAt is null ? 0 : c.Entries.Count(e => e.Placed.Prize is not null && issued.Contains(e.Entry.Id)),
                        c.Category.SignedOffAt is not null))],
                    [.. valid.GroupBy(e => e.Entry.UnitId).Select(g => new SchoolRow(g.Key, r.Units.GetValueOrDefault(g.Key)?.Name ?? "", g.Count()))
                        .OrderByDescending(s => s.Certificates).ThenBy(s => s.Name, StringComparer.Ordinal)]);
            }),
        ];
    }
}
