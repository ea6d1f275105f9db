using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SciMuseum.Core.Organization;

/// <summary>The seven internal bodies of the seed's 四部一室两中心, and any other a museum adds.</summary>
public enum DepartmentKind
{
    ExhibitionEducation,
    ExhibitMaintenance,
    PlanningFinance,
    ScienceActivities,
    Office,
    YouthActivityCenter,
    CounselingCenter,
    Other,
}

public sealed class Department : MuseumEntity
{
    public string Name { get; set; } = "";
    public DepartmentKind Kind { get; set; }
    public string Duties { get; set; } = "";
    public int SortOrder { get; set; }
}

public enum PostKind
{
    /// <summary>编制内岗位: counts toward the authorised establishment.</summary>
    Establishment,
    /// <summary>购买服务岗位 (政府购岗): contract staff paid from a budget line.</summary>
    Contract,
}

/// <summary>A post (岗位) in a department with the headcount approved for it from a date.</summary>
public sealed class Post : MuseumEntity
{
    public Guid DepartmentId { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public Department? Department { get; set; }
    public string Title { get; set; } = "";
    public PostKind Kind { get; set; }
    /// <summary>Headcount approved for this post (编制数 for establishment posts).</summary>
    public int AuthorizedCount { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>The approving document, e.g. 宛编〔2016〕24号.</summary>
    public string ApprovalDocument { get; set; } = "";
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.HasIndex(d => new { d.MuseumId, d.Name });
        b.Property(d => d.Name).HasMaxLength(50);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Duties).HasMaxLength(2000);
        b.HasOne<Museum>().WithMany().HasForeignKey(d => d.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.Property(p => p.Title).HasMaxLength(50);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.ApprovalDocument).HasMaxLength(100);
        b.HasOne(p => p.Department).WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(p => p.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.MuseumId, p.Kind });
    }
}
