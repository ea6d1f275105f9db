using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Exhibits;

public enum WorkOrderSource { FaultReport, Preventive, Staff, FailedCheck }

public enum WorkOrderPriority { Urgent, Normal, Low }

public enum WorkOrderState { Reported, Assigned, InProgress, WaitingForParts, WaitingForProcurement, Done, Verified }

/// <summary>维修工单: a repair of one exhibit, from the fault report to its verification. Its transitions keep the time in each state.</summary>
public sealed class WorkOrder : MuseumEntity, ISelfAudited
{
    /// <summary>A short number staff can say on the phone (WO-2020-0001).</summary>
    public string Number { get; set; } = "";
    public Guid ExhibitId { get; set; }
    public WorkOrderSource Source { get; set; }
    public WorkOrderPriority Priority { get; set; }
    public WorkOrderState State { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Who reported it and how to reach them (a visitor's optional contact).</summary>
    public string ReportedBy { get; set; } = "";
    public string Contact { get; set; } = "";
    /// <summary>When the fault was reported (UTC): the exhibit is down from here until <see cref="DoneAt"/>.</summary>
    public DateTime ReportedAt { get; set; }
    /// <summary>The SLA's deadline: reported + 4 h (urgent), 3 days (normal), 7 days (low).</summary>
    public DateTime DueAt { get; set; }
    public string Assignee { get; set; } = "";
    public Guid? AssigneeStaffId { get; set; }
    public DateTime? DoneAt { get; set; }
    public decimal? Cost { get; set; }
    public string Notes { get; set; } = "";
    /// <summary>Why the exhibit was down (停用原因); <see cref="DowntimeReason.None"/>: it was not, and the integrity rate skips the order.</summary>
    public DowntimeReason? Downtime { get; set; }
    /// <summary>The preventive plan whose round made this order.</summary>
    public Guid? PlanId { get; set; }
    /// <summary>For a corrective order opened by a failed check: the preventive order that found the fault.</summary>
    public Guid? ParentWorkOrderId { get; set; }

    public static bool IsOpen(WorkOrderState s) => s is not (WorkOrderState.Done or WorkOrderState.Verified);

    /// <summary>
    /// The furthest an order's due time lies after its report: the longest SLA (7 days) or a monthly plan's next round.
    /// Orders are made within it (<see cref="GeneratePreventiveWork"/> clamps to it), so a year's orders by report time are also
    /// within [year start, year end + this] by due time: the range that lets the board read a past year on the (State, DueAt) index.
    /// </summary>
    public static readonly TimeSpan MaxDueLead = TimeSpan.FromDays(40);

    public static TimeSpan Sla(WorkOrderPriority p) => p switch
    {
        WorkOrderPriority.Urgent => TimeSpan.FromHours(4),
        WorkOrderPriority.Low => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(3),
    };

    /// <summary>The state machine: where an order may go from each state.</summary>
    public static IReadOnlyList<WorkOrderState> Next(WorkOrderState s) => s switch
    {
        WorkOrderState.Reported => [WorkOrderState.Assigned, WorkOrderState.InProgress],
        WorkOrderState.Assigned => [WorkOrderState.InProgress],
        WorkOrderState.InProgress => [WorkOrderState.Done, WorkOrderState.WaitingForParts, WorkOrderState.WaitingForProcurement],
        WorkOrderState.WaitingForParts => [WorkOrderState.InProgress, WorkOrderState.WaitingForProcurement],
        WorkOrderState.WaitingForProcurement => [WorkOrderState.InProgress],
        WorkOrderState.Done => [WorkOrderState.Verified, WorkOrderState.InProgress],
        _ => [],
    };
}

/// <summary>One move of a work order (from, to, when, by whom): the time in each state is computed from these.</summary>
public sealed class WorkOrderTransition : MuseumEntity, ISelfAudited
{
    public Guid WorkOrderId { get; set; }
    public WorkOrderState? From { get; set; }
    public WorkOrderState To { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string Note { get; set; } = "";
}

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> b)
    {
        b.ToTable("WorkOrders");
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.ReportedBy).HasMaxLength(50);
        b.Property(x => x.Contact).HasMaxLength(50);
        b.Property(x => x.Assignee).HasMaxLength(50);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Cost).HasPrecision(18, 2);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Priority).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Downtime).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.MuseumId, x.State });
        // The lists' order: a state's first page (or all orders') is a range read in DueAt order, not a sort of every match.
        b.HasIndex(x => new { x.State, x.DueAt, x.Id });
        b.HasIndex(x => new { x.DueAt, x.Id });
        // Plain indexed columns, no foreign keys: adding one to this table would make SQLite rebuild it in the migration.
        b.HasIndex(x => x.PlanId);
        b.HasIndex(x => x.ParentWorkOrderId);
        b.HasIndex(x => new { x.MuseumId, x.ReportedAt });
        b.HasIndex(x => x.ExhibitId);
        b.HasIndex(x => x.DoneAt); // the year's done orders and the integrity rate's downtime, read by range
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Exhibit>().WithMany().HasForeignKey(x => x.ExhibitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.AssigneeStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkOrderTransitionConfiguration : IEntityTypeConfiguration<WorkOrderTransition>
{
    public void Configure(EntityTypeBuilder<WorkOrderTransition> b)
    {
        b.ToTable("WorkOrderTransitions");
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.By).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => new { x.WorkOrderId, x.At });
        // The few moves into and out of the waiting states, summed for the repair time's waiting share.
        b.HasIndex(x => x.To);
        b.HasIndex(x => x.From);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
