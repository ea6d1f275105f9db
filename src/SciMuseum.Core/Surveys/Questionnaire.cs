using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Surveys;

/// <summary>A questionnaire's life: edited as a draft, answered once published, no longer answered when closed.</summary>
public enum QuestionnaireState { Draft, Published, Closed }

/// <summary>
/// What counts as one respondent: a ticket or sign-up code (<see cref="Token"/>), one device per day
/// (<see cref="DevicePerDay"/>), or each form once (<see cref="EachForm"/>: a kiosk, or anonymous answers after a class).
/// </summary>
public enum OneAnswerPer { Token, DevicePerDay, EachForm }

/// <summary>
/// 问卷: one version of a questionnaire for a service area (展厅, 青少年课外活动中心, a class…). Versions of the same
/// questionnaire share <see cref="SeriesId"/>; a published version is never edited (its answers were given to it), a
/// change is made in a new draft version. <see cref="Code"/> is the short public name in its QR link.
/// </summary>
public sealed class Questionnaire : MuseumEntity
{
    public Guid SeriesId { get; set; }
    public int Version { get; set; } = 1;
    public string Code { get; set; } = "";
    /// <summary>The service area's key (<c>halls</c>, <c>youth</c>, <c>counseling</c>, or any staff-chosen key); results and metrics group by it.</summary>
    public string Area { get; set; } = "";
    public string AreaName { get; set; } = "";
    public string Title { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string Intro { get; set; } = "";
    public string IntroEn { get; set; } = "";
    public QuestionnaireState State { get; set; }
    public OneAnswerPer OnePer { get; set; } = OneAnswerPer.DevicePerDay;
    /// <summary>Unlocks kiosk mode (each form once, clears after each answer) for the tablet at the exit; only staff see it.</summary>
    public string KioskKey { get; set; } = "";
    /// <summary>Grade bands of the index: the lowest index of 优秀 / 良好 / 中.</summary>
    public decimal ExcellentFrom { get; set; } = 90;
    public decimal GoodFrom { get; set; } = 80;
    public decimal FairFrom { get; set; } = 60;
    public DateTime? PublishedAt { get; set; }
    public List<SurveyDimension> Dimensions { get; set; } = [];
    public List<SurveyQuestion> Questions { get; set; } = [];
}

/// <summary>A dimension of satisfaction (环境, 展品, 服务…) with its weight in the index.</summary>
public sealed class SurveyDimension : MuseumEntity
{
    public Guid QuestionnaireId { get; set; }
    public int SortOrder { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public decimal Weight { get; set; }
}

public enum QuestionKind { Rating5, Rating10, Nps, SingleChoice, MultipleChoice, Text }

/// <summary>题目: one question; ratings (1–5, 1–10, NPS 0–10) with a dimension and a weight count in the index.</summary>
public sealed class SurveyQuestion : MuseumEntity
{
    public Guid QuestionnaireId { get; set; }
    public int SortOrder { get; set; }
    public string Section { get; set; } = "";
    public string SectionEn { get; set; } = "";
    public string Text { get; set; } = "";
    public string TextEn { get; set; } = "";
    public QuestionKind Kind { get; set; }
    public bool Required { get; set; }
    /// <summary>The dimension's code for ratings that count in the index; empty for questions outside it (NPS, choices, text).</summary>
    public string Dimension { get; set; } = "";
    public decimal Weight { get; set; }
    public List<string> Options { get; set; } = [];
    public List<string> OptionsEn { get; set; } = [];

    public bool IsRating => Kind is QuestionKind.Rating5 or QuestionKind.Rating10 or QuestionKind.Nps;
    public (int Min, int Max) Scale => Kind switch { QuestionKind.Rating5 => (1, 5), QuestionKind.Rating10 => (1, 10), _ => (0, 10) };
    public bool CountsInIndex => Kind is QuestionKind.Rating5 or QuestionKind.Rating10 && Dimension.Length > 0 && Weight > 0;
}

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> b)
    {
        b.ToTable("Questionnaires");
        foreach (var p in new[] { nameof(Questionnaire.Code), nameof(Questionnaire.Area), nameof(Questionnaire.KioskKey) }) b.Property(p).HasMaxLength(40);
        b.Property(q => q.AreaName).HasMaxLength(60);
        b.Property(q => q.Title).HasMaxLength(100);
        b.Property(q => q.TitleEn).HasMaxLength(200);
        b.Property(q => q.Intro).HasMaxLength(1000);
        b.Property(q => q.IntroEn).HasMaxLength(2000);
        b.Property(q => q.State).HasConversion<string>().HasMaxLength(20);
        b.Property(q => q.OnePer).HasConversion<string>().HasMaxLength(20);
        foreach (var p in new[] { nameof(Questionnaire.ExcellentFrom), nameof(Questionnaire.GoodFrom), nameof(Questionnaire.FairFrom) }) b.Property(p).HasPrecision(5, 2);
        b.HasIndex(q => new { q.MuseumId, q.Code }).IsUnique();
        b.HasIndex(q => new { q.MuseumId, q.SeriesId, q.Version }).IsUnique();
        b.HasMany(q => q.Dimensions).WithOne().HasForeignKey(d => d.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(q => q.Questions).WithOne().HasForeignKey(d => d.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(q => q.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyDimensionConfiguration : IEntityTypeConfiguration<SurveyDimension>
{
    public void Configure(EntityTypeBuilder<SurveyDimension> b)
    {
        b.ToTable("SurveyDimensions");
        b.Property(d => d.Code).HasMaxLength(40);
        b.Property(d => d.Name).HasMaxLength(60);
        b.Property(d => d.NameEn).HasMaxLength(120);
        b.Property(d => d.Weight).HasPrecision(9, 4);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> b)
    {
        b.ToTable("SurveyQuestions");
        b.Property(q => q.Section).HasMaxLength(60);
        b.Property(q => q.SectionEn).HasMaxLength(120);
        b.Property(q => q.Text).HasMaxLength(300);
        b.Property(q => q.TextEn).HasMaxLength(600);
        b.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(q => q.Dimension).HasMaxLength(40);
        b.Property(q => q.Weight).HasPrecision(9, 4);
        b.Ignore(q => q.Scale);
    }
}
