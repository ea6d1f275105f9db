using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Exhibits;

public enum PlanFrequency { Daily, Weekly, Monthly }

/// <summary>
/// 停用原因: why an exhibit was down for a work order. <see cref="None"/> marks an order that did not take the exhibit out of
/// service (a routine check that found it working), so the integrity rate does not count it; an order without a reason
/// (older ones) counts as down.
/// </summary>
public enum DowntimeReason { Wear, Damage, Electrical, Mechanical, Software, Scheduled, None }

/// <summary>
/// 预防性维护计划: a recurring check of one exhibit, or of every exhibit in a hall and/or category, with its checklist.
/// <see cref="NextDue"/> is the museum-local day the next round is due; the generator advances it with one conditional
/// UPDATE (WHERE NextDue = the day it read) before it creates the round's work orders, so a round is made once even when
/// several app instances run the generator at the same moment.
/// </summary>
public sealed class MaintenancePlan : MuseumEntity
{
    public string Name { get; set; } = "";
    public Guid? ExhibitId { get; set; }
    public Guid? HallId { get; set; }
    public ExhibitCategory? Category { get; set; }
    public PlanFrequency Frequency { get; set; }
    /// <summary>The checklist, one item per line.</summary>
    public string Checklist { get; set; } = "";
    /// <summary>The first day of the schedule: rounds fall on it and every day, week or month after it.</summary>
    public DateOnly StartDate { get; set; }
    public DateOnly NextDue { get; set; }
    public bool Active { get; set; } = true;
    public string Assignee { get; set; } = "";
    public string Note { get; set; } = "";

    public IReadOnlyList<string> Items => Checklist.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>One checklist item of a preventive work order and its result (null until the technician answers it).</summary>
public sealed class WorkOrderCheck : MuseumEntity, ISelfAudited
{
    public Guid WorkOrderId { get; set; }
    public int Position { get; set; }
    public string Item { get; set; } = "";
    public bool? Passed { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>The plan's calendar arithmetic, pure: rounds fall on the start day and every period after it (a month keeps the start's day, or the month's last).</summary>
public static class Schedule
{
    public static DateOnly Occurrence(DateOnly start, PlanFrequency f, int n) => f switch
    {
        PlanFrequency.Daily => start.AddDays(n),
        PlanFrequency.Weekly => start.AddDays(7 * n),
        _ => start.AddMonths(n),
    };

    /// <summary>The first round strictly after <paramref name="day"/> (the start itself when it lies later).</summary>
    public static DateOnly NextAfter(DateOnly start, PlanFrequency f, DateOnly day)
    {
        if (start > day) return start;
        var n = f switch
        {
            PlanFrequency.Daily => day.DayNumber - start.DayNumber,
            PlanFrequency.Weekly => (day.DayNumber - start.DayNumber) / 7,
            _ => (day.Year - start.Year) * 12 + day.Month - start.Month - 1,
        };
        var d = Occurrence(start, f, Math.Max(0, n));
        while (d <= day) d = Occurrence(start, f, ++n);
        return d;
    }

    /// <summary>Rounds due from <paramref name="from"/> to <paramref name="to"/>, counting on from the plan's next due day.</summary>
    public static IEnumerable<DateOnly> Between(DateOnly start, PlanFrequency f, DateOnly nextDue, DateOnly from, DateOnly to)
    {
        for (var d = nextDue; d <= to; d = NextAfter(start, f, d))
            if (d >= from) yield return d;
    }
}

internal sealed class MaintenancePlanConfiguration : IEntityTypeConfiguration<MaintenancePlan>
{
    public void Configure(EntityTypeBuilder<MaintenancePlan> b)
    {
        b.ToTable("MaintenancePlans");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Checklist).HasMaxLength(3200);
        b.Property(x => x.Assignee).HasMaxLength(50);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.Items);
        b.HasIndex(x => new { x.MuseumId, x.Active, x.NextDue });
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Exhibit>().WithMany().HasForeignKey(x => x.ExhibitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Hall>().WithMany().HasForeignKey(x => x.HallId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkOrderCheckConfiguration : IEntityTypeConfiguration<WorkOrderCheck>
{
    public void Configure(EntityTypeBuilder<WorkOrderCheck> b)
    {
        b.ToTable("WorkOrderChecks");
        b.Property(x => x.Item).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(200);
        b.HasIndex(x => new { x.WorkOrderId, x.Position });
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
