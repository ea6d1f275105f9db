using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs.Training;

/// <summary>The kinds of 辅导员培训 the seed report names.</summary>
public enum TrainingKind
{
    /// <summary>经验交流会</summary>
    ExchangeMeeting,
    /// <summary>讲解大比武</summary>
    Contest,
    /// <summary>外馆专家培训 (郑州科技馆's docents)</summary>
    ExternalTrainer,
    /// <summary>考察学习</summary>
    StudyVisit,
    /// <summary>专题讲座</summary>
    Lecture,
}

/// <summary>辅导员培训: one training event for staff, with its hours and the staff who attended.</summary>
public sealed class TrainingSession : MuseumEntity
{
    public DateOnly Date { get; set; }
    public string Topic { get; set; } = "";
    public TrainingKind Kind { get; set; }
    /// <summary>Who trained them (郑州科技馆 鲁文文、朱元勋) or where they went (许昌科技馆).</summary>
    public string Provider { get; set; } = "";
    public decimal Hours { get; set; }
    public List<TrainingAttendance> Attendees { get; set; } = [];

    public static string KindName(TrainingKind k) => k switch
    {
        TrainingKind.ExchangeMeeting => L("经验交流会", "Exchange meeting"),
        TrainingKind.Contest => L("讲解大比武", "Docent contest"),
        TrainingKind.ExternalTrainer => L("外馆专家培训", "Training by another museum"),
        TrainingKind.StudyVisit => L("考察学习", "Study visit"),
        _ => L("专题讲座", "Lecture"),
    };
}

/// <summary>A staff member at a training session (the organisation module's staff).</summary>
public sealed class TrainingAttendance : MuseumEntity
{
    public Guid SessionId { get; set; }
    public Guid StaffMemberId { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public StaffMember? StaffMember { get; set; }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("TrainingSessions");
        b.Property(x => x.Topic).HasMaxLength(200);
        b.Property(x => x.Provider).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Hours).HasPrecision(5, 1);
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> b)
    {
        b.ToTable("TrainingAttendances");
        b.HasIndex(x => new { x.SessionId, x.StaffMemberId }).IsUnique();
        b.HasOne(x => x.StaffMember).WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
