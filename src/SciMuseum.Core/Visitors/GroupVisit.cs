using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Visitors;

public enum GroupStatus
{
    Pending,
    Approved,
    Rejected,
    Cancelled,
}

/// <summary>
/// 团体预约: a school or organisation asks for a slot for a group. Nothing is held while it waits; on approval the
/// places are taken like any booking and the group gets a booking code (check in as a whole) and a ticket per member.
/// </summary>
public sealed class GroupVisit : MuseumEntity
{
    /// <summary>The request's own code: the leader looks it up with the phone.</summary>
    public string Code { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string LeaderName { get; set; } = "";
    public string LeaderPhone { get; set; } = "";
    public DateOnly Date { get; set; }
    public Guid TimeSlotId { get; set; }
    public int Pupils { get; set; }
    public int Teachers { get; set; }
    public string BusInfo { get; set; } = "";
    public string Note { get; set; } = "";
    public GroupStatus Status { get; set; }
    public string DecisionNote { get; set; } = "";
    public string DecidedBy { get; set; } = "";
    public DateTime? DecidedAt { get; set; }
    public Guid? ReservationId { get; set; }
    public List<GroupMember> Members { get; set; } = [];

    public int Headcount => Pupils + Teachers;
}

/// <summary>A listed member of a group (optional), kept like a ticket's holder: masked, encrypted, hashed.</summary>
public sealed class GroupMember : Entity
{
    public Guid GroupVisitId { get; set; }
    public string Name { get; set; } = "";
    public IdType IdType { get; set; }
    public string IdMasked { get; set; } = "";
    public string IdProtected { get; set; } = "";
    public string IdHash { get; set; } = "";
}

internal sealed class GroupVisitConfiguration : IEntityTypeConfiguration<GroupVisit>
{
    public void Configure(EntityTypeBuilder<GroupVisit> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.Code }).IsUnique();
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.Property(x => x.Code).HasMaxLength(12);
        b.Property(x => x.Organisation).HasMaxLength(100);
        b.Property(x => x.LeaderName).HasMaxLength(30);
        b.Property(x => x.LeaderPhone).HasMaxLength(20);
        b.Property(x => x.BusInfo).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.DecisionNote).HasMaxLength(500);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Ignore(x => x.Headcount);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.GroupVisitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<TimeSlot>().WithMany().HasForeignKey(x => x.TimeSlotId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.IdMasked).HasMaxLength(40);
        b.Property(x => x.IdProtected).HasMaxLength(400);
        b.Property(x => x.IdHash).HasMaxLength(44);
        b.Property(x => x.IdType).HasConversion<string>().HasMaxLength(20);
    }
}
