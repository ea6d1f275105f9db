using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Exhibits;

public enum ExhibitCategory { Interactive, Display, Multimedia, Caravan }

public enum ExhibitStatus { InService, Faulty, UnderRepair, Retired, OnTour }

/// <summary>
/// 展品: one exhibit in a hall (the floor is the hall's), or in the science caravan (no hall). Its code is printed in
/// its QR label as the short URL <c>/e/{code}</c>, so a code is unique in the museum and never reused.
/// </summary>
public sealed class Exhibit : MuseumEntity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The hall it stands in; null for caravan exhibits, which travel.</summary>
    public Guid? HallId { get; set; }
    public ExhibitCategory Category { get; set; }
    public string Supplier { get; set; } = "";
    /// <summary>Acquired on: the exhibit counts as on display from this day.</summary>
    public DateOnly? PurchaseDate { get; set; }
    public decimal? Cost { get; set; }
    public DateOnly? WarrantyEnd { get; set; }
    public ExhibitStatus Status { get; set; }
    /// <summary>The renewal project (更新改造) that brought it, if any.</summary>
    public Guid? RenewalProjectId { get; set; }
    public string Note { get; set; } = "";
}

internal sealed class ExhibitConfiguration : IEntityTypeConfiguration<Exhibit>
{
    public void Configure(EntityTypeBuilder<Exhibit> b)
    {
        b.ToTable("Exhibits");
        b.Property(x => x.Code).HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Supplier).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Cost).HasPrecision(18, 2);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        // Unique over deleted rows too: a printed label must never point at another exhibit.
        b.HasIndex(x => new { x.MuseumId, x.Code }).IsUnique();
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Hall>().WithMany().HasForeignKey(x => x.HallId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RenewalProject>().WithMany().HasForeignKey(x => x.RenewalProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>更新改造: a renewal project paid from a budget line, which buys the exhibits that point at it.</summary>
public sealed class RenewalProject : MuseumEntity
{
    public string Name { get; set; } = "";
    public int Year { get; set; }
    public Guid? BudgetLineId { get; set; }
    public DateOnly? ContractDate { get; set; }
    /// <summary>验收: installed and accepted.</summary>
    public DateOnly? AcceptanceDate { get; set; }
    public decimal? Budget { get; set; }
    public string Note { get; set; } = "";
}

internal sealed class RenewalProjectConfiguration : IEntityTypeConfiguration<RenewalProject>
{
    public void Configure(EntityTypeBuilder<RenewalProject> b)
    {
        b.ToTable("RenewalProjects");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Budget).HasPrecision(18, 2);
        b.HasIndex(x => new { x.MuseumId, x.Year });
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Finance.BudgetLine>().WithMany().HasForeignKey(x => x.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
