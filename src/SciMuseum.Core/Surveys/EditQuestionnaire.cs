using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Surveys;

/// <summary>Start a questionnaire for a service area from the ready template, as a draft.</summary>
public static class CreateQuestionnaire
{
    public sealed record Command(string? Area, string? AreaName, OneAnswerPer? OnePer);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Area).RequiredText(40).Matches("^[a-z][a-z0-9-]*$")
                .WithMessage(_ => L("区域代码只用小写字母、数字和连字符，以字母开头（如 halls）。", "Lower-case letters, digits and hyphens, starting with a letter (e.g. halls)."));
            RuleFor(c => c.AreaName).RequiredText(60);
            RuleFor(c => c.OnePer).IsInEnum().WithMessage(_ => L("答卷限制方式无效。", "Unknown answer limit."));
        }
    }

    public static async Task<Result<Questionnaire>> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        var q = SurveyTemplate.For(c.Area!.Trim(), c.AreaName!.Trim());
        q.OnePer = c.OnePer ?? OneAnswerPer.DevicePerDay;
        q.Code = Codes.New();
        q.KioskKey = Codes.New(16);
        db.Questionnaires.Add(q);
        await db.SaveChangesAsync(ct);
        return q;
    }
}

/// <summary>Edit a draft: texts in both languages, sections, kinds, required, dimensions and weights, the answer limit, grade bands.</summary>
public static class SaveQuestionnaire
{
    public sealed record DimensionInput(string? Code, string? Name, string? NameEn, decimal? Weight);

    public sealed record QuestionInput(string? Section, string? SectionEn, string? Text, string? TextEn, QuestionKind? Kind, bool? Required,
        string? Dimension, decimal? Weight, List<string?>? Options, List<string?>? OptionsEn);

    public sealed record Command(string? Title, string? TitleEn, string? Intro, string? IntroEn, string? AreaName, OneAnswerPer? OnePer,
        decimal? ExcellentFrom, decimal? GoodFrom, decimal? FairFrom, List<DimensionInput?>? Dimensions, List<QuestionInput?>? Questions);

    public sealed class Validator : AbstractValidator<Command>
    {
        private static string BandMessage => L("等级分数线须在 0–100 之间。", "Grade bands lie between 0 and 100.");

        public Validator()
        {
            RuleFor(c => c.Title).RequiredText(100);
            RuleFor(c => c.TitleEn).OptionalText(200);
            RuleFor(c => c.Intro).OptionalText(1000);
            RuleFor(c => c.IntroEn).OptionalText(2000);
            RuleFor(c => c.AreaName).RequiredText(60);
            RuleFor(c => c.OnePer).Required().IsInEnum().WithMessage(_ => L("答卷限制方式无效。", "Unknown answer limit."));
            RuleFor(c => c.ExcellentFrom).Required().InclusiveBetween(0, 100).WithMessage(_ => BandMessage);
            RuleFor(c => c.GoodFrom).Required().InclusiveBetween(0, 100).WithMessage(_ => BandMessage);
            RuleFor(c => c.FairFrom).Required().InclusiveBetween(0, 100).WithMessage(_ => BandMessage);
            RuleFor(c => c).Must(c => c.ExcellentFrom is null || c.GoodFrom is null || c.FairFrom is null || (c.ExcellentFrom > c.GoodFrom && c.GoodFrom > c.FairFrom))
                .OverridePropertyName("goodFrom").WithMessage(_ => L("分数线须 优秀 > 良好 > 中。", "Bands must fall: excellent > good > fair."));
            RuleFor(c => c.Dimensions).NotNull().WithMessage(_ => L("必填。", "Required."))
                .Must(d => d is null || d.Count <= 20).WithMessage(_ => L("最多 20 个维度。", "At most 20 dimensions."));
            RuleForEach(c => c.Dimensions).ChildRules(d =>
            {
                d.RuleFor(x => x).NotNull().WithMessage(_ => L("必填。", "Required."));
                d.RuleFor(x => x!.Code).RequiredText(40).When(x => x is not null);
                d.RuleFor(x => x!.Name).RequiredText(60).When(x => x is not null);
                d.RuleFor(x => x!.NameEn).OptionalText(120).When(x => x is not null);
                d.RuleFor(x => x!.Weight).Required().InclusiveBetween(0, 100).WithMessage(_ => L("权重须在 0–100 之间。", "A weight lies between 0 and 100.")).When(x => x is not null);
            });
            RuleFor(c => c.Questions).NotEmpty().WithMessage(_ => L("至少一道题。", "At least one question."))
                .Must(q => q is null || q.Count <= 100).WithMessage(_ => L("最多 100 道题。", "At most 100 questions."));
            RuleForEach(c => c.Questions).ChildRules(q =>
            {
                q.RuleFor(x => x).NotNull().WithMessage(_ => L("必填。", "Required."));
                q.RuleFor(x => x!.Text).RequiredText(300).When(x => x is not null);
                q.RuleFor(x => x!.TextEn).OptionalText(600).When(x => x is not null);
                q.RuleFor(x => x!.Section).OptionalText(60).When(x => x is not null);
                q.RuleFor(x => x!.SectionEn).OptionalText(120).When(x => x is not null);
                q.RuleFor(x => x!.Kind).Required().IsInEnum().WithMessage(_ => L("题型无效。", "Unknown question kind.")).When(x => x is not null);
                q.RuleFor(x => x!.Dimension).OptionalText(40).When(x => x is not null);
                q.RuleFor(x => x!.Weight).InclusiveBetween(0, 100).WithMessage(_ => L("权重须在 0–100 之间。", "A weight lies between 0 and 100.")).When(x => x is not null);
                q.RuleFor(x => x!.Options).Must(o => o is null || (o.Count <= 20 && o.All(s => !string.IsNullOrWhiteSpace(s) && s.Length <= 60)))
                    .WithMessage(_ => L("选项最多 20 个，每个 1–60 字。", "Up to 20 options of 1–60 characters.")).When(x => x is not null);
                q.RuleFor(x => x!.Options).Must(o => o is { Count: >= 2 })
                    .WithMessage(_ => L("选择题至少两个选项。", "A choice question needs two options."))
                    .When(x => x is { Kind: QuestionKind.SingleChoice or QuestionKind.MultipleChoice });
            });
            RuleFor(c => c.Questions).Must((c, qs) => qs is null || c.Dimensions is null
                    || qs.Where(q => q is not null && !string.IsNullOrWhiteSpace(q.Dimension)).All(q => c.Dimensions.Any(d => d?.Code?.Trim() == q!.Dimension!.Trim())))
                .WithMessage(_ => L("题目所属维度须在维度表中。", "Each question's dimension must be one of the dimensions."));
        }
    }

