using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Surveys;

/// <summary>Who answered, as they said: the breakdown of the results page.</summary>
public enum RespondentType { IndividualVisitor, Parent, Student, Teacher, SchoolGroup }

/// <summary>Where the answer was given.</summary>
public enum ResponseChannel { Phone, Kiosk, Paper }

public static class SurveyLabels
{
    public static string Of(RespondentType t) => t switch
    {
        RespondentType.IndividualVisitor => L("个人观众", "Individual visitor"),
        RespondentType.Parent => L("家长", "Parent"),
        RespondentType.Student => L("学生", "Student"),
        RespondentType.Teacher => L("教师", "Teacher"),
        _ => L("学校团体", "School group"),
    };

    public static string Of(QuestionKind k) => k switch
    {
        QuestionKind.Rating5 => L("评分 1–5", "Rating 1–5"),
        QuestionKind.Rating10 => L("评分 1–10", "Rating 1–10"),
        QuestionKind.Nps => L("推荐意愿 0–10", "NPS 0–10"),
        QuestionKind.SingleChoice => L("单选", "Single choice"),
        QuestionKind.MultipleChoice => L("多选", "Multiple choice"),
        _ => L("文字", "Text"),
    };

    public static string Of(QuestionnaireState s) => s switch
    {
        QuestionnaireState.Draft => L("草稿", "Draft"),
        QuestionnaireState.Published => L("已发布", "Published"),
        _ => L("已关闭", "Closed"),
    };
}

/// <summary>
/// 答卷: one respondent's answers to one questionnaire version. Anonymous unless <see cref="Contact"/> is left.
/// <see cref="DedupKey"/> is what makes it one per respondent (the ticket code, the device and day, or the form's
/// nonce); a unique index on it makes a double click or a reload count once, in the database, on any instance.
/// <see cref="ScoreUnits"/> is the response's own index (0–100) in ten-thousandths, fixed at submission, so an area's
/// index is an integer sum the database adds up exactly on both providers.
/// </summary>
public sealed class SurveyResponse : Entity, IMuseumOwned, ISelfAudited
{
    public Guid MuseumId { get; set; }
    public Guid QuestionnaireId { get; set; }
    public string Area { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public DateOnly Date { get; set; }
    public string DedupKey { get; set; } = "";
    public RespondentType RespondentType { get; set; }
    public ResponseChannel Channel { get; set; }
    public string Contact { get; set; } = "";
    /// <summary>Null when the response rated nothing that counts in the index.</summary>
    public long? ScoreUnits { get; set; }
    public List<SurveyAnswer> Answers { get; set; } = [];
}

/// <summary>One answer: a rating (<see cref="Value"/>), the options chosen (indexes), or text.</summary>
public sealed class SurveyAnswer : Entity, IMuseumOwned, ISelfAudited
{
    public Guid MuseumId { get; set; }
    public Guid ResponseId { get; set; }
    public Guid QuestionId { get; set; }
    public int? Value { get; set; }
    public List<int> Choices { get; set; } = [];
    public string Text { get; set; } = "";
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.ToTable("SurveyResponses");
        b.Property(r => r.Area).HasMaxLength(40);
        b.Property(r => r.DedupKey).HasMaxLength(120);
        b.Property(r => r.Contact).HasMaxLength(100);
        b.Property(r => r.RespondentType).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(r => new { r.QuestionnaireId, r.DedupKey }).IsUnique();
        b.HasIndex(r => new { r.MuseumId, r.Area, r.Date, r.ScoreUnits });
        b.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Questionnaire>().WithMany().HasForeignKey(r => r.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> b)
    {
        b.ToTable("SurveyAnswers");
        b.Property(a => a.Text).HasMaxLength(2000);
        b.HasIndex(a => new { a.QuestionId, a.Value });
        b.HasIndex(a => a.ResponseId);
        // The comments: the few answers with text, without reading every answer.
        b.HasIndex(a => a.ResponseId, "IX_SurveyAnswers_Comments").HasFilter("\"Text\" <> ''");
        b.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}
