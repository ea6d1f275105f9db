using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SciMuseum.Core.Organization;

internal sealed class MuseumConfiguration : IEntityTypeConfiguration<Museum>
{
    public void Configure(EntityTypeBuilder<Museum> b)
    {
        b.HasIndex(m => m.Code).IsUnique();
        b.Property(m => m.Code).HasMaxLength(40);
        b.Property(m => m.Name).HasMaxLength(100);
        b.Property(m => m.NameEn).HasMaxLength(200);
        b.Property(m => m.Level).HasMaxLength(50);
        b.Property(m => m.Province).HasMaxLength(50);
        b.Property(m => m.City).HasMaxLength(50);
        b.Property(m => m.Address).HasMaxLength(200);
        b.Property(m => m.Phone).HasMaxLength(40);
        b.Property(m => m.OpeningHours).HasMaxLength(200);
        b.Property(m => m.Introduction).HasMaxLength(4000);
        b.Property(m => m.Supervisor).HasMaxLength(100);
    }
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

internal sealed class HallConfiguration : IEntityTypeConfiguration<Hall>
{
    public void Configure(EntityTypeBuilder<Hall> b)
    {
        b.Property(h => h.Name).HasMaxLength(50);
        b.Property(h => h.Theme).HasMaxLength(200);
        b.Property(h => h.AreaSquareMeters).HasPrecision(10, 2);
        b.HasOne<Museum>().WithMany().HasForeignKey(h => h.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
