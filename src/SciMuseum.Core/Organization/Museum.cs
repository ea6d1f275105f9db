using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SciMuseum.Core.Organization;

/// <summary>A museum: the tenant every business row belongs to, and its public profile.</summary>
public sealed class Museum : Entity
{
    /// <summary>Short stable code used in URLs (e.g. <c>nanyang</c>).</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>Administrative level (e.g. 正科级事业单位).</summary>
    public string Level { get; set; } = "";
    public string Province { get; set; } = "";
    public string City { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    /// <summary>Opening hours as visitors read them (e.g. 周二至周日 9:00–16:30，周一闭馆).</summary>
    public string OpeningHours { get; set; } = "";
    public string Introduction { get; set; } = "";
    /// <summary>Parent body (e.g. 南阳市科学技术协会).</summary>
    public string Supervisor { get; set; } = "";
    /// <summary>Archived (停用): hidden from lists and <c>?museum=</c>; its records are kept.</summary>
    public bool IsArchived { get; set; }
}

/// <summary>An exhibition hall (展区) on a floor of the building.</summary>
public sealed class Hall : MuseumEntity
{
    public int Floor { get; set; }
    public string Name { get; set; } = "";
    public string Theme { get; set; } = "";
    public decimal AreaSquareMeters { get; set; }
    public int SortOrder { get; set; }
}

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
