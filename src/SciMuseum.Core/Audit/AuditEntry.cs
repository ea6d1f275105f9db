using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Audit;

public enum AuditAction
{
    Insert,
    Update,
    Delete,
    SoftDelete,
    /// <summary>A confidential record was read (counseling cases): who read which, when.</summary>
    Read,
    /// <summary>Someone asked for a confidential record and was refused.</summary>
    Refused,
}

/// <summary>One change to one row: who, when, what, before and after (JSON). Written in the change's own transaction.</summary>
public sealed class AuditEntry : IMuseumOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Empty for rows that belong to no museum (users, museums themselves before they have one).</summary>
    public Guid MuseumId { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string Entity { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public AuditAction Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    /// <summary>Why, where the use case asks for one (an override, a re-opened evaluation).</summary>
    public string? Reason { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditLog");
        b.Property(a => a.Entity).HasMaxLength(100);
        b.Property(a => a.EntityKey).HasMaxLength(200);
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.HasIndex(a => new { a.MuseumId, a.At });
        b.HasIndex(a => new { a.MuseumId, a.Entity, a.At });
    }
}
