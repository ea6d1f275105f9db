using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Performance;

public enum MeasureStatus
{
    Planned,
    InProgress,
    Done,
    Verified,
}

/// <summary>存在的问题: a problem an evaluation found.</summary>
public sealed class RectificationProblem : MuseumEntity
{
    public int Year { get; set; }
    public Guid? EvaluationId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
}

/// <summary>整改措施: what is done about a problem, by whom and by when.</summary>
public sealed class RectificationMeasure : MuseumEntity
{
    public Guid ProblemId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    public DateOnly Deadline { get; set; }
    public MeasureStatus Status { get; set; }
    public int SortOrder { get; set; }

    public bool IsOverdue(DateOnly today) => Status is MeasureStatus.Planned or MeasureStatus.InProgress && Deadline < today;
}

/// <summary>A dated progress note on a measure, with its evidence.</summary>
public sealed class MeasureProgress : MuseumEntity
{
    public Guid MeasureId { get; set; }
    public DateOnly Date { get; set; }
    public string Note { get; set; } = "";
    public string Evidence { get; set; } = "";
}

internal sealed class RectificationProblemConfiguration : IEntityTypeConfiguration<RectificationProblem>
{
    public void Configure(EntityTypeBuilder<RectificationProblem> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasOne<Evaluation>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MuseumId, x.Year });
    }
}

internal sealed class RectificationMeasureConfiguration : IEntityTypeConfiguration<RectificationMeasure>
{
    public void Configure(EntityTypeBuilder<RectificationMeasure> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<RectificationProblem>().WithMany().HasForeignKey(x => x.ProblemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MuseumId, x.Status, x.Deadline });
    }
}

internal sealed class MeasureProgressConfiguration : IEntityTypeConfiguration<MeasureProgress>
{
    public void Configure(EntityTypeBuilder<MeasureProgress> b)
    {
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.Evidence).HasMaxLength(500);
        b.HasOne<RectificationMeasure>().WithMany().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MeasureId, x.Date });
    }
}
