using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Counseling;

/// <summary>A consultation slot parents may book online; <see cref="Booked"/> moves only by one conditional UPDATE.</summary>
public sealed class ConsultationSlot : Entity, IMuseumOwned
{
    public Guid MuseumId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public int Capacity { get; set; }
    public int Booked { get; set; }

    public int Remaining => Math.Max(0, Capacity - Booked);
    public string Label => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}

public enum AgeBand
{
    /// <summary>6 岁以下</summary>
    Under6,
    /// <summary>6–11 岁 (小学)</summary>
    Primary,
    /// <summary>12–14 岁 (初中)</summary>
    Junior,
    /// <summary>15–17 岁 (高中)</summary>
    Senior,
}

public enum ConsultationBookingStatus
{
    Confirmed,
    Cancelled,
}

/// <summary>
/// A parent's booking of a consultation slot, with as little as serves: a name or alias, a phone to reach them, the
/// child's age band. Written by the public, so it records its own history instead of the audit log.
/// </summary>
public sealed class ConsultationBooking : Entity, IMuseumOwned, ISelfAudited
{
    public Guid MuseumId { get; set; }
    public Guid SlotId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public AgeBand AgeBand { get; set; }
    public ConsultationBookingStatus Status { get; set; }
    public DateTime? CancelledAt { get; set; }
}

internal sealed class ConsultationSlotConfiguration : IEntityTypeConfiguration<ConsultationSlot>
{
    public void Configure(EntityTypeBuilder<ConsultationSlot> b)
    {
        b.ToTable("CounselingSlots", t => t.HasCheckConstraint("CK_CounselingSlot_Booked", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\""));
        b.HasIndex(x => new { x.MuseumId, x.Date, x.Start }).IsUnique();
        b.Ignore(x => x.Remaining);
        b.Ignore(x => x.Label);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConsultationBookingConfiguration : IEntityTypeConfiguration<ConsultationBooking>
{
    public void Configure(EntityTypeBuilder<ConsultationBooking> b)
    {
        b.ToTable("CounselingBookings");
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(30);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.AgeBand).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => new { x.MuseumId, x.Code }).IsUnique();
        b.HasIndex(x => new { x.MuseumId, x.SlotId });
        b.HasOne<ConsultationSlot>().WithMany().HasForeignKey(x => x.SlotId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
