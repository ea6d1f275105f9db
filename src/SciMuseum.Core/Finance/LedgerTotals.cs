using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

/// <summary>
/// Keeps <see cref="LedgerMonth"/> in step with the ledger: every receipt or expenditure added, changed or
/// (soft-)deleted becomes an increment, applied right after the rows are written with one atomic upsert per month,
/// inside the save's transaction (opened here when the caller has none). Registered after the audit interceptor, which turns deletes
/// into soft deletes first.
/// </summary>
public sealed class LedgerTotals : SaveChangesInterceptor
{
    // Between "saving" and "saved": the increments of this save, and the transaction opened for it (if any).
    private sealed record Pending(Dictionary<Key, Delta> Deltas, IDbContextTransaction? Owned);

    private static readonly ConditionalWeakTable<DbContext, Pending> InFlight = new();

    private const string Upsert =
        "INSERT INTO \"LedgerMonths\" (\"LineId\", \"Year\", \"Month\", \"MuseumId\", \"Received\", \"Spent\", \"ThreePublicSpent\", \"ProcurementSpent\") "
        + "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}) ON CONFLICT (\"LineId\", \"Year\", \"Month\") DO UPDATE SET "
        + "\"Received\" = \"LedgerMonths\".\"Received\" + excluded.\"Received\", \"Spent\" = \"LedgerMonths\".\"Spent\" + excluded.\"Spent\", "
        + "\"ThreePublicSpent\" = \"LedgerMonths\".\"ThreePublicSpent\" + excluded.\"ThreePublicSpent\", "
        + "\"ProcurementSpent\" = \"LedgerMonths\".\"ProcurementSpent\" + excluded.\"ProcurementSpent\"";

    private sealed record Key(Guid Museum, Guid Line, int Year, int Month);

    private sealed class Delta
    {
        public decimal Received, Spent, ThreePublic, Procurement;
        public bool IsZero => Received == 0 && Spent == 0 && ThreePublic == 0 && Procurement == 0;
    }

