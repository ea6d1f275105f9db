using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Competitions;

public enum UnitKind
{
    /// <summary>参赛学校: the school that submits entries.</summary>
    School,
    /// <summary>组织单位: a county's 科协 or 教体局 that gathers its schools' entries.</summary>
    Organiser,
}

/// <summary>A school or organising unit taking part in a contest, with its contact; schools name their organiser.</summary>
public sealed class ContestUnit : MuseumEntity
{
    public Guid ContestId { get; set; }
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public string County { get; set; } = "";
    public Guid? OrganiserId { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    /// <summary>A standing title the unit holds, e.g. 全国青少年人工智能活动特色单位; empty when none.</summary>
    public string Distinction { get; set; } = "";
    /// <summary>SHA-256 (hex) of the school's access code for the phone registration page; the code itself is shown once.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string AccessCodeHash { get; set; } = "";
}

public enum EntryStatus { Submitted, Withdrawn }

/// <summary>作品 / 参赛队: one work or team in a category, from a school.</summary>
public sealed class Entry : MuseumEntity
{
    public Guid ContestId { get; set; }
    public Guid CategoryId { get; set; }
    public Guid UnitId { get; set; }
    /// <summary>报名序号 within the contest: the last tie rule (earlier registration first).</summary>
    public int Number { get; set; }
    /// <summary>The work's title or the team's name.</summary>
    public string Title { get; set; } = "";
    public EntryStatus Status { get; set; }
    public DateTime SubmittedAt { get; set; }
    /// <summary>A link to the work's video or documents (http/https), as schools submit them.</summary>
    public string Link { get; set; } = "";
}

public enum ParticipantRole
{
    /// <summary>作者 / 队员: a student (or, in the teachers' category, a teacher) who made the work or plays in the team.</summary>
    Entrant,
    /// <summary>辅导教师: the teacher who advised the entry (a coach in the robot contest).</summary>
    Advisor,
}

/// <summary>A person on an entry: an entrant with school, grade and a guardian's phone, or the advising teacher.</summary>
public sealed class Participant : MuseumEntity
{
    public Guid EntryId { get; set; }
    public Guid ContestId { get; set; }
    public ParticipantRole Role { get; set; }
    /// <summary>The order on the entry form (the first entrant is the first author); certificates and lists follow it.</summary>
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string Grade { get; set; } = "";
    /// <summary>A guardian's phone for a minor; never shown on public pages or certificates.</summary>
    public string GuardianPhone { get; set; } = "";
}

/// <summary>评委: a judge of a contest, with the school they work at (conflicts are checked against it).</summary>
public sealed class Judge : MuseumEntity
{
    public Guid ContestId { get; set; }
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public Guid? UnitId { get; set; }
    public string Phone { get; set; } = "";
    /// <summary>The person, not an e-mail: <c>id:</c> + SHA-256 of the ID card number, or <c>tel:</c> + the mobile's 11 digits (see <see cref="Judging.PersonIdentity"/>).</summary>
    public string IdentityKey { get; set; } = "";
    /// <summary>SHA-256 (hex) of the judge's scoring access code (评审码), shown once; empty until issued.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string AccessCodeHash { get; set; } = "";
}

/// <summary>A judge on a category's panel.</summary>
public sealed class JudgeAssignment : MuseumEntity
{
    public Guid JudgeId { get; set; }
    public Guid CategoryId { get; set; }
}

/// <summary>One judge's points for one criterion of one entry.</summary>
public sealed class Score : MuseumEntity
{
    public Guid EntryId { get; set; }
    public Guid JudgeId { get; set; }
    public Guid CriterionId { get; set; }
    public decimal Points { get; set; }
}

/// <summary>One match of a robot team, entered at the venue: its points and, for timed events, the seconds it took.</summary>
public sealed class MatchResult : MuseumEntity
{
    public Guid EntryId { get; set; }
    public int Round { get; set; }
    public decimal Points { get; set; }
    public int? Seconds { get; set; }
}

public enum ClassMode { Online, Offline }

/// <summary>A class of an activity (the AI activity's online and offline lessons): its hours and who came.</summary>
public sealed class ContestClass : MuseumEntity
{
    public Guid ContestId { get; set; }
    public DateOnly Date { get; set; }
    public string Title { get; set; } = "";
    public ClassMode Mode { get; set; }
    public decimal Hours { get; set; }
    public int Participants { get; set; }
}

internal sealed class ContestUnitConfiguration : IEntityTypeConfiguration<ContestUnit>
{
    public void Configure(EntityTypeBuilder<ContestUnit> b)
    {
        b.ToTable("ContestUnits");
        b.Property(u => u.Name).HasMaxLength(100);
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(u => u.County).HasMaxLength(50);
        b.Property(u => u.ContactName).HasMaxLength(50);
        b.Property(u => u.ContactPhone).HasMaxLength(20);
        b.Property(u => u.Distinction).HasMaxLength(100);
        b.Property(u => u.AccessCodeHash).HasMaxLength(64);
        b.HasIndex(u => new { u.ContestId, u.Name });
        b.HasIndex(u => u.AccessCodeHash);
        b.HasOne<Contest>().WithMany().HasForeignKey(u => u.ContestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestUnit>().WithMany().HasForeignKey(u => u.OrganiserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EntryConfiguration : IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Entry> b)
    {
        b.ToTable("ContestEntries");
        b.Property(e => e.Title).HasMaxLength(200);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Link).HasMaxLength(500);
        // One number per contest: two schools registering at once cannot take the same place in the tie rule.
        b.HasIndex(e => new { e.ContestId, e.Number }).IsUnique();
        b.HasIndex(e => e.CategoryId);
        b.HasIndex(e => e.UnitId);
        b.HasOne<Contest>().WithMany().HasForeignKey(e => e.ContestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestCategory>().WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("ContestParticipants");
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Name).HasMaxLength(50);
        b.Property(p => p.Grade).HasMaxLength(20);
        b.Property(p => p.GuardianPhone).HasMaxLength(20);
        b.HasIndex(p => p.EntryId);
        b.HasIndex(p => p.ContestId);
        b.HasOne<Entry>().WithMany().HasForeignKey(p => p.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contest>().WithMany().HasForeignKey(p => p.ContestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JudgeConfiguration : IEntityTypeConfiguration<Judge>
{
    public void Configure(EntityTypeBuilder<Judge> b)
    {
        b.ToTable("ContestJudges");
        b.Property(j => j.Name).HasMaxLength(50);
        b.Property(j => j.Title).HasMaxLength(50);
        b.Property(j => j.Phone).HasMaxLength(20);
        b.Property(j => j.IdentityKey).HasMaxLength(80);
        b.Property(j => j.AccessCodeHash).HasMaxLength(64);
        b.HasIndex(j => j.ContestId);
        b.HasIndex(j => new { j.ContestId, j.IdentityKey });
        b.HasIndex(j => j.AccessCodeHash);
        b.HasOne<Contest>().WithMany().HasForeignKey(j => j.ContestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestUnit>().WithMany().HasForeignKey(j => j.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JudgeAssignmentConfiguration : IEntityTypeConfiguration<JudgeAssignment>
{
    public void Configure(EntityTypeBuilder<JudgeAssignment> b)
    {
        b.ToTable("ContestJudgeAssignments");
        b.HasIndex(a => new { a.CategoryId, a.JudgeId });
        b.HasOne<Judge>().WithMany().HasForeignKey(a => a.JudgeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestCategory>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> b)
    {
        b.ToTable("ContestScores");
        // Covering for ranking (ContestResults.JudgeTotalsAsync): the judges' totals read every score of a contest from this
        // index alone, never from the table; it still serves the (entry, judge) lookups of scoring.
        b.HasIndex(s => new { s.EntryId, s.JudgeId, s.CriterionId, s.IsDeleted, s.Points });
        b.HasOne<Entry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Judge>().WithMany().HasForeignKey(s => s.JudgeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Criterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatchResultConfiguration : IEntityTypeConfiguration<MatchResult>
{
    public void Configure(EntityTypeBuilder<MatchResult> b)
    {
        b.ToTable("ContestMatchResults");
        // One result per team per round: two phones saving the same match at once cannot both write it.
        b.HasIndex(m => new { m.EntryId, m.Round }).IsUnique();
        b.HasOne<Entry>().WithMany().HasForeignKey(m => m.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContestClassConfiguration : IEntityTypeConfiguration<ContestClass>
{
    public void Configure(EntityTypeBuilder<ContestClass> b)
    {
        b.ToTable("ContestClasses");
        b.Property(c => c.Title).HasMaxLength(100);
        b.Property(c => c.Mode).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(c => new { c.ContestId, c.Date });
        b.HasOne<Contest>().WithMany().HasForeignKey(c => c.ContestId).OnDelete(DeleteBehavior.Restrict);
    }
}
