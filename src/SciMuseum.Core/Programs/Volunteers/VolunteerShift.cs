using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs.Volunteers;

/// <summary>
/// 志愿服务班次 (Engelsystem's shift): a task at a place and time that needs a number of volunteers. <see cref="Taken"/>
/// moves only by one conditional UPDATE, so a shift never gets more volunteers than it needs, on one instance or many.
/// </summary>
public sealed class VolunteerShift : MuseumEntity
{
    /// <summary>展品讲解, 入口引导…</summary>
    public string Task { get; set; } = "";
    public string Place { get; set; } = "";
    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public DateTime StartsAt { get; set; }
    public int Needed { get; set; }
    public int Taken { get; set; }

    public decimal PlannedHours => Math.Round((decimal)(End - Start).TotalHours, 1);
}

public enum ServiceStatus
{
    /// <summary>A volunteer took the shift.</summary>
    Taken,
    CheckedIn,
    /// <summary>Checked out at the desk: the hours count.</summary>
    Completed,
    /// <summary>Hours logged without a shift, awaiting a staff member's approval.</summary>
    Logged,
    Approved,
    Rejected,
    Cancelled,
}

/// <summary>
/// 志愿服务记录: one volunteer's service — on a shift (taken, checked in, checked out at the desk) or logged without a
/// shift and approved by staff. Hours count once <see cref="Counts"/>: checked out, or approved.
/// </summary>
public sealed class VolunteerService : MuseumEntity
{
    public Guid VolunteerId { get; set; }
    public Volunteer? Volunteer { get; set; }
    public Guid? ShiftId { get; set; }
    public VolunteerShift? Shift { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>What was done (the shift's task, or the volunteer's own account for logged hours).</summary>
    public string Description { get; set; } = "";
    public ServiceStatus Status { get; set; }
    public DateTime? CheckedInAt { get; set; }
    public DateTime? CheckedOutAt { get; set; }
    /// <summary>Time served in whole minutes (integers sum exactly on both databases); hours are minutes ÷ 60.</summary>
    public int Minutes { get; set; }
    public string ReviewedBy { get; set; } = "";
    public string ReviewNote { get; set; } = "";

    public static readonly ServiceStatus[] Counted = [ServiceStatus.Completed, ServiceStatus.Approved];

    public bool Counts => Counted.Contains(Status);

    public decimal Hours => HoursOf(Minutes);

    /// <summary>Hours to one decimal, half up, as a certificate states them.</summary>
    public static decimal HoursOf(long minutes) => Math.Round(minutes / 60m, 1, MidpointRounding.AwayFromZero);

    public static string StatusName(ServiceStatus s) => s switch
    {
        ServiceStatus.Taken => L("已认领", "Taken"),
        ServiceStatus.CheckedIn => L("已签到", "Checked in"),
        ServiceStatus.Completed => L("已签退", "Checked out"),
        ServiceStatus.Logged => L("待审核", "Awaiting approval"),
        ServiceStatus.Approved => L("已审核", "Approved"),
        ServiceStatus.Rejected => L("未通过", "Rejected"),
        _ => L("已取消", "Cancelled"),
    };
}

internal sealed class VolunteerShiftConfiguration : IEntityTypeConfiguration<VolunteerShift>
{
    public void Configure(EntityTypeBuilder<VolunteerShift> b)
    {
        b.ToTable("VolunteerShifts");
        b.Property(x => x.Task).HasMaxLength(100);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Ignore(x => x.PlannedHours);
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_VolunteerShifts_Taken", "\"Taken\" >= 0 AND \"Taken\" <= \"Needed\""));
    }
}

internal sealed class VolunteerServiceConfiguration : IEntityTypeConfiguration<VolunteerService>
{
    public void Configure(EntityTypeBuilder<VolunteerService> b)
    {
        b.ToTable("VolunteerServices");
        b.Property(x => x.Description).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ReviewedBy).HasMaxLength(100);
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        b.Ignore(x => x.Counts);
        b.Ignore(x => x.Hours);
        // A volunteer takes a shift once; a cancelled taking frees the pair.
        b.HasIndex(x => new { x.ShiftId, x.VolunteerId }).IsUnique().HasFilter("\"ShiftId\" IS NOT NULL AND \"Status\" <> 'Cancelled'");
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.HasIndex(x => new { x.VolunteerId, x.Date });
        b.HasOne(x => x.Volunteer).WithMany().HasForeignKey(x => x.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Shift).WithMany().HasForeignKey(x => x.ShiftId).OnDelete(DeleteBehavior.Restrict);
    }
}
