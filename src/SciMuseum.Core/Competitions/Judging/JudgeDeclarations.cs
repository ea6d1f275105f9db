using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Competitions.Judging;

/// <summary>
/// 评审阶段 of a category: <c>Preparing</c> — judges see nothing yet; <c>Review</c> (初评) — each judge sees the entries
/// given to them, anonymised (number, title, link; no school, no names), and scores; <c>Discussion</c> (复核) — judges
/// also see the panel's totals and the 待复核 flags and may revise. Sign-off (<see cref="ContestCategory.SignedOffAt"/>)
/// locks everything whatever the phase.
/// </summary>
public enum ReviewPhase { Preparing, Review, Discussion }

/// <summary>A relative the judge declares (亲属): an entrant of that name at that school is a conflict.</summary>
public sealed class JudgeRelative : MuseumEntity
{
    public Guid JudgeId { get; set; }
    public string Name { get; set; } = "";
    public string School { get; set; } = "";
}

/// <summary>申报回避: a unit (all its entries) or one entry the judge declares they must not judge, and why.</summary>
public sealed class JudgeRecusal : MuseumEntity
{
    public Guid JudgeId { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? EntryId { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>
/// One identity per person, never an e-mail: an ID card number (stored only as its hash) or else the mobile number,
/// normalised; names compare without spaces and without the 老师 that entry forms add to teachers.
/// </summary>
public static class PersonIdentity
{
    public static string Key(string? idCard, string? phone)
    {
        var id = (idCard ?? "").Trim().ToUpperInvariant();
        if (id.Length > 0) return "id:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
        var digits = new string([.. Phone(phone).Where(char.IsAsciiDigit)]);
        return digits.Length > 0 ? "tel:" + digits : "";
    }

    /// <summary>A phone as written (<c>+86 139 0000 0001</c>, <c>139-0000-0001</c>) made plain: <c>13900000001</c>; landlines keep their dash.</summary>
    public static string Phone(string? phone)
    {
        var p = new string([.. (phone ?? "").Where(c => !char.IsWhiteSpace(c))]);
        if (p.StartsWith("+86")) p = p[3..];
        else if (p.StartsWith("86") && p.Length == 13) p = p[2..];
        return p.StartsWith('1') ? p.Replace("-", "") : p;
    }

    public static string Name(string? name)
    {
        var n = new string([.. (name ?? "").Where(c => !char.IsWhiteSpace(c))]);
        return n.EndsWith("老师") && n.Length > 2 ? n[..^2] : n;
    }

    /// <summary>A school's name as people write it: without spaces and full-width brackets made plain.</summary>
    public static string School(string? name) =>
        new string([.. (name ?? "").Where(c => !char.IsWhiteSpace(c))]).Replace('（', '(').Replace('）', ')');
}

internal sealed class JudgeRelativeConfiguration : IEntityTypeConfiguration<JudgeRelative>
{
    public void Configure(EntityTypeBuilder<JudgeRelative> b)
    {
        b.ToTable("ContestJudgeRelatives");
        b.Property(r => r.Name).HasMaxLength(50);
        b.Property(r => r.School).HasMaxLength(100);
        b.HasIndex(r => r.JudgeId);
        b.HasOne<Judge>().WithMany().HasForeignKey(r => r.JudgeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JudgeRecusalConfiguration : IEntityTypeConfiguration<JudgeRecusal>
{
    public void Configure(EntityTypeBuilder<JudgeRecusal> b)
    {
        b.ToTable("ContestJudgeRecusals");
        b.Property(r => r.Reason).HasMaxLength(200);
        b.HasIndex(r => r.JudgeId);
        b.HasOne<Judge>().WithMany().HasForeignKey(r => r.JudgeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Entry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
