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

/// <summary>项目类型 on a 项目支出绩效目标申报表.</summary>
public enum ProjectType
{
    /// <summary>常年性.</summary>
    Recurring,
    /// <summary>延续性.</summary>
    Continuing,
    /// <summary>一次性.</summary>
    OneOff,
}

/// <summary>资金性质.</summary>
public enum FundNature
{
    /// <summary>财政拨款.</summary>
    FiscalAppropriation,
    /// <summary>非税收入.</summary>
    NonTaxRevenue,
    /// <summary>政府性基金.</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算.</summary>
    StateCapitalBudget,
    /// <summary>财政专户管理资金.</summary>
    SpecialAccountFunds,
    /// <summary>其他.</summary>
    Other,
}

/// <summary>
/// What an indicator's progress during the year is measured against: the full target (a level such as a satisfaction
/// score or an integrity rate), the target prorated by time, or the indicator's planned cumulative curve.
/// </summary>
public enum GoalPace
{
    /// <summary>全年目标值.</summary>
    FullTarget,
    /// <summary>按时间进度.</summary>
    TimeProportional,
    /// <summary>按计划进度曲线.</summary>
    PlannedCurve,
}

/// <summary>How a qualitative indicator's actual was judged when scored.</summary>
public enum GoalJudgement
{
    /// <summary>达成.</summary>
    Met,
    /// <summary>部分达成.</summary>
    PartlyMet,
    /// <summary>未达成.</summary>
    NotMet,
}

/// <summary>
/// 绩效目标申报: the museum's goal for a year (部门整体支出绩效目标申报表) or a project's (项目支出绩效目标申报表, with a
/// project type), with the fields of the issued forms and its indicators in the standard tree.
/// </summary>
public sealed class PerformanceGoal : MuseumEntity
{
    public int Year { get; set; }
    /// <summary>The budget line it is declared for; null for the museum as a whole (or a project without a line yet).</summary>
    public Guid? BudgetLineId { get; set; }
    /// <summary>The project's name, or the departmental goal's title.</summary>
    public string Title { get; set; } = "";
    public string OverallGoal { get; set; } = "";
    /// <summary>申报金额 in yuan.</summary>
    public decimal? Amount { get; set; }
    /// <summary>资金来源 as the form words it (e.g. 本级财政拨款, 中央补助).</summary>
    public string FundingSource { get; set; } = "";
    /// <summary>Set on a project goal; null on the departmental goal.</summary>
    public ProjectType? ProjectType { get; set; }
    public FundNature? FundNature { get; set; }
    /// <summary>实施方案 (a departmental goal: 年度主要任务).</summary>
    public string ImplementationPlan { get; set; } = "";
    /// <summary>实施进度计划: one stage per line.</summary>
    public string Timeline { get; set; } = "";

    /// <summary>A project goal prints as 项目支出绩效目标申报表, the rest as 部门整体支出绩效目标申报表.</summary>
    public bool IsProject => ProjectType is not null || BudgetLineId is not null;
}

/// <summary>立项依据: a document the goal rests on, by number and title.</summary>
public sealed class GoalBasis : MuseumEntity
{
    public Guid GoalId { get; set; }
    /// <summary>文号 (e.g. 宛财预〔2020〕1号).</summary>
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public int SortOrder { get; set; }
}

internal sealed class GoalBasisConfiguration : IEntityTypeConfiguration<GoalBasis>
{
    public void Configure(EntityTypeBuilder<GoalBasis> b)
    {
        b.Property(x => x.Number).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(200);
        b.HasOne<PerformanceGoal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.GoalId, x.SortOrder });
    }
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
    /// <summary>定性指标: a text target, a text actual, judged when scored (no unit, no number, no metric).</summary>
    public bool Qualitative { get; set; }
    public string TextTarget { get; set; } = "";
    public string TextActual { get; set; } = "";
    public GoalJudgement? Judgement { get; set; }
    /// <summary>What monitoring measures progress against; null: by unit (rates and scores the full target, counts by time).</summary>
    public GoalPace? Pace { get; set; }
    /// <summary>The planned curve: for each month, the cumulative share (percent) of the target due by its end.</summary>
    public List<decimal> MonthlyPlan { get; set; } = [];

    /// <summary>The pace in force: the chosen one, or by unit.</summary>
    public GoalPace EffectivePace => Pace ?? (MetricUnits.IsLevel(Unit) ? GoalPace.FullTarget : GoalPace.TimeProportional);
}

internal sealed class PerformanceGoalConfiguration : IEntityTypeConfiguration<PerformanceGoal>
{
    public void Configure(EntityTypeBuilder<PerformanceGoal> b)
    {
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.OverallGoal).HasMaxLength(2000);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.FundingSource).HasMaxLength(100);
        b.Property(x => x.ProjectType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FundNature).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ImplementationPlan).HasMaxLength(4000);
        b.Property(x => x.Timeline).HasMaxLength(2000);
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
        b.Property(x => x.TextTarget).HasMaxLength(500);
        b.Property(x => x.TextActual).HasMaxLength(1000);
        b.Property(x => x.Judgement).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Pace).HasConversion<string>().HasMaxLength(20);
        b.HasOne<PerformanceGoal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.GoalId, x.SortOrder });
    }
}
