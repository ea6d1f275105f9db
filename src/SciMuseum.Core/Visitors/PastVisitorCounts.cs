using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>One import of past visitor counts, as the page and the API list it.</summary>
public sealed record PastCountBatch(Guid BatchId, string SourceFile, DateTime ImportedAt, string ImportedBy, DateOnly From, DateOnly To,
    int Rows, int Days, int Visitors);

/// <summary>The imports of past visitor counts: listed by batch, and withdrawn a batch at a time (soft-deleted, audited).</summary>
public static class PastVisitorCounts
{
    public static async Task<List<PastCountBatch>> BatchesAsync(MuseumDb db, CancellationToken ct)
    {
        // A museum's past counts are a few thousand rows at most: grouped here, the same on both databases.
        var rows = await db.Set<PastVisitorCount>().AsNoTracking()
            .Select(p => new { p.BatchId, p.SourceFile, p.CreatedAt, p.ImportedBy, p.Date, p.Count }).ToListAsync(ct);
        return [.. rows.GroupBy(p => p.BatchId).Select(g => new PastCountBatch(g.Key, g.First().SourceFile, g.Min(p => p.CreatedAt), g.First().ImportedBy,
                g.Min(p => p.Date), g.Max(p => p.Date), g.Count(), g.Select(p => p.Date).Distinct().Count(), g.Sum(p => p.Count)))
            .OrderByDescending(b => b.ImportedAt)];
    }

    public static async Task<Result<Done>> DeleteBatchAsync(MuseumDb db, Guid batchId, CancellationToken ct)
    {
        var rows = await db.Set<PastVisitorCount>().Where(p => p.BatchId == batchId).ToListAsync(ct);
        if (rows.Count == 0) return Refusal.NotFound();
        db.RemoveRange(rows);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }
}
