using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Reporting;

/// <summary>The kinds of report the engine writes from a template.</summary>
public static class ReportKinds
{
    /// <summary>部门整体支出绩效评价报告: the year's evaluation report.</summary>
    public const string Annual = "annual";

    /// <summary>绩效运行监控报告: the 双监控 during the year, figures to a chosen day (default 30 June).</summary>
    public const string Monitoring = "monitoring";

    /// <summary>绩效简报: the year on one page for the museum's leaders.</summary>
    public const string Brief = "brief";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Annual] = "部门整体支出绩效评价报告",
        [Monitoring] = "绩效运行监控报告",
        [Brief] = "绩效简报",
    };

    /// <summary>The engine's own template of a kind, used until the museum saves a version (the annual one must be saved: it carries the museum's narrative places).</summary>
    public static (string Title, string Text)? BuiltIn(string kind) => kind switch
    {
        Monitoring => (InYearTemplates.MonitoringTitle, InYearTemplates.Monitoring),
        Brief => (InYearTemplates.BriefTitle, InYearTemplates.Brief),
        _ => null,
    };
}

/// <summary>
/// 报告模板: one version of a report's text with its bindings (see <see cref="TemplateText"/>) and the format the bureau
/// sets. Saving makes a new version; the highest version of a kind is the one reports are written from, and each
/// generated report names the version it came from.
/// </summary>
public sealed class ReportTemplate : MuseumEntity
{
    public string Kind { get; set; } = ReportKinds.Annual;
    public int Version { get; set; }
    /// <summary>The title on the cover; <c>{{report.year}}</c> and <c>{{museum.name}}</c> may appear in it.</summary>
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>What changed in this version, for the history.</summary>
    public string Note { get; set; } = "";
    public string TitleFace { get; set; } = "宋体";
    public string HeadingFace { get; set; } = "黑体";
    public string BodyFace { get; set; } = "仿宋";
    public decimal TitleSizePt { get; set; } = 22;
    public decimal BodySizePt { get; set; } = 16;
    public decimal LineSpacing { get; set; } = 1.5m;
    public DateTime SavedAt { get; set; }
    public string SavedBy { get; set; } = "";
}

/// <summary>叙述: a year's free text for one place in the template (<c>[[text:problems]]</c>), written by the office.</summary>
public sealed class ReportNarrative : MuseumEntity
{
    public int Year { get; set; }
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>
/// A report as it was generated: the file, the template version, and a hash of the figures and text it was written
/// from, so two reports can be told apart by their data and an old one downloaded as it was.
/// </summary>
public sealed class GeneratedReport : MuseumEntity
{
    public string Kind { get; set; } = ReportKinds.Annual;
    public int Year { get; set; }
    /// <summary>pdf, docx or html.</summary>
    public string Format { get; set; } = "";
    public int TemplateVersion { get; set; }
    /// <summary>SHA-256 (hex) of the composed text and every figure with its value.</summary>
    public string DataHash { get; set; } = "";
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public long SizeBytes { get; set; }
    public DateTime GeneratedAt { get; set; }
    public string GeneratedBy { get; set; } = "";
}

internal sealed class ReportTemplateConfiguration : IEntityTypeConfiguration<ReportTemplate>
{
    public void Configure(EntityTypeBuilder<ReportTemplate> b)
    {
        b.ToTable("ReportTemplates");
        b.Property(t => t.Kind).HasMaxLength(20);
        b.Property(t => t.Title).HasMaxLength(200);
        b.Property(t => t.Text).HasMaxLength(200_000);
        b.Property(t => t.Note).HasMaxLength(500);
        b.Property(t => t.TitleFace).HasMaxLength(50);
        b.Property(t => t.HeadingFace).HasMaxLength(50);
        b.Property(t => t.BodyFace).HasMaxLength(50);
        b.Property(t => t.TitleSizePt).HasPrecision(5, 1);
        b.Property(t => t.BodySizePt).HasPrecision(5, 1);
        b.Property(t => t.LineSpacing).HasPrecision(4, 2);
        b.Property(t => t.SavedBy).HasMaxLength(100);
        b.HasIndex(t => new { t.MuseumId, t.Kind, t.Version }).IsUnique();
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(t => t.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> b)
    {
        b.ToTable("ReportNarratives");
        b.Property(n => n.Key).HasMaxLength(50);
        b.Property(n => n.Text).HasMaxLength(50_000);
        b.HasIndex(n => new { n.MuseumId, n.Year, n.Key }).IsUnique();
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(n => n.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GeneratedReportConfiguration : IEntityTypeConfiguration<GeneratedReport>
{
    public void Configure(EntityTypeBuilder<GeneratedReport> b)
    {
        b.ToTable("GeneratedReports");
        b.Property(r => r.Kind).HasMaxLength(20);
        b.Property(r => r.Format).HasMaxLength(10);
        b.Property(r => r.DataHash).HasMaxLength(64);
        b.Property(r => r.FileName).HasMaxLength(200);
        b.Property(r => r.GeneratedBy).HasMaxLength(100);
        b.HasIndex(r => new { r.MuseumId, r.Kind, r.Year, r.GeneratedAt });
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(r => r.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
