using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Exhibits;

/// <summary>耗材: a part or material the workshop and the repairs use, counted in whole units, with the minimum to keep on hand.</summary>
public sealed class Consumable : MuseumEntity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>个, 卷, 盒, 米…</summary>
    public string Unit { get; set; } = "";
    /// <summary>最低库存: at or below it (over every location) the department is told to reorder.</summary>
    public int MinimumStock { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>
/// How many units of a consumable lie at one location. <see cref="Quantity"/> only ever changes by one conditional
/// UPDATE (an issue: WHERE Quantity &gt;= n), so it never goes below zero, however many issues race.
/// </summary>
public sealed class ConsumableStock : MuseumEntity, ISelfAudited
{
    public Guid ConsumableId { get; set; }
    public string Location { get; set; } = "";
    public int Quantity { get; set; }
}

public enum StockMovementKind { Receipt, Issue }

/// <summary>入库 / 领用: one receipt or issue, the record behind every stock figure.</summary>
public sealed class StockMovement : MuseumEntity, ISelfAudited
{
    public Guid ConsumableId { get; set; }
    public string Location { get; set; } = "";
    public StockMovementKind Kind { get; set; }
    public int Quantity { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    /// <summary>An issue's work order (parts used on a repair).</summary>
    public Guid? WorkOrderId { get; set; }
    /// <summary>A receipt's purchase request.</summary>
    public Guid? PurchaseRequestId { get; set; }
    /// <summary>What remained over every location right after the movement: the reorder alert's and the history's figure.</summary>
    public int RemainingAfter { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>申购单的状态: requested → approved (by the department's leader) → ordered (finance recorded the expenditure) → received (in stock).</summary>
public enum PurchaseRequestState { Requested, Received, Cancelled, Approved, Ordered }

/// <summary>申购: a request to buy a consumable, which finance turns into an expenditure on a budget line; a receipt against it closes it.</summary>
public sealed class PurchaseRequest : MuseumEntity
{
    public string Number { get; set; } = "";
    public Guid ConsumableId { get; set; }
    public int Quantity { get; set; }
    public decimal? EstimatedCost { get; set; }
    public string Reason { get; set; } = "";
    public PurchaseRequestState State { get; set; }
    public DateTime RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime? ReceivedAt { get; set; }
    /// <summary>The reorder alert that raised it: the issue that left the stock at or below the minimum.</summary>
    public Guid? AlertMovementId { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string ApprovedBy { get; set; } = "";
    /// <summary>When finance recorded the purchase, and the expenditure (finance's ledger row) it became.</summary>
    public DateTime? OrderedAt { get; set; }
    public Guid? ExpenditureId { get; set; }
}

internal sealed class ConsumableConfiguration : IEntityTypeConfiguration<Consumable>
{
    public void Configure(EntityTypeBuilder<Consumable> b)
    {
        b.ToTable("Consumables");
        b.Property(x => x.Code).HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Unit).HasMaxLength(10);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => new { x.MuseumId, x.Code }).IsUnique();
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConsumableStockConfiguration : IEntityTypeConfiguration<ConsumableStock>
{
    public void Configure(EntityTypeBuilder<ConsumableStock> b)
    {
        b.ToTable("ConsumableStocks", t => t.HasCheckConstraint("CK_ConsumableStocks_Quantity", "\"Quantity\" >= 0"));
        b.Property(x => x.Location).HasMaxLength(50);
        b.HasIndex(x => new { x.MuseumId, x.ConsumableId, x.Location }).IsUnique();
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Consumable>().WithMany().HasForeignKey(x => x.ConsumableId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> b)
    {
        b.ToTable("StockMovements");
        b.Property(x => x.Location).HasMaxLength(50);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.By).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasIndex(x => new { x.MuseumId, x.At });
        b.HasIndex(x => new { x.ConsumableId, x.At });
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Consumable>().WithMany().HasForeignKey(x => x.ConsumableId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PurchaseRequest>().WithMany().HasForeignKey(x => x.PurchaseRequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PurchaseRequestConfiguration : IEntityTypeConfiguration<PurchaseRequest>
{
    public void Configure(EntityTypeBuilder<PurchaseRequest> b)
    {
        b.ToTable("PurchaseRequests");
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.RequestedBy).HasMaxLength(100);
        b.Property(x => x.EstimatedCost).HasPrecision(18, 2);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ApprovedBy).HasMaxLength(100);
        b.HasIndex(x => new { x.MuseumId, x.RequestedAt });
        // Plain indexed columns, no foreign keys: adding one would make SQLite rebuild the table in the migration.
        b.HasIndex(x => x.ExpenditureId);
        b.HasIndex(x => x.AlertMovementId);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Consumable>().WithMany().HasForeignKey(x => x.ConsumableId).OnDelete(DeleteBehavior.Restrict);
    }
}
