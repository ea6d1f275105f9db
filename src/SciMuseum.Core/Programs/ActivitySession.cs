using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Programs;

/// <summary>
/// 场次: one meeting of an activity (a class, one of eight parent topics) with its places. <see cref="Taken"/> counts
/// the places of confirmed sign-ups and of open offers; it only ever moves by one conditional UPDATE
/// (<see cref="SessionPlaces"/>), so a session is never oversold, on one instance or many.
/// </summary>
public sealed class ActivitySession : MuseumEntity
{
    public Guid ActivityId { get; set; }
    public Activity? Activity { get; set; }
    /// <summary>第 3 期, 陶艺班…; the activity's title when empty.</summary>
    public string Name { get; set; } = "";
    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    /// <summary>The start as an instant (UTC), so "has it started" is one comparison in SQL.</summary>
    public DateTime StartsAt { get; set; }
    public string Place { get; set; } = "";
    public int Capacity { get; set; }
    public int Taken { get; set; }
    /// <summary>Whether families may sign up on the public page (staff enter phone and school sign-ups either way).</summary>
    public bool PublicSignUp { get; set; }
    /// <summary>How long an offer from the waiting list holds its place before it passes on.</summary>
    public int OfferHoldMinutes { get; set; } = 120;

    public int Remaining => Math.Max(0, Capacity - Taken);

    public static DateTime InstantOf(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time), MuseumClock.Zone);
}

internal sealed class ActivitySessionConfiguration : IEntityTypeConfiguration<ActivitySession>
{
    public void Configure(EntityTypeBuilder<ActivitySession> b)
    {
        b.ToTable("ActivitySessions");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Ignore(x => x.Remaining);
        b.HasIndex(x => new { x.MuseumId, x.ActivityId, x.Date });
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.HasOne(x => x.Activity).WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_ActivitySessions_Taken", "\"Taken\" >= 0 AND \"Taken\" <= \"Capacity\""));
    }
}
