using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Audit;

/// <summary>
/// Before every save: stamps rows, places new rows in the acting museum, refuses writes to another museum's rows,
/// turns deletes of history-bearing rows into soft deletes, and adds one <see cref="AuditEntry"/> per change, so the
/// audit rows commit or roll back with the change itself.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    // Derived totals (LedgerMonth) are not audited: the ledger rows that move them are.
    // Secrets never leave their column, not even into the audit log; file contents stay out of it too.
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is MuseumDb db) Prepare(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MuseumDb db) Prepare(db);
        return ValueTask.FromResult(result);
    }

    private void Prepare(MuseumDb db)
    {
        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry and not DataProtectionKey and not Finance.LedgerMonth)
            .ToList();

        foreach (var entry in entries)
        {
            GuardTenant(db.User, entry);
            Stamp(entry, now);
            var action = SoftDeleteIfNeeded(entry, now);
            if (entry.Entity is not ISelfAudited) db.AuditEntries.Add(Describe(db.User, entry, action, now));
        }
    }

    private static void GuardTenant(UserContext user, EntityEntry entry)
    {
        if (entry.Entity is not IMuseumOwned owned) return;
        if (entry.State == EntityState.Added && owned.MuseumId == Guid.Empty && user.MuseumId is { } museum)
            owned.MuseumId = museum;
        if (owned.MuseumId == Guid.Empty)
            throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} has no museum.");
        var originalMuseum = entry.State == EntityState.Added ? owned.MuseumId : (Guid)entry.Property(nameof(IMuseumOwned.MuseumId)).OriginalValue!;
        if (!user.IsSystem && (owned.MuseumId != user.MuseumId || originalMuseum != user.MuseumId))
            throw new CrossMuseumWriteException(entry.Metadata.ClrType.Name);
    }

    private static void Stamp(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is not IStamped stamped) return;
        if (entry.State == EntityState.Added) stamped.CreatedAt = now;
        stamped.UpdatedAt = now;
    }

    private static AuditAction SoftDeleteIfNeeded(EntityEntry entry, DateTime now)
    {
        if (entry.State == EntityState.Deleted && entry.Entity is ISoftDeletable soft)
        {
            entry.State = EntityState.Modified;
            soft.IsDeleted = true;
            soft.DeletedAt = now;
            return AuditAction.SoftDelete;
        }
        return entry.State switch
        {
            EntityState.Added => AuditAction.Insert,
            EntityState.Deleted => AuditAction.Delete,
            _ => AuditAction.Update,
        };
    }

    private static AuditEntry Describe(UserContext user, EntityEntry entry, AuditAction action, DateTime now)
    {
        var properties = entry.Properties.Where(p => !Secret.Contains(p.Metadata.Name) && p.Metadata.ClrType != typeof(byte[])).ToList();
        var changed = action == AuditAction.Update ? properties.Where(p => p.IsModified).ToList() : properties;
        string? Snapshot(bool original) => JsonSerializer.Serialize(
            changed.ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue), Json);

        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString());
        return new AuditEntry
        {
            MuseumId = MuseumOf(entry.Entity) ?? user.MuseumId ?? Guid.Empty,
            At = now,
            UserId = user.UserId,
            UserName = user.UserName ?? (user.IsSystem ? "system" : null),
            Entity = entry.Metadata.ClrType.Name,
            EntityKey = string.Join(",", key),
            Action = action,
            Before = action == AuditAction.Insert ? null : Snapshot(original: true),
            After = action == AuditAction.Delete ? null : Snapshot(original: false),
            Reason = user.ChangeReason,
        };
    }

    private static Guid? MuseumOf(object entity) => entity switch
    {
        IMuseumOwned owned => owned.MuseumId,
        Organization.Museum museum => museum.Id,
        AppUser appUser => appUser.MuseumId,
        _ => null,
    };
}

/// <summary>A write that would touch another museum's row; the tenant filter should make it unreachable.</summary>
public sealed class CrossMuseumWriteException(string entity)
    : InvalidOperationException($"Refused to write a {entity} row of another museum.");
