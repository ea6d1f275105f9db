using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Finance;

/// <summary>A dated amount on a budget line: a receipt or an expenditure.</summary>
public interface ILedgerEntry
{
    Guid LineId { get; }
    DateOnly Date { get; }
    decimal Amount { get; }
}

/// <summary>资金到位: money received for a line.</summary>
public sealed class Receipt : MuseumEntity, ILedgerEntry
{
    public Guid LineId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public string DocumentNumber { get; set; } = "";
    public string Note { get; set; } = "";
    /// <summary>A line's total received up to a date before it used SciMuseum, imported as one row (<see cref="ImportPastLedgerTotals"/>).</summary>
    public bool IsPastTotal { get; set; }
}

public enum ExpenditureCategory
{
    General,
    Personnel,
    /// <summary>公务接待 (三公经费).</summary>
    OfficialReception,
    /// <summary>公务用车 (三公经费).</summary>
    OfficialVehicle,
    /// <summary>因公出国（境） (三公经费).</summary>
    OverseasTravel,
}

/// <summary>支出: money paid from a line.</summary>
public sealed class Expenditure : MuseumEntity, ILedgerEntry
{
    public Guid LineId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public string Payee { get; set; } = "";
    public ExpenditureCategory Category { get; set; }
    /// <summary>政府采购.</summary>
    public bool IsProcurement { get; set; }
    /// <summary>采购方式 (公开招标, 竞争性谈判, 询价, 单一来源…), for procurement.</summary>
    public string ProcurementMethod { get; set; } = "";
    public string ContractNumber { get; set; } = "";
    /// <summary>凭证号, unique within the museum.</summary>
    public string VoucherNumber { get; set; } = "";
    public string Note { get; set; } = "";
    /// <summary>Why a finance leader let this expenditure exceed the line's funds; empty when it did not.</summary>
    public string OverrideReason { get; set; } = "";
    /// <summary>A line's total spent up to a date before it used SciMuseum, imported as one row (<see cref="ImportPastLedgerTotals"/>).</summary>
    public bool IsPastTotal { get; set; }

    /// <summary>三公经费: the one definition, used in C# and (through <see cref="ThreePublic"/>) in SQL.</summary>
    public static readonly IReadOnlyList<ExpenditureCategory> ThreePublicCategories =
        [ExpenditureCategory.OfficialReception, ExpenditureCategory.OfficialVehicle, ExpenditureCategory.OverseasTravel];

    public static bool IsThreePublic(ExpenditureCategory c) => ThreePublicCategories.Contains(c);

    /// <summary>The 三公 rule as an expression EF translates (<c>Category IN (…)</c>).</summary>
    public static System.Linq.Expressions.Expression<Func<Expenditure, bool>> ThreePublic { get; } = e => ThreePublicCategories.Contains(e.Category);
}

public enum FigureUnit
{
    Yuan,
    /// <summary>万元.</summary>
    Wan,
    Percent,
}

/// <summary>
/// A figure as an outside document states it (the finance bureau's table, last year's report). Kept beside the
/// computed figure with the same <see cref="Key"/>; reconciliation flags every one that disagrees.
/// </summary>
public sealed class StatedFigure : MuseumEntity
{
    public int Year { get; set; }
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public decimal Value { get; set; }
    public FigureUnit Unit { get; set; }
    /// <summary>The decimals the source shows; agreement is judged at that precision.</summary>
    public int Decimals { get; set; } = 2;
    public string Source { get; set; } = "";
}

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> b)
    {
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.DocumentNumber).HasMaxLength(50);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.LineId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.LineId, x.Date });
        // The few imported past totals, found without reading the whole ledger (every report and metric looks for them).
        b.HasIndex(x => new { x.LineId, x.Date }, "IX_Receipts_PastTotals").HasFilter("\"IsPastTotal\"");
    }
}

internal sealed class ExpenditureConfiguration : IEntityTypeConfiguration<Expenditure>
{
    public void Configure(EntityTypeBuilder<Expenditure> b)
    {
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Payee).HasMaxLength(100);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ProcurementMethod).HasMaxLength(30);
        b.Property(x => x.ContractNumber).HasMaxLength(50);
        b.Property(x => x.VoucherNumber).HasMaxLength(50);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.OverrideReason).HasMaxLength(500);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.LineId).OnDelete(DeleteBehavior.Restrict);
        // The ledger's hot paths: per line over time, and the museum's year.
        b.HasIndex(x => new { x.LineId, x.Date });
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.HasIndex(x => new { x.MuseumId, x.VoucherNumber });
        b.HasIndex(x => new { x.LineId, x.Date }, "IX_Expenditures_PastTotals").HasFilter("\"IsPastTotal\"");
    }
}

internal sealed class StatedFigureConfiguration : IEntityTypeConfiguration<StatedFigure>
{
    public void Configure(EntityTypeBuilder<StatedFigure> b)
    {
        b.Property(x => x.Key).HasMaxLength(100);
        b.Property(x => x.Label).HasMaxLength(200);
        b.Property(x => x.Value).HasPrecision(18, 4);
        b.Property(x => x.Unit).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Source).HasMaxLength(200);
        b.HasIndex(x => new { x.MuseumId, x.Year, x.Key });
    }
}
