using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Performance;

/// <summary>产出/效益/满意度: the first level of a goal's indicator tree.</summary>
public enum GoalCategory
{
    Output,
    Effect,
    Satisfaction,
}

/// <summary>The second level: 数量/质量/时效/成本; 社会效益/可持续影响/经济效益/生态效益; 满意度.</summary>
public enum GoalSubcategory
{
    Quantity,
    Quality,
    Timeliness,
    Cost,
    Social,
    Sustainable,
    Economic,
    Ecological,
    Satisfaction,
}

public enum Comparison
{
    AtLeast,
    AtMost,
    Equal,
    Range,
}

/// <summary>绩效目标申报: the museum's (or one budget line's) goal for a year and its quantified indicators.</summary>
public sealed class PerformanceGoal : MuseumEntity
{
    public int Year { get; set; }
    /// <summary>The budget line it is declared for; null for the museum as a whole.</summary>
    public Guid? BudgetLineId { get; set; }
    public string Title { get; set; } = "";
    public string OverallGoal { get; set; } = "";
}

/// <summary>One quantified indicator of a goal: unit, target and comparison, and where its actual comes from.</summary>
public sealed class GoalIndicator : MuseumEntity
{
    public Guid GoalId { get; set; }
    public GoalCategory Category { get; set; }
    public GoalSubcategory Subcategory { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public Comparison Comparison { get; set; }
    public decimal Target { get; set; }
    /// <summary>Upper end of a range target.</summary>
    public decimal? TargetHigh { get; set; }
    /// <summary>Bound metric; null: reported by hand (its evidence is kept with the evaluation).</summary>
    public string? MetricKey { get; set; }
    public string? MetricArgument { get; set; }
    public Guid? DepartmentId { get; set; }
    public int SortOrder { get; set; }
}

internal sealed class PerformanceGoalConfiguration : IEntityTypeConfiguration<PerformanceGoal>
{
    public void Configure(EntityTypeBuilder<PerformanceGoal> b)
    {
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.OverallGoal).HasMaxLength(2000);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MuseumId, x.Year });
    }
}

internal sealed class GoalIndicatorConfiguration : IEntityTypeConfiguration<GoalIndicator>
{
    public void Configure(EntityTypeBuilder<GoalIndicator> b)
    {
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Subcategory).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Comparison).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Unit).HasMaxLength(20);
        b.Property(x => x.Target).HasPrecision(18, 4);
        b.Property(x => x.TargetHigh).HasPrecision(18, 4);
        b.Property(x => x.MetricKey).HasMaxLength(100);
        b.Property(x => x.MetricArgument).HasMaxLength(100);
        b.HasOne<PerformanceGoal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.GoalId, x.SortOrder });
    }
}
