using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Performance;

public enum EvaluationStatus
{
    /// <summary>Live: scores recompute from the current records.</summary>
    Open,
    /// <summary>签发: actuals and scores frozen as they were at sign-off.</summary>
    SignedOff,
}

/// <summary>An evaluation run (绩效评价) of a scoring table over a year or part of one.</summary>
public sealed class Evaluation : MuseumEntity
{
    public int Year { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public Guid TableId { get; set; }
    public string Name { get; set; } = "";
    public EvaluationStatus Status { get; set; }
    public DateTime? SignedOffAt { get; set; }
    public string? SignedOffBy { get; set; }
    /// <summary>Frozen at sign-off; null while open.</summary>
    public decimal? TotalScore { get; set; }
    public string? Grade { get; set; }
    /// <summary>The whole result (every indicator's target, actual, source, rule and score) as JSON, frozen at sign-off.</summary>
    public string? SignedOffResult { get; set; }
    /// <summary>Why it was last re-opened (the audit log keeps every re-opening).</summary>
    public string? ReopenReason { get; set; }
}

/// <summary>What an evaluator enters for one indicator: a manual actual with its evidence, or that it does not apply.</summary>
public sealed class EvaluationInput : MuseumEntity
{
    public Guid EvaluationId { get; set; }
    public Guid IndicatorId { get; set; }
    public decimal? ManualValue { get; set; }
    /// <summary>佐证材料: a note quoting the document, or a reference to the evidence file.</summary>
    public string Evidence { get; set; } = "";
    public bool NotApplicable { get; set; }
    public string NotApplicableReason { get; set; } = "";
}

/// <summary>
/// One evaluator's score for a judgement indicator, or the points chosen within a banded rule's range, with the
/// reason; several are averaged. <see cref="Band"/> is the judgement level's name, or the band's key (#1, #2, …).
/// </summary>
public sealed class Judgement : MuseumEntity
{
    public Guid EvaluationId { get; set; }
    public Guid IndicatorId { get; set; }
    public string Evaluator { get; set; } = "";
    public decimal Score { get; set; }
    public string Band { get; set; } = "";
    public string Reason { get; set; } = "";
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SignedOffBy).HasMaxLength(256);
        b.Property(x => x.TotalScore).HasPrecision(8, 2);
        b.Property(x => x.Grade).HasMaxLength(10);
        b.Property(x => x.ReopenReason).HasMaxLength(500);
        b.HasOne<ScoringTable>().WithMany().HasForeignKey(x => x.TableId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MuseumId, x.Year });
    }
}

internal sealed class EvaluationInputConfiguration : IEntityTypeConfiguration<EvaluationInput>
{
    public void Configure(EntityTypeBuilder<EvaluationInput> b)
    {
        b.Property(x => x.ManualValue).HasPrecision(18, 4);
        b.Property(x => x.Evidence).HasMaxLength(2000);
        b.Property(x => x.NotApplicableReason).HasMaxLength(500);
        b.HasOne<Evaluation>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ScoringIndicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EvaluationId, x.IndicatorId }).IsUnique();
    }
}

internal sealed class JudgementConfiguration : IEntityTypeConfiguration<Judgement>
{
    public void Configure(EntityTypeBuilder<Judgement> b)
    {
        b.Property(x => x.Evaluator).HasMaxLength(256);
        b.Property(x => x.Score).HasPrecision(8, 2);
        b.Property(x => x.Band).HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasOne<Evaluation>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ScoringIndicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EvaluationId, x.IndicatorId, x.Evaluator }).IsUnique();
    }
}
