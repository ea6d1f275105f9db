using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Finance;

/// <summary>基本支出 (staff, operations) or 项目支出 (projects).</summary>
public enum LineKind
{
    Basic,
    Project,
}

/// <summary>Where the money comes from.</summary>
public enum FundingSource
{
    /// <summary>本级财政拨款.</summary>
    LocalFiscal,
    /// <summary>中央补助 (e.g. 科技馆免费开放中央补助资金): received outside the local approved budget.</summary>
    CentralSubsidy,
    Other,
}

/// <summary>The museum's budget (预算) for one year, as the finance bureau approved it.</summary>
public sealed class Budget : MuseumEntity
{
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string ApprovalDocument { get; set; } = "";
    public DateOnly? ApprovedOn { get; set; }
    /// <summary>
    /// Only the year's 三公经费 lines are kept (a year before the museum used SciMuseum, entered so that next year's
    /// 三公经费变动率 has a base): the year answers its 三公 figures and no others, so no total pretends to be the year's.
    /// </summary>
    public bool ThreePublicOnly { get; set; }
}

/// <summary>A budget line (预算项目): approved amount, adjustments, and the ledger of receipts and expenditures.</summary>
public sealed class BudgetLine : MuseumEntity
{
    public Guid BudgetId { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public Budget? Budget { get; set; }
    /// <summary>Stable short code within the year (e.g. P05), used by imports and stated figures.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public LineKind Kind { get; set; }
    public FundingSource Source { get; set; }
    /// <summary>支出经济分类 (e.g. 302 商品和服务支出).</summary>
    public string EconomicClass { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    /// <summary>The performance goal this line serves (filled by the performance module).</summary>
    public Guid? PerformanceGoalId { get; set; }
    /// <summary>批复: the amount approved at the start of the year, in yuan.</summary>
    public decimal Approved { get; set; }
    /// <summary>A 三公经费 line (its approved amount is the 三公 budget).</summary>
    public bool IsThreePublic { get; set; }
    public int SortOrder { get; set; }
    /// <summary>
    /// Planned spending curve: for each month, the cumulative share (percent) of the line's funds spent by its end.
    /// Empty means even (8.33, 16.67, … 100).
    /// </summary>
    public List<decimal> MonthlyPlan { get; set; } = [];
    /// <summary>Bumped by every expenditure in the line's own transaction: the row lock that serialises the guard.</summary>
    public long LedgerVersion { get; set; }
}

/// <summary>调整: a change to a line's budget during the year, with its reason (audited like every change).</summary>
public sealed class BudgetAdjustment : MuseumEntity
{
    public Guid LineId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public string Reason { get; set; } = "";
}

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
