using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// One bookable time slot of one open day (时段), made from the day's opening rule when first needed.
/// <see cref="Booked"/> counts every place taken (bookings, approved groups, walk-ins) and only ever moves through
/// one conditional UPDATE, so it can never pass <see cref="Capacity"/>.
/// </summary>
public sealed class TimeSlot : Entity, IMuseumOwned
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

public enum VisitChannel
{
    /// <summary>个人预约, online.</summary>
    Individual,
    /// <summary>团体预约, approved by staff.</summary>
    Group,
    /// <summary>现场登记 at the gate.</summary>
    WalkIn,
}

public enum ReservationStatus
{
    Confirmed,
    Cancelled,
}

/// <summary>
/// A booking (预约): a slot, a phone, one ticket per visitor, a short code to show or cancel it. The row carries its
/// own history (created, cancelled when and by whom), so bookings are not copied into the audit log one by one.
/// </summary>
public sealed class Reservation : Entity, IMuseumOwned, ISelfAudited
{
    public Guid MuseumId { get; set; }
    public string Code { get; set; } = "";
    public DateOnly Date { get; set; }
    public Guid TimeSlotId { get; set; }
    public VisitChannel Channel { get; set; }
    public ReservationStatus Status { get; set; }
    public string Phone { get; set; } = "";
    public Guid? GroupVisitId { get; set; }
    public DateTime? CancelledAt { get; set; }
    public string CancelledBy { get; set; } = "";
    public DateTime? AnonymisedAt { get; set; }
    public List<Ticket> Tickets { get; set; } = [];
}

public enum TicketStatus
{
    Valid,
    Admitted,
    Cancelled,
}

/// <summary>
/// One visitor's ticket (实名门票): name, the ID masked for display, encrypted for staff, and a keyed hash that
/// enforces one booking per ID per day. A ticket is admitted once: the gate's UPDATE only matches a valid ticket.
/// </summary>
public sealed class Ticket : Entity, IMuseumOwned, ISelfAudited
{
    public Guid MuseumId { get; set; }
    public Guid ReservationId { get; set; }
    /// <summary>The visitor's place in the booking (1, 2, …), so tickets list in the order they were entered.</summary>
    public int Seat { get; set; }
    public Guid TimeSlotId { get; set; }
    public DateOnly Date { get; set; }
    public VisitChannel Channel { get; set; }
    public string Name { get; set; } = "";
    public IdType IdType { get; set; }
    public string IdMasked { get; set; } = "";
    /// <summary>The ID number, encrypted with the data-protection keys; empty once anonymised or when none was given.</summary>
    public string IdProtected { get; set; } = "";
    /// <summary>Keyed hash of type and number; empty when no ID was given (group members without a list) or anonymised.</summary>
    public string IdHash { get; set; } = "";
    public TicketStatus Status { get; set; }
    public DateTime? AdmittedAt { get; set; }
    public string AdmittedBy { get; set; } = "";
    /// <summary>
    /// When the ticket was cancelled; set with <see cref="TicketStatus.Cancelled"/> and only then. The one-booking-per-ID
    /// index reads this instead of the status, so that no index of a ticket names a column the gate's admission writes.
    /// </summary>
    public DateTime? CancelledAt { get; set; }

    /// <summary>Percent of a page new tickets fill on PostgreSQL; the rest takes their admitted versions in place.</summary>
    public const int AdmissionFillFactor = 80;
}

internal sealed class TimeSlotConfiguration : IEntityTypeConfiguration<TimeSlot>
{
    public void Configure(EntityTypeBuilder<TimeSlot> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.Date, x.Start }).IsUnique();
        b.Ignore(x => x.Remaining);
        b.Ignore(x => x.Label);
        b.ToTable(t => t.HasCheckConstraint("CK_TimeSlot_Booked", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\""));
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.Code }).IsUnique();
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.Property(x => x.Code).HasMaxLength(12);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.CancelledBy).HasMaxLength(100);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.HasMany(x => x.Tickets).WithOne().HasForeignKey(t => t.ReservationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TimeSlot>().WithMany().HasForeignKey(x => x.TimeSlotId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        // One booking per ID per day: only live tickets with an ID take part.
        b.HasIndex(x => new { x.MuseumId, x.Date, x.IdHash }).IsUnique()
            .HasFilter("\"CancelledAt\" IS NULL AND \"IdHash\" <> ''");
        b.HasIndex(x => new { x.MuseumId, x.IdHash, x.Date });
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.IdMasked).HasMaxLength(40);
        b.Property(x => x.IdProtected).HasMaxLength(400);
        b.Property(x => x.IdHash).HasMaxLength(44);
        b.Property(x => x.AdmittedBy).HasMaxLength(100);
        b.Property(x => x.IdType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        b.ToTable(t => t.HasCheckConstraint("CK_Ticket_CancelledAt", "(\"Status\" = 'Cancelled') = (\"CancelledAt\" IS NOT NULL)"));
        b.HasOne<TimeSlot>().WithMany().HasForeignKey(x => x.TimeSlotId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>
    /// The indexes that differ by database. SQLite: a covering index for the statistics' one grouped pass (day, status,
    /// channel, slot) and the gate's occupancy. PostgreSQL: no index names the status, and pages keep a fifth free, so
    /// the gate's admitting UPDATE is a heap-only tuple update (no index entry written); the statistics read the day's
    /// rows from the table (issue 19).
    /// </summary>
    public static void ByProvider(EntityTypeBuilder<Ticket> b, bool postgres)
    {
        if (!postgres)
        {
            b.HasIndex(x => new { x.MuseumId, x.Date, x.Status, x.Channel, x.TimeSlotId });
            return;
        }
        // The id last: the gate's admitting statement finds its ticket by museum, day and id in this index or the key,
        // whichever the planner picks. With (MuseumId, Date) alone and no statistics yet (a new day's tickets), the
        // planner chose this index and read the whole day's tickets per admission (1.4 ms of CPU at 3,700 tickets).
        b.HasIndex(x => new { x.MuseumId, x.Date, x.Id });
        b.HasAnnotation("Npgsql:StorageParameter:fillfactor", Ticket.AdmissionFillFactor);
    }
}