    public static async Task<Result<Questionnaire>> HandleAsync(MuseumDb db, Guid id, Command c, CancellationToken ct)
    {
        var q = await db.Questionnaires.Include(x => x.Dimensions).Include(x => x.Questions).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (q is null) return Refusal.NotFound("本馆没有这份问卷。", "No such questionnaire in this museum.");
        if (q.State != QuestionnaireState.Draft)
            return Refusal.Because("questionnaire-published", "已发布的版本不能修改：请先建立新版本。", "A published version is not edited: make a new version.");
        (q.Title, q.TitleEn, q.Intro, q.IntroEn, q.AreaName) = (c.Title!.Trim(), c.TitleEn?.Trim() ?? "", c.Intro?.Trim() ?? "", c.IntroEn?.Trim() ?? "", c.AreaName!.Trim());
        (q.OnePer, q.ExcellentFrom, q.GoodFrom, q.FairFrom) = (c.OnePer!.Value, c.ExcellentFrom!.Value, c.GoodFrom!.Value, c.FairFrom!.Value);
        db.SurveyDimensions.RemoveRange(q.Dimensions);
        db.SurveyQuestions.RemoveRange(q.Questions);
        // Added explicitly: new rows carry their client-made keys, which change tracking would take for existing rows.
        var dimensions = c.Dimensions!.Select((d, i) => new SurveyDimension
        {
            MuseumId = q.MuseumId, QuestionnaireId = q.Id, SortOrder = i + 1, Code = d!.Code!.Trim(), Name = d.Name!.Trim(), NameEn = d.NameEn?.Trim() ?? "", Weight = d.Weight!.Value,
        }).ToList();
        var questions = c.Questions!.Select((x, i) => new SurveyQuestion
        {
            MuseumId = q.MuseumId, QuestionnaireId = q.Id, SortOrder = i + 1, Section = x!.Section?.Trim() ?? "", SectionEn = x.SectionEn?.Trim() ?? "", Text = x.Text!.Trim(),
            TextEn = x.TextEn?.Trim() ?? "", Kind = x.Kind!.Value, Required = x.Required ?? false, Dimension = x.Dimension?.Trim() ?? "", Weight = x.Weight ?? 0,
            Options = [.. (x.Options ?? []).Select(o => o!.Trim())], OptionsEn = [.. (x.OptionsEn ?? []).Select(o => o?.Trim() ?? "")],
        }).ToList();
        db.SurveyDimensions.AddRange(dimensions);
        db.SurveyQuestions.AddRange(questions);
        await db.SaveChangesAsync(ct);
        return (await ListQuestionnaires.OneAsync(db, id, ct))!;
    }

    /// <summary>The command that saves <paramref name="q"/> as it stands (the editor starts from it).</summary>
    public static Command From(Questionnaire q) => new(q.Title, q.TitleEn, q.Intro, q.IntroEn, q.AreaName, q.OnePer, q.ExcellentFrom, q.GoodFrom, q.FairFrom,
        [.. q.Dimensions.OrderBy(d => d.SortOrder).Select(d => (DimensionInput?)new DimensionInput(d.Code, d.Name, d.NameEn, d.Weight))],
        [.. q.Questions.OrderBy(x => x.SortOrder).Select(x => (QuestionInput?)new QuestionInput(x.Section, x.SectionEn, x.Text, x.TextEn, x.Kind, x.Required,
            x.Dimension, x.Weight, [.. x.Options], [.. x.OptionsEn]))]);
}

