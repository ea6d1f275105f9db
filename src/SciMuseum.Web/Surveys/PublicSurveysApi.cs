using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Surveys;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Surveys;

/// <summary>/api/v1/public/surveys: a published questionnaire to answer (with its form token) and the answers, no sign-in.</summary>
public static class PublicSurveysApi
{
    public sealed record PublicQuestion(Guid Id, string Section, string SectionEn, string Text, string TextEn, QuestionKind Kind, bool Required,
        int? Min, int? Max, IReadOnlyList<string> Options, IReadOnlyList<string> OptionsEn);

    public sealed record PublicQuestionnaire(string Code, string AreaName, string Title, string TitleEn, string Intro, string IntroEn,
        OneAnswerPer OnePer, IReadOnlyList<PublicQuestion> Questions, string FormToken);

    public sealed record Submitted(Guid Id, string Message);

    public static void MapPublicSurveysApi(this IEndpointRouteBuilder api)
    {
        var pub = api.MapGroup("/public/surveys").WithTags("Public").AllowAnonymous();

        pub.MapGet("/{code}", async Task<Results<Ok<PublicQuestionnaire>, ProblemHttpResult>> (string code, MuseumDb db, PublicSubmission forms, CancellationToken ct) =>
                await ForAnsweringAsync(db, code, ct) is { } q ? TypedResults.Ok(View(q, forms.NewFormToken()))
                    : Problems.NotFound("没有这份问卷，或它未发布。", "No such questionnaire, or it is not published."))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("GetPublicQuestionnaire")
            .WithSummary("A published questionnaire to answer, with the formToken to send back (no sooner than the minimum fill time)");
        pub.MapPost("/{code}/responses", async Task<Results<Created<Submitted>, Refused>> (string code, string? kiosk, SubmitResponse.Command c,
                MuseumDb db, PublicSubmission forms, CancellationToken ct) =>
                Answers.Created(Map(await forms.SubmitAsync(db, code, c, kiosk, ct)), s => $"/api/v1/public/surveys/{code}/responses/{s.Id}"))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("SubmitSurveyResponse").ProducesProblem(409)
            .WithSummary("Answer {formToken, respondentType, answers:[{questionId, value | choices | text}], token?, device?, contact?}; one per token, device-day or form (409 already-answered)");
    }

    private static Core.Common.Result<Submitted> Map(Core.Common.Result<SurveyResponse> r) =>
        r.Value is { } s ? new Submitted(s.Id, L("提交成功，感谢您的反馈！", "Thank you for your answers!")) : r.Refusal!;

    public static Task<Questionnaire?> ForAnsweringAsync(MuseumDb db, string code, CancellationToken ct) =>
        db.Questionnaires.AsNoTracking().Include(q => q.Questions.OrderBy(x => x.SortOrder)).AsSplitQuery()
            .FirstOrDefaultAsync(q => q.Code == code && q.State == QuestionnaireState.Published, ct);

    private static PublicQuestionnaire View(Questionnaire q, string formToken) => new(q.Code, q.AreaName, q.Title, q.TitleEn, q.Intro, q.IntroEn, q.OnePer,
        [.. q.Questions.Select(x => new PublicQuestion(x.Id, x.Section, x.SectionEn, x.Text, x.TextEn, x.Kind, x.Required,
            x.IsRating ? x.Scale.Min : null, x.IsRating ? x.Scale.Max : null, x.Options, x.OptionsEn))], formToken);
}
