using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Finance;

/// <summary>
/// A line's ledger summed per calendar month. Derived, never typed: <see cref="LedgerTotals"/> moves it in the same
/// transaction as every receipt and expenditure written, so the execution table and monitoring read 12 rows per line
/// instead of the whole ledger.
/// </summary>
public sealed class LedgerMonth : IMuseumOwned
{
    public Guid LineId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public Guid MuseumId { get; set; }
    public decimal Received { get; set; }
    public decimal Spent { get; set; }
    public decimal ThreePublicSpent { get; set; }
    public decimal ProcurementSpent { get; set; }
}

internal sealed class LedgerMonthConfiguration : IEntityTypeConfiguration<LedgerMonth>
{
    public void Configure(EntityTypeBuilder<LedgerMonth> b)
    {
        b.HasKey(x => new { x.LineId, x.Year, x.Month });
        b.Property(x => x.Received).HasPrecision(18, 2);
        b.Property(x => x.Spent).HasPrecision(18, 2);
        b.Property(x => x.ThreePublicSpent).HasPrecision(18, 2);
        b.Property(x => x.ProcurementSpent).HasPrecision(18, 2);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.LineId).OnDelete(DeleteBehavior.Restrict);
    }
}
