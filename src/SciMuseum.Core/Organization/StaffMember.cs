using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SciMuseum.Core.Organization;

public enum Employment
{
    /// <summary>在编: on the establishment.</summary>
    Establishment,
    /// <summary>政府购岗 / 购买服务: contract staff.</summary>
    Contract,
}

public enum Education
{
    Doctorate,
    Master,
    Bachelor,
    College,
    HighSchoolOrBelow,
}

public enum Gender
{
    Male,
    Female,
}

/// <summary>
/// A person who works, or worked, at the museum. Whether they count as in post, retired or contract on a date
/// follows from the dates; nothing about it is typed.
/// </summary>
public sealed class StaffMember : MuseumEntity
{
    public string Name { get; set; } = "";
    public Gender Gender { get; set; }
    public Guid DepartmentId { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public Department? Department { get; set; }
    public Guid? PostId { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public Post? Post { get; set; }
    public Employment Employment { get; set; }
    public Education Education { get; set; }
    /// <summary>Professional title (职称), free text.</summary>
    public string ProfessionalTitle { get; set; } = "";
    public string Phone { get; set; } = "";
    public DateOnly StartDate { get; set; }
    /// <summary>Left the museum (调离/离职) on this date.</summary>
    public DateOnly? EndDate { get; set; }
    /// <summary>Retired on this date; retired staff stay on the books.</summary>
    public DateOnly? RetirementDate { get; set; }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("StaffMembers");
        b.Property(s => s.Name).HasMaxLength(50);
        b.Property(s => s.Gender).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.Employment).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Education).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.ProfessionalTitle).HasMaxLength(50);
        b.Property(s => s.Phone).HasMaxLength(20);
        b.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Post).WithMany().HasForeignKey(s => s.PostId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(s => s.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.MuseumId, s.Employment, s.StartDate });
    }
}
