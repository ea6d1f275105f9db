using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Programs;

/// <summary>活动类型: what the two centers and the exhibition department plan.</summary>
public enum ActivityType
{
    TalentShow,
    ScienceDay,
    Camp,
    Lecture,
    Class,
    OnlineCourse,
    Competition,
    Visit,
    Training,
}

/// <summary>计划 → 开放报名 → 举办 → 评定关闭, or 取消 (with its reason).</summary>
public enum ActivityState
{
    Planned,
    Open,
    Held,
    Cancelled,
    Closed,
}

/// <summary>
/// One planned activity of a year's plan (年度活动计划) with the criteria it is judged by. Whether it was held and is up to
/// standard comes from its sessions' records (<see cref="Assessment"/>); a reviewer then confirms it with a note, which
/// closes it. The report's 37 / 36 / 34 are counts of these rows.
/// </summary>
public sealed class Activity : MuseumEntity
{
    public int Year { get; set; }
    public Guid DepartmentId { get; set; }
    public string Title { get; set; } = "";
    public ActivityType Type { get; set; }
    /// <summary>受众: 中小学生, 家长, 科技工作者子女…</summary>
    public string Audience { get; set; } = "";
    public DateOnly PlannedDate { get; set; }
    /// <summary>The planned last day of a series (a summer class, eight parent topics); the planned date when it is one day.</summary>
    public DateOnly? PlannedEnd { get; set; }
    public Guid? BudgetLineId { get; set; }

    // The standard (达标标准): participants reached, held on time (within the grace days), feedback, deliverables.
    public int TargetParticipants { get; set; }
    public int OnTimeGraceDays { get; set; }
    /// <summary>Lowest acceptable mean feedback (1–5); none when the activity collects no feedback.</summary>
    public decimal? MinFeedbackScore { get; set; }
    /// <summary>成果: what must be handed in (photos, a summary, prize lists); judged by the reviewer.</summary>
    public string Deliverables { get; set; } = "";

    public ActivityState State { get; set; }
    public string CancelReason { get; set; } = "";

    /// <summary>The reviewer's confirmation (评定): up to standard or not, with a note saying why.</summary>
    public bool? UpToStandard { get; set; }
    public string ReviewNote { get; set; } = "";
    public string ReviewedBy { get; set; } = "";
    public DateTime? ReviewedAt { get; set; }

    public DateOnly PlannedLastDay => PlannedEnd ?? PlannedDate;

    public bool IsHeld => State is ActivityState.Held or ActivityState.Closed;
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ToTable("Activities");
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Audience).HasMaxLength(100);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.CancelReason).HasMaxLength(500);
        b.Property(x => x.Deliverables).HasMaxLength(500);
        b.Property(x => x.ReviewNote).HasMaxLength(1000);
        b.Property(x => x.ReviewedBy).HasMaxLength(100);
        b.Property(x => x.MinFeedbackScore).HasPrecision(4, 2);
        b.Ignore(x => x.PlannedLastDay);
        b.Ignore(x => x.IsHeld);
        b.HasIndex(x => new { x.MuseumId, x.Year, x.DepartmentId });
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization.Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Finance.BudgetLine>().WithMany().HasForeignKey(x => x.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
