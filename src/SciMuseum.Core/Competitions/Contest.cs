using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Competitions;

/// <summary>What sort of contest: the report names the four that 科技活动部 runs each year.</summary>
public enum ContestKind
{
    /// <summary>青少年科技创新大赛: works judged by experts.</summary>
    Innovation,
    /// <summary>青少年机器人竞赛: teams in events, scored by matches or by judges.</summary>
    Robot,
    /// <summary>青少年创意编程与智能设计大赛.</summary>
    Programming,
    /// <summary>青少年人工智能科普活动: schools and class hours rather than prizes.</summary>
    AiActivity,
    Other,
}

/// <summary>竞赛: one year's contest (e.g. 第34届南阳市青少年科技创新大赛) with its deadline and the budget line that pays for it.</summary>
public sealed class Contest : MuseumEntity
{
    public int Year { get; set; }
    public string Name { get; set; } = "";
    public ContestKind Kind { get; set; }
    /// <summary>届: the contest's edition (34 for the 34th innovation contest); null when it has none.</summary>
    public int? Edition { get; set; }
    /// <summary>The finance line the contest spends from (预算项目); its spending is read from the ledger.</summary>
    public Guid? BudgetLineId { get; set; }
    /// <summary>Entries are refused after this day (museum time).</summary>
    public DateOnly? RegistrationDeadline { get; set; }
    public DateOnly? JudgingDate { get; set; }
    public string Note { get; set; } = "";
}

public enum EntryKind { Individual, Team }

/// <summary>How an event ranks its entries: experts' weighted criteria, or match results entered at the venue.</summary>
public enum ScoringMode { Judges, Matches }

/// <summary>How prizes are given: the first N, next N, next N by ranking, or every entry at or above a score.</summary>
public enum PrizeMode { Quota, Threshold }

/// <summary>
/// 类别 / 项目: a category of works (科学幻想画) or a robot event (擂台赛), with its entry size, how it is scored and how
/// its prizes are given (three levels: 一等奖, 二等奖, 三等奖).
/// </summary>
public sealed class ContestCategory : MuseumEntity
{
    public Guid ContestId { get; set; }
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
    /// <summary>组别, e.g. 小学组 / 中学组; empty when the category has one.</summary>
    public string AgeGroup { get; set; } = "";
    public EntryKind EntryKind { get; set; }
    /// <summary>Largest team (authors of a work, members of a robot team); 1 for individual entries.</summary>
    public int MaxTeamSize { get; set; } = 1;
    public ScoringMode Scoring { get; set; }
    public PrizeMode PrizeMode { get; set; }
    /// <summary>Quota: how many first, second and third prizes; Threshold: the lowest score for each.</summary>
    public decimal First { get; set; }
    public decimal Second { get; set; }
    public decimal Third { get; set; }
    /// <summary>场次: how many matches each team plays in an event scored by matches (rounds 1..Rounds are entered at the venue).</summary>
    public int Rounds { get; set; } = 3;
    public const int MaxRounds = 20;
    /// <summary>Entries whose judges' totals spread wider than this (points of 100) are flagged for a second look.</summary>
    public decimal DisagreementThreshold { get; set; } = 20;
    /// <summary>When staff published the category's results (the public page and certificates show only published ones).</summary>
    public DateTime? ResultsPublishedAt { get; set; }
    /// <summary>评审阶段: what the judges see and whether they may score (see <see cref="Judging.ReviewPhase"/>).</summary>
    public Judging.ReviewPhase Phase { get; set; }
    /// <summary>签发: when the results were locked (no more scores); certificates and public results require it. Null while judging.</summary>
    public DateTime? SignedOffAt { get; set; }
    public string? SignedOffBy { get; set; }
    /// <summary>Why a signed-off category was re-opened (the audit log keeps who and when).</summary>
    public string? ReopenReason { get; set; }
}

/// <summary>评分细则: one criterion of a judged category, its weight (the weights of a category add up to 100) and its scale.</summary>
public sealed class Criterion : MuseumEntity
{
    public Guid CategoryId { get; set; }
    public string Name { get; set; } = "";
    public decimal Weight { get; set; }
    public decimal MaxPoints { get; set; } = 10;
    public int SortOrder { get; set; }
}

internal sealed class ContestConfiguration : IEntityTypeConfiguration<Contest>
{
    public void Configure(EntityTypeBuilder<Contest> b)
    {
        b.ToTable("Contests");
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Note).HasMaxLength(1000);
        b.HasIndex(c => new { c.MuseumId, c.Year });
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(c => c.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Finance.BudgetLine>().WithMany().HasForeignKey(c => c.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContestCategoryConfiguration : IEntityTypeConfiguration<ContestCategory>
{
    public void Configure(EntityTypeBuilder<ContestCategory> b)
    {
        b.ToTable("ContestCategories");
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.AgeGroup).HasMaxLength(50);
        b.Property(c => c.EntryKind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Scoring).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.PrizeMode).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Phase).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.SignedOffBy).HasMaxLength(256);
        b.Property(c => c.ReopenReason).HasMaxLength(500);
        b.HasIndex(c => new { c.ContestId, c.SortOrder });
        b.HasOne<Contest>().WithMany().HasForeignKey(c => c.ContestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> b)
    {
        b.ToTable("ContestCriteria");
        b.Property(c => c.Name).HasMaxLength(100);
        b.HasIndex(c => new { c.CategoryId, c.SortOrder });
        b.HasOne<ContestCategory>().WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
