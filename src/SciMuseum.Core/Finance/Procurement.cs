using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Finance;

/// <summary>政府采购品目: goods, services or works.</summary>
public enum ProcurementCategory
{
    Goods,
    Services,
    Works,
}

/// <summary>
/// 政府采购计划: one line of a year's procurement plan, with its planned amount. What was bought is the year's
/// procurement expenditures; 政府采购执行率 is bought ÷ planned.
/// </summary>
public sealed class ProcurementPlanLine : MuseumEntity
{
    public int Year { get; set; }
    public string Name { get; set; } = "";
    public ProcurementCategory Category { get; set; }
    /// <summary>采购方式 (公开招标, 竞争性谈判, 询价, 单一来源…).</summary>
    public string Method { get; set; } = "";
    /// <summary>The budget line that pays for it, when known.</summary>
    public Guid? BudgetLineId { get; set; }
    /// <summary>Planned amount in yuan.</summary>
    public decimal Amount { get; set; }
    public string Note { get; set; } = "";
}

internal sealed class ProcurementPlanLineConfiguration : IEntityTypeConfiguration<ProcurementPlanLine>
{
    public void Configure(EntityTypeBuilder<ProcurementPlanLine> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.Year });
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Method).HasMaxLength(30);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Who found it: a finance bureau's inspection (检查) or an audit (审计).</summary>
public enum FindingSource
{
    Inspection,
    Audit,
}

/// <summary>
/// 检查、审计发现的问题: a breach of the rules on the use of funds found by an inspection or an audit. 资金使用合规性
/// counts a year's findings (none is full marks).
/// </summary>
public sealed class FinanceFinding : MuseumEntity
{
    public DateOnly Date { get; set; }
    public FindingSource Source { get; set; }
    /// <summary>Who inspected or audited (e.g. 南阳市审计局).</summary>
    public string Issuer { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>The amount concerned in yuan, when the finding names one.</summary>
    public decimal? Amount { get; set; }
    /// <summary>What was done about it (整改情况).</summary>
    public string Rectification { get; set; } = "";
}

internal sealed class FinanceFindingConfiguration : IEntityTypeConfiguration<FinanceFinding>
{
    public void Configure(EntityTypeBuilder<FinanceFinding> b)
    {
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Issuer).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Rectification).HasMaxLength(1000);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
