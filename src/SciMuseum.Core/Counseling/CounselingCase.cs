using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Counseling;

public enum CaseStatus
{
    Open,
    Closed,
}

public enum RiskLevel
{
    Low,
    Medium,
    /// <summary>高风险: alerts the center's head at once.</summary>
    High,
}

/// <summary>
/// 个案: one minor's consultation case. Only its assigned counselor reads or writes it (<see cref="CaseAccess"/>). Every
/// field that says anything about the child is stored sealed (<c>…Sealed</c>: AES-GCM ciphertext from
/// <see cref="CaseCipher"/>, key outside the database); what stays plain is what the center's head and the report count:
/// number, status, risk level, dates, the counselor.
/// </summary>
public sealed class CounselingCase : MuseumEntity
{
    /// <summary>个案编号, e.g. <c>GA2020-007</c>: unique in the museum, says nothing about the child.</summary>
    public string Number { get; set; } = "";
    public string CounselorId { get; set; } = "";
    public CaseStatus Status { get; set; }
    public RiskLevel Risk { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public DateOnly? ReferredOn { get; set; }
    public bool Minor { get; set; } = true;

    public string MinorNameSealed { get; set; } = "";
    public string AgeSealed { get; set; } = "";
    public string SchoolSealed { get; set; } = "";
    public string GuardianNameSealed { get; set; } = "";
    public string GuardianRelationSealed { get; set; } = "";
    public string GuardianPhoneSealed { get; set; } = "";
    public string PresentingProblemSealed { get; set; } = "";
    public string ReferralSealed { get; set; } = "";
    public string ClosingSummarySealed { get; set; } = "";
}

public enum CaseEntryKind
{
    /// <summary>咨询: a consultation held; the report counts these (典型个体心理咨询 30余人次).</summary>
    Session,
    /// <summary>记录: a note between sessions.</summary>
    Note,
}

public enum SessionMode
{
    InPerson,
    Online,
    Phone,
}

/// <summary>A session held or a note written in a case, its text sealed.</summary>
public sealed class CaseEntry : MuseumEntity
{
    public Guid CaseId { get; set; }
    public DateOnly Date { get; set; }
    public CaseEntryKind Kind { get; set; }
    public SessionMode Mode { get; set; }
    public int DurationMinutes { get; set; }
    public string WrittenBy { get; set; } = "";
    public string TextSealed { get; set; } = "";
}

/// <summary>交接: a case handed from one counselor to another, with the reason (sealed: it may speak of the child).</summary>
public sealed class CaseHandOver : MuseumEntity
{
    public Guid CaseId { get; set; }
    public string FromCounselorId { get; set; } = "";
    public string ToCounselorId { get; set; } = "";
    public DateTime At { get; set; }
    public string ReasonSealed { get; set; } = "";
}

internal sealed class CounselingCaseConfiguration : IEntityTypeConfiguration<CounselingCase>
{
    public void Configure(EntityTypeBuilder<CounselingCase> b)
    {
        b.ToTable("CounselingCases");
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.CounselorId).HasMaxLength(450);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Risk).HasConversion<string>().HasMaxLength(10);
        foreach (var p in new[] { nameof(CounselingCase.MinorNameSealed), nameof(CounselingCase.AgeSealed), nameof(CounselingCase.SchoolSealed),
                     nameof(CounselingCase.GuardianNameSealed), nameof(CounselingCase.GuardianRelationSealed), nameof(CounselingCase.GuardianPhoneSealed) })
            b.Property(p).HasMaxLength(400);
        foreach (var p in new[] { nameof(CounselingCase.PresentingProblemSealed), nameof(CounselingCase.ReferralSealed), nameof(CounselingCase.ClosingSummarySealed) })
            b.Property(p).HasMaxLength(8000);
        b.HasIndex(x => new { x.MuseumId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.MuseumId, x.CounselorId, x.Status });
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseEntryConfiguration : IEntityTypeConfiguration<CaseEntry>
{
    public void Configure(EntityTypeBuilder<CaseEntry> b)
    {
        b.ToTable("CounselingCaseEntries");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.WrittenBy).HasMaxLength(450);
        b.Property(x => x.TextSealed).HasMaxLength(8000);
        b.HasIndex(x => new { x.MuseumId, x.CaseId, x.Date });
        b.HasIndex(x => new { x.MuseumId, x.Kind, x.Date });
        b.HasOne<CounselingCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseHandOverConfiguration : IEntityTypeConfiguration<CaseHandOver>
{
    public void Configure(EntityTypeBuilder<CaseHandOver> b)
    {
        b.ToTable("CounselingCaseHandOvers");
        b.Property(x => x.FromCounselorId).HasMaxLength(450);
        b.Property(x => x.ToCounselorId).HasMaxLength(450);
        b.Property(x => x.ReasonSealed).HasMaxLength(4000);
        b.HasIndex(x => new { x.MuseumId, x.CaseId });
        b.HasOne<CounselingCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
