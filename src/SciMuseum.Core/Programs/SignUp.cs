using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Programs;

/// <summary>报名状态. Confirmed and Offered hold places; Waiting waits its turn; Cancelled and Expired are final.</summary>
public enum SignUpStatus
{
    Confirmed,
    Waiting,
    Offered,
    Cancelled,
    Expired,
}

public enum SignUpChannel
{
    Online,
    Phone,
    School,
}

/// <summary>
/// 报名: one family's (or one school class's) sign-up for a session: a guardian's contact and the children, who get places
/// together or not at all. A full session puts it on the waiting list in arrival order (<see cref="QueuedAt"/>); a
/// cancellation offers the freed places to the first family that fits, held until <see cref="OfferExpiresAt"/>.
/// Written by the public, so it records who and when in its own columns rather than the audit log.
/// </summary>
public sealed class SignUp : MuseumEntity, ISelfAudited
{
    public Guid SessionId { get; set; }
    public ActivitySession? Session { get; set; }
    /// <summary>报名码: with the guardian's phone it opens the family's page.</summary>
    public string Code { get; set; } = "";
    public string GuardianName { get; set; } = "";
    public string GuardianPhone { get; set; } = "";
    /// <summary>A school's class sign-up: the school, and the teacher's statement that guardians consented.</summary>
    public string School { get; set; } = "";
    public bool GuardianConsent { get; set; }
    public SignUpChannel Channel { get; set; }
    public int Places { get; set; }
    public SignUpStatus Status { get; set; }
    public DateTime QueuedAt { get; set; }
    public DateTime? OfferedAt { get; set; }
    public DateTime? OfferExpiresAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public DateTime? CheckedInAt { get; set; }
    public string CheckedInBy { get; set; } = "";
    public string EnteredBy { get; set; } = "";
    /// <summary>The family's rating after the session (1–5) and a comment.</summary>
    public int? Rating { get; set; }
    public string Comment { get; set; } = "";
    public List<SignUpChild> Children { get; set; } = [];

    public bool HoldsPlaces => Status is SignUpStatus.Confirmed or SignUpStatus.Offered;
}

/// <summary>
/// A child on a sign-up. <see cref="Active"/> is true while the sign-up holds or waits for places; a unique index on
/// (session, child) over the active rows stops the same child from being signed up twice, even by two requests at once.
/// </summary>
public sealed class SignUpChild : MuseumEntity, ISelfAudited
{
    public Guid SignUpId { get; set; }
    public Guid SessionId { get; set; }
    public string Name { get; set; } = "";
    public int Age { get; set; }
    /// <summary>The child's name with the guardian's phone, normalised: who counts as "the same child".</summary>
    public string ChildKey { get; set; } = "";
    public bool Active { get; set; } = true;

    public static string KeyOf(string name, string phone) => $"{string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant()}|{phone.Trim()}";
}

internal sealed class SignUpConfiguration : IEntityTypeConfiguration<SignUp>
{
    public void Configure(EntityTypeBuilder<SignUp> b)
    {
        b.ToTable("SignUps");
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.GuardianName).HasMaxLength(30);
        b.Property(x => x.GuardianPhone).HasMaxLength(20);
        b.Property(x => x.School).HasMaxLength(100);
        b.Property(x => x.CheckedInBy).HasMaxLength(100);
        b.Property(x => x.EnteredBy).HasMaxLength(100);
        b.Property(x => x.Comment).HasMaxLength(500);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        b.Ignore(x => x.HoldsPlaces);
        b.HasIndex(x => new { x.MuseumId, x.Code }).IsUnique();
        b.HasIndex(x => new { x.SessionId, x.Status, x.QueuedAt });
        b.HasOne(x => x.Session).WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Children).WithOne().HasForeignKey(x => x.SignUpId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SignUpChildConfiguration : IEntityTypeConfiguration<SignUpChild>
{
    public void Configure(EntityTypeBuilder<SignUpChild> b)
    {
        b.ToTable("SignUpChildren");
        b.Property(x => x.Name).HasMaxLength(30);
        b.Property(x => x.ChildKey).HasMaxLength(60);
        // "Active" alone is a true boolean test on both databases (SQLite keeps 0/1, PostgreSQL a boolean).
        b.HasIndex(x => new { x.SessionId, x.ChildKey }).IsUnique().HasFilter("\"Active\"");
        b.HasOne<ActivitySession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