    // Before the save: note the increments and make sure one transaction spans the rows and their totals.
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is MuseumDb db && Collect(db) is { Count: > 0 } deltas)
            InFlight.AddOrUpdate(db, new Pending(deltas, db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null));
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is MuseumDb db && Collect(db) is { Count: > 0 } deltas)
            InFlight.AddOrUpdate(db, new Pending(deltas, db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null));
        return result;
    }

    // After the rows are written (so the line they point at exists), before anything commits: move the totals.
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is not MuseumDb db || !InFlight.TryGetValue(db, out var pending)) return result;
        InFlight.Remove(db);
        try
        {
            foreach (var (key, d) in pending.Deltas)
                await db.Database.ExecuteSqlRawAsync(Upsert, Parameters(db, key, d), ct);
            if (pending.Owned is { } tx) await tx.CommitAsync(ct);
        }
        finally
        {
            if (pending.Owned is { } tx) await tx.DisposeAsync();
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not MuseumDb db || !InFlight.TryGetValue(db, out var pending)) return result;
        InFlight.Remove(db);
        try
        {
            foreach (var (key, d) in pending.Deltas)
                db.Database.ExecuteSqlRaw(Upsert, Parameters(db, key, d));
            pending.Owned?.Commit();
        }
        finally
        {
            pending.Owned?.Dispose();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is { } db && InFlight.TryGetValue(db, out var pending))
        {
            InFlight.Remove(db);
            if (pending.Owned is { } tx) await tx.DisposeAsync(); // disposing an uncommitted transaction rolls it back
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db && InFlight.TryGetValue(db, out var pending))
        {
            InFlight.Remove(db);
            pending.Owned?.Dispose();
        }
    }

    private static Dictionary<Key, Delta> Collect(MuseumDb db)
    {
        var deltas = new Dictionary<Key, Delta>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Receipt or Expenditure))
        {
            var wasCounted = entry.State is EntityState.Modified or EntityState.Deleted && !(bool)entry.Property(nameof(Receipt.IsDeleted)).OriginalValue!;
            var isCounted = entry.State is EntityState.Added or EntityState.Modified && !(bool)entry.Property(nameof(Receipt.IsDeleted)).CurrentValue!;
            if (entry.State == EntityState.Unchanged || (wasCounted && isCounted && !entry.Properties.Any(p => p.IsModified))) continue;
            if (wasCounted) Add(deltas, entry, original: true, sign: -1);
            if (isCounted) Add(deltas, entry, original: false, sign: 1);
        }
        foreach (var key in deltas.Where(d => d.Value.IsZero).Select(d => d.Key).ToList()) deltas.Remove(key);
        return deltas;
    }

    private static void Add(Dictionary<Key, Delta> deltas, EntityEntry entry, bool original, int sign)
    {
        T Value<T>(string name) => (T)(original ? entry.Property(name).OriginalValue : entry.Property(name).CurrentValue)!;
        var date = Value<DateOnly>(nameof(Receipt.Date));
        var key = new Key(Value<Guid>(nameof(Receipt.MuseumId)), Value<Guid>(nameof(Receipt.LineId)), date.Year, date.Month);
        if (!deltas.TryGetValue(key, out var d)) deltas[key] = d = new Delta();
        var amount = sign * Value<decimal>(nameof(Receipt.Amount));
        if (entry.Entity is Receipt)
        {
            d.Received += amount;
            return;
        }
        d.Spent += amount;
        if (Expenditure.IsThreePublic(Value<ExpenditureCategory>(nameof(Expenditure.Category)))) d.ThreePublic += amount;
        if (Value<bool>(nameof(Expenditure.IsProcurement))) d.Procurement += amount;
    }

    // Raw SQL sees the stored forms (on SQLite ids are text and money whole ten-thousandths): each value goes through
    // its LedgerMonths column's own type mapping and converter from the EF model, whatever the provider.
    private static object[] Parameters(MuseumDb db, Key k, Delta d)
    {
        var month = db.Model.FindEntityType(typeof(LedgerMonth))!;
        using var command = db.Database.GetDbConnection().CreateCommand();
        var i = 0;
        object Stored(string column, object value) =>
            month.FindProperty(column)!.GetRelationalTypeMapping().CreateParameter(command, $"ledger{i++}", value, nullable: false);
        return [Stored(nameof(LedgerMonth.LineId), k.Line), Stored(nameof(LedgerMonth.Year), k.Year), Stored(nameof(LedgerMonth.Month), k.Month),
            Stored(nameof(LedgerMonth.MuseumId), k.Museum), Stored(nameof(LedgerMonth.Received), d.Received), Stored(nameof(LedgerMonth.Spent), d.Spent),
            Stored(nameof(LedgerMonth.ThreePublicSpent), d.ThreePublic), Stored(nameof(LedgerMonth.ProcurementSpent), d.Procurement)];
    }

    /// <summary>Recomputes a museum's monthly totals from its ledger (after a bulk load that bypassed EF, or to verify).</summary>
    public static async Task RebuildAsync(MuseumDb db, Guid museumId, CancellationToken ct = default)
    {
        await db.LedgerMonths.IgnoreQueryFilters().Where(m => m.MuseumId == museumId).ExecuteDeleteAsync(ct);
        var receipts = await db.Receipts.IgnoreQueryFilters().Where(r => r.MuseumId == museumId && !r.IsDeleted)
            .GroupBy(r => new { r.LineId, r.Date.Year, r.Date.Month })
            .Select(g => new LedgerMonth { LineId = g.Key.LineId, Year = g.Key.Year, Month = g.Key.Month, MuseumId = museumId, Received = g.Sum(r => r.Amount) })
            .ToListAsync(ct);
        var ledger = db.Expenditures.IgnoreQueryFilters().Where(e => e.MuseumId == museumId && !e.IsDeleted);
        var spent = await ledger
            .GroupBy(e => new { e.LineId, e.Date.Year, e.Date.Month })
            .Select(g => new { g.Key.LineId, g.Key.Year, g.Key.Month, Spent = g.Sum(e => e.Amount), Procurement = g.Sum(e => e.IsProcurement ? e.Amount : 0m) })
            .ToListAsync(ct);
        var threePublic = await ledger.Where(Expenditure.ThreePublic)
            .GroupBy(e => new { e.LineId, e.Date.Year, e.Date.Month })
            .Select(g => new { g.Key.LineId, g.Key.Year, g.Key.Month, Spent = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(g => (g.LineId, g.Year, g.Month), g => g.Spent, ct);
        var months = receipts.ToDictionary(m => (m.LineId, m.Year, m.Month));
        foreach (var s in spent)
        {
            if (!months.TryGetValue((s.LineId, s.Year, s.Month), out var m))
                months[(s.LineId, s.Year, s.Month)] = m = new LedgerMonth { LineId = s.LineId, Year = s.Year, Month = s.Month, MuseumId = museumId };
            m.Spent = s.Spent;
            m.ThreePublicSpent = threePublic.GetValueOrDefault((s.LineId, s.Year, s.Month));
            m.ProcurementSpent = s.Procurement;
        }
        db.LedgerMonths.AddRange(months.Values);
        await db.SaveChangesAsync(ct);
    }
}
