using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// Personal data is kept only as long as the museum's retention period: after it, names, IDs and phones of past
/// visits are blanked in place; the rows (and so every count) stay.
/// </summary>
public static class Anonymiser
{
    public const string AnonymousName = "（已匿名）";

    public static async Task<int> RunAsync(MuseumDb db, TimeProvider clock, CancellationToken ct = default)
    {
        var settings = await VisitorSettingsStore.GetAsync(db, ct);
        var before = MuseumClock.Today(clock).AddDays(-settings.RetentionDays);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var tickets = await db.Set<Ticket>().Where(t => t.Date < before && t.Name != AnonymousName)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Name, AnonymousName).SetProperty(t => t.IdMasked, "")
                .SetProperty(t => t.IdProtected, "").SetProperty(t => t.IdHash, "").SetProperty(t => t.UpdatedAt, now), ct);
        await db.Set<Reservation>().Where(r => r.Date < before && r.AnonymisedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Phone, "").SetProperty(r => r.AnonymisedAt, now), ct);
        var groups = db.Set<GroupVisit>().Where(g => g.Date < before && g.LeaderPhone != "").Select(g => g.Id);
        await db.Set<GroupMember>().Where(m => groups.Contains(m.GroupVisitId)).ExecuteDeleteAsync(ct);
        await db.Set<GroupVisit>().Where(g => g.Date < before && g.LeaderPhone != "")
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.LeaderName, AnonymousName).SetProperty(g => g.LeaderPhone, ""), ct);
        await tx.CommitAsync(ct);
        return tickets;
    }
}
