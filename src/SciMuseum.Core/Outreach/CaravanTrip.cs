using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Outreach;

/// <summary>
/// 科普大篷车巡展: one trip of the science caravan to a school or a regional tour, with the people it reached. The
/// report counts trips and beneficiaries from these rows (2020: 4 trips, 2,000+ people).
/// </summary>
public sealed class CaravanTrip : MuseumEntity
{
    public DateOnly Date { get; set; }
    /// <summary>Where it went: a school, a township, a tour's launch (e.g. 西峡县丹水镇第三中心小学).</summary>
    public string Destination { get; set; } = "";
    /// <summary>County or district (西峡县, 桐柏县…), for coverage.</summary>
    public string County { get; set; } = "";
    /// <summary>受益人数: pupils, teachers and residents who took part.</summary>
    public int Beneficiaries { get; set; }
    /// <summary>Caravan exhibits shown on the trip.</summary>
    public int ExhibitsShown { get; set; }
    public string Note { get; set; } = "";
}

internal sealed class CaravanTripConfiguration : IEntityTypeConfiguration<CaravanTrip>
{
    public void Configure(EntityTypeBuilder<CaravanTrip> b)
    {
        b.ToTable("CaravanTrips");
        b.Property(t => t.Destination).HasMaxLength(100);
        b.Property(t => t.County).HasMaxLength(50);
        b.Property(t => t.Note).HasMaxLength(1000);
        b.HasIndex(t => new { t.MuseumId, t.Date });
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(t => t.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
