using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Finance;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.Year }).IsUnique();
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.ApprovalDocument).HasMaxLength(100);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.HasIndex(x => new { x.BudgetId, x.Code }).IsUnique();
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.EconomicClass).HasMaxLength(50);
        b.Property(x => x.Approved).HasPrecision(18, 2);
        b.HasOne(x => x.Budget).WithMany().HasForeignKey(x => x.BudgetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetAdjustmentConfiguration : IEntityTypeConfiguration<BudgetAdjustment>
{
    public void Configure(EntityTypeBuilder<BudgetAdjustment> b)
    {
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.LineId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.LineId, x.Date });
    }
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