/// <summary>Publish a draft version (the series' earlier published version closes), start a new draft version, or close one.</summary>
public static class QuestionnaireVersions
{
    public static async Task<Result<Questionnaire>> PublishAsync(MuseumDb db, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var q = await db.Questionnaires.Include(x => x.Questions).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (q is null) return Refusal.NotFound("本馆没有这份问卷。", "No such questionnaire in this museum.");
        if (q.State != QuestionnaireState.Draft) return Refusal.Because("questionnaire-published", "这个版本已发布或已关闭。", "This version is already published or closed.");
        if (!q.Questions.Any(x => x.CountsInIndex))
            return Refusal.OnField("questions", "至少一道计入指数的评分题（有维度和权重）才能发布。", "Publishing needs one scored rating (with a dimension and a weight).");
        foreach (var earlier in await db.Questionnaires.Where(x => x.SeriesId == q.SeriesId && x.State == QuestionnaireState.Published).ToListAsync(ct))
            earlier.State = QuestionnaireState.Closed;
        q.State = QuestionnaireState.Published;
        q.PublishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return q;
    }

    public static async Task<Result<Questionnaire>> NewVersionAsync(MuseumDb db, Guid id, CancellationToken ct)
    {
        var q = await db.Questionnaires.AsNoTracking().Include(x => x.Dimensions).Include(x => x.Questions).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (q is null) return Refusal.NotFound("本馆没有这份问卷。", "No such questionnaire in this museum.");
        if (await db.Questionnaires.AnyAsync(x => x.SeriesId == q.SeriesId && x.State == QuestionnaireState.Draft, ct))
            return Refusal.Because("draft-exists", "这份问卷已有一个草稿版本。", "This questionnaire already has a draft version.");
        var next = new Questionnaire
        {
            MuseumId = q.MuseumId, SeriesId = q.SeriesId, Version = await db.Questionnaires.Where(x => x.SeriesId == q.SeriesId).MaxAsync(x => x.Version, ct) + 1,
            Code = Codes.New(), KioskKey = Codes.New(16), Area = q.Area, AreaName = q.AreaName, Title = q.Title, TitleEn = q.TitleEn, Intro = q.Intro, IntroEn = q.IntroEn,
            OnePer = q.OnePer, ExcellentFrom = q.ExcellentFrom, GoodFrom = q.GoodFrom, FairFrom = q.FairFrom,
        };
        next.Dimensions = [.. q.Dimensions.Select(d => new SurveyDimension { QuestionnaireId = next.Id, SortOrder = d.SortOrder, Code = d.Code, Name = d.Name, NameEn = d.NameEn, Weight = d.Weight })];
        next.Questions = [.. q.Questions.Select(x => new SurveyQuestion
        {
            QuestionnaireId = next.Id, SortOrder = x.SortOrder, Section = x.Section, SectionEn = x.SectionEn, Text = x.Text, TextEn = x.TextEn, Kind = x.Kind,
            Required = x.Required, Dimension = x.Dimension, Weight = x.Weight, Options = [.. x.Options], OptionsEn = [.. x.OptionsEn],
        })];
        db.Questionnaires.Add(next);
        await db.SaveChangesAsync(ct);
        return next;
    }

    public static async Task<Result<Questionnaire>> CloseAsync(MuseumDb db, Guid id, CancellationToken ct)
    {
        var q = await db.Questionnaires.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (q is null) return Refusal.NotFound("本馆没有这份问卷。", "No such questionnaire in this museum.");
        q.State = QuestionnaireState.Closed;
        await db.SaveChangesAsync(ct);
        return q;
    }
}

/// <summary>The museum's questionnaires, each version, newest first; and one with its dimensions and questions in order.</summary>
public static class ListQuestionnaires
{
    public sealed record Item(Guid Id, Guid SeriesId, int Version, string Code, string Area, string AreaName, string Title, QuestionnaireState State,
        OneAnswerPer OnePer, DateTime? PublishedAt, int Questions, int Responses);

    public static async Task<List<Item>> HandleAsync(MuseumDb db, CancellationToken ct) =>
        await db.Questionnaires.AsNoTracking().OrderBy(q => q.Area).ThenByDescending(q => q.Version)
            .Select(q => new Item(q.Id, q.SeriesId, q.Version, q.Code, q.Area, q.AreaName, q.Title, q.State, q.OnePer, q.PublishedAt,
                q.Questions.Count, db.SurveyResponses.Count(r => r.QuestionnaireId == q.Id)))
            .ToListAsync(ct);

    public static Task<Questionnaire?> OneAsync(MuseumDb db, Guid id, CancellationToken ct) =>
        db.Questionnaires.AsNoTracking().Include(q => q.Dimensions.OrderBy(d => d.SortOrder)).Include(q => q.Questions.OrderBy(x => x.SortOrder))
            .AsSplitQuery().FirstOrDefaultAsync(q => q.Id == id, ct);
}

/// <summary>Short public codes: no 0/O or 1/I to misread off a poster.</summary>
public static class Codes
{
    public static string New(int length = 8) => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", length);
}
