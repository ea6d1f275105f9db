using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Performance;

/// <summary>A museum's scoring table (评分表): a tree of indicators whose weights total 100, copied from a template and edited.</summary>
public sealed class ScoringTable : MuseumEntity
{
    public string Name { get; set; } = "";
    /// <summary>The template it was copied from (<see cref="ScoringTemplates"/>), or empty.</summary>
    public string TemplateCode { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal ExcellentFrom { get; set; } = 90m;
    public decimal GoodFrom { get; set; } = 80m;
    public decimal FairFrom { get; set; } = 60m;
    /// <summary>The names of the four grades as the table writes them (优秀/良好/中/差 unless the bureau says otherwise).</summary>
    public string ExcellentName { get; set; } = GradeBands.ExcellentText;
    public string GoodName { get; set; } = GradeBands.GoodText;
    public string FairName { get; set; } = GradeBands.FairText;
    public string PoorName { get; set; } = GradeBands.PoorText;

    public GradeBands Bands => new(ExcellentFrom, GoodFrom, FairFrom, ExcellentName, GoodName, FairName, PoorName);
}

/// <summary>One indicator (指标) of a scoring table at level 1, 2 or 3; a leaf has a rule and, when bound, a metric.</summary>
public sealed class ScoringIndicator : MuseumEntity
{
    public Guid TableId { get; set; }
    public Guid? ParentId { get; set; }
    /// <summary>Position in the tree, e.g. 2.1.3.</summary>
    public string Code { get; set; } = "";
    public int Level { get; set; }
    public int SortOrder { get; set; }
    public string Name { get; set; } = "";
    /// <summary>权重: the points the indicator is worth.</summary>
    public decimal Weight { get; set; }
    public string Unit { get; set; } = "";
    public decimal? Target { get; set; }
    /// <summary>The metric its actual comes from; null: typed by an evaluator with evidence.</summary>
    public string? MetricKey { get; set; }
    public string? MetricArgument { get; set; }
    public ScoringRule? Rule { get; set; }
    /// <summary>Who answers for it (shown on monitoring and rectification).</summary>
    public Guid? DepartmentId { get; set; }
    /// <summary>
    /// 评价期: how many years its actual is computed over, ending with the evaluated year (展品更新率 "每 5 年": 2016–2020
    /// for a 2020 evaluation); 1 for most indicators.
    /// </summary>
    public int PeriodYears { get; set; } = 1;

    /// <summary>The years its actual covers in an evaluation of <paramref name="year"/> up to <paramref name="to"/>; null: the evaluation's own period.</summary>
    public MetricPeriod? PeriodFor(int year, DateOnly to) => PeriodYears > 1 ? new MetricPeriod(new DateOnly(year - PeriodYears + 1, 1, 1), to) : null;

    public ScoringNode ToNode() => new(Id, ParentId, Code, Name, Weight, Rule, Unit, Target, MetricKey, MetricArgument);
}

internal static class RuleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PropertyBuilder<ScoringRule?> AsJson(this PropertyBuilder<ScoringRule?> p) => p
        .HasConversion(r => r == null ? null : JsonSerializer.Serialize(r, Options), s => s == null ? null : JsonSerializer.Deserialize<ScoringRule>(s, Options),
            new ValueComparer<ScoringRule?>((a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                r => JsonSerializer.Serialize(r, Options).GetHashCode(), r => r))
        .HasMaxLength(4000);
}

internal sealed class ScoringTableConfiguration : IEntityTypeConfiguration<ScoringTable>
{
    public void Configure(EntityTypeBuilder<ScoringTable> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.TemplateCode).HasMaxLength(40);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.ExcellentFrom).HasPrecision(6, 2);
        b.Property(x => x.GoodFrom).HasPrecision(6, 2);
        b.Property(x => x.FairFrom).HasPrecision(6, 2);
        // Tables saved before grades had names keep the standard ones.
        b.Property(x => x.ExcellentName).HasMaxLength(10).HasDefaultValue(GradeBands.ExcellentText);
        b.Property(x => x.GoodName).HasMaxLength(10).HasDefaultValue(GradeBands.GoodText);
        b.Property(x => x.FairName).HasMaxLength(10).HasDefaultValue(GradeBands.FairText);
        b.Property(x => x.PoorName).HasMaxLength(10).HasDefaultValue(GradeBands.PoorText);
        b.Ignore(x => x.Bands);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScoringIndicatorConfiguration : IEntityTypeConfiguration<ScoringIndicator>
{
    public void Configure(EntityTypeBuilder<ScoringIndicator> b)
    {
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Unit).HasMaxLength(20);
        b.Property(x => x.Weight).HasPrecision(8, 2);
        b.Property(x => x.Target).HasPrecision(18, 4);
        b.Property(x => x.MetricKey).HasMaxLength(100);
        b.Property(x => x.MetricArgument).HasMaxLength(100);
        b.Property(x => x.Rule).AsJson();
        b.Property(x => x.PeriodYears).HasDefaultValue(1);
        b.HasOne<ScoringTable>().WithMany().HasForeignKey(x => x.TableId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TableId, x.SortOrder });
    }
}
