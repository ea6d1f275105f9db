using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Surveys;
using SciMuseum.Reports.Pdf;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Surveys;

/// <summary>/api/v1/surveys: questionnaires (from the template, edited, published by version), results by area, raw answers, the QR poster.</summary>
public static class SurveysApi
{
    /// <summary>Who runs the surveys: the office, with the leaders.</summary>
    public const string Editors = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.Office;

    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = Editors };

    public static void MapSurveysApi(this IEndpointRouteBuilder api)
    {
        var s = api.MapGroup("/surveys").WithTags("Surveys").RequireAuthorization();

        s.MapGet("/questionnaires", async (MuseumDb db, CancellationToken ct) => TypedResults.Ok(await ListQuestionnaires.HandleAsync(db, ct)))
            .WithName("ListQuestionnaires").WithSummary("Every questionnaire version with its area, state, public code, questions and responses");
        s.MapPost("/questionnaires", async Task<Results<Created<Questionnaire>, Refused>> (CreateQuestionnaire.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await CreateQuestionnaire.HandleAsync(db, c, ct), q => $"/api/v1/surveys/questionnaires/{q.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateQuestionnaire").WithSummary("Start a draft for a service area {area, areaName, onePer} from the standard visitor-satisfaction template");
        s.MapGet("/questionnaires/{id:guid}", async Task<Results<Ok<Questionnaire>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await ListQuestionnaires.OneAsync(db, id, ct) is { } q ? TypedResults.Ok(q) : Problems.NotFound("本馆没有这份问卷。", "No such questionnaire in this museum."))
            .WithName("GetQuestionnaire").WithSummary("One questionnaire version with its dimensions and questions");
        s.MapPut("/questionnaires/{id:guid}", async Task<Results<Ok<Questionnaire>, Refused>> (Guid id, SaveQuestionnaire.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveQuestionnaire.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("SaveQuestionnaire").WithSummary("Edit a draft: texts (zh, en), sections, kinds, required, dimensions and weights, answer limit, grade bands");
        s.MapPost("/questionnaires/{id:guid}/publish", async Task<Results<Ok<Questionnaire>, Refused>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await QuestionnaireVersions.PublishAsync(db, id, clock, ct)))
            .RequireAuthorization(EditorsOnly).WithName("PublishQuestionnaire").WithSummary("Publish a draft version; the series' earlier published version closes");
        s.MapPost("/questionnaires/{id:guid}/versions", async Task<Results<Created<Questionnaire>, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await QuestionnaireVersions.NewVersionAsync(db, id, ct), q => $"/api/v1/surveys/questionnaires/{q.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("NewQuestionnaireVersion").WithSummary("Copy a version into a new draft version to change it");
        s.MapPost("/questionnaires/{id:guid}/close", async Task<Results<Ok<Questionnaire>, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await QuestionnaireVersions.CloseAsync(db, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("CloseQuestionnaire").WithSummary("Stop taking answers");
        s.MapGet("/questionnaires/{id:guid}/poster", PosterAsync)
            .WithName("QuestionnairePoster").WithSummary("The printable A4 QR poster (PDF) of a questionnaire's answering link");

        s.MapGet("/results", async Task<Results<Ok<SurveyResults.YearResult>, ValidationProblem>> (int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                YearOf(year, clock) is { } y ? TypedResults.Ok(await SurveyResults.YearAsync(db, y, ct)) : Problems.Field("year", Plausible.YearMessage))
            .WithName("SurveyResults").WithSummary("A year's satisfaction by service area: areas[{area, name, index (0–100), responses, low, high, grade}] and the method");
        s.MapGet("/results/{area}", async Task<Results<Ok<AreaDetail.Result>, ValidationProblem, ProblemHttpResult>> (string area, int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                if (YearOf(year, clock) is not { } y) return Problems.Field("year", Plausible.YearMessage);
                return await AreaDetail.HandleAsync(db, area, y, ct) is { } r ? TypedResults.Ok(r) : Problems.NotFound("本馆没有这个调查区域。", "No such survey area in this museum.");
            })
            .WithName("SurveyAreaResults").WithSummary("One area's year: dimensions, months, respondent types, distribution per question, comments");
        s.MapGet("/responses", ResponsesAsync)
            .WithName("ListSurveyResponses").WithSummary("Raw answers of a year (?area=), one row per response and a column per question; ?format=xlsx|csv, else ?page=&pageSize=");
    }

    private static int? YearOf(int? year, TimeProvider clock)
    {
        var y = year ?? MuseumClock.Today(clock).Year;
        return Plausible.IsYear(y) ? y : null;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PosterAsync(Guid id, HttpRequest request, MuseumDb db, UserContext user, CancellationToken ct)
    {
        var q = await db.Questionnaires.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (q is null) return Problems.NotFound("本馆没有这份问卷。", "No such questionnaire in this museum.");
        var museum = await db.Museums.AsNoTracking().Where(m => m.Id == user.MuseumId).Select(m => new { m.Name, m.Code }).FirstAsync(ct);
        var url = $"{request.Scheme}://{request.Host}{AnswerLink(q.Code, museum.Code)}";
        return TypedResults.File(SurveyPoster.Pdf(museum.Name, q.AreaName, q.Title, url), "application/pdf", $"survey-{q.Code}.pdf");
    }

    /// <summary>The public answering page of a questionnaire; the museum's code keeps a many-museum install on the right museum.</summary>
    public static string AnswerLink(string code, string museumCode) => $"/survey/{code}?museum={Uri.EscapeDataString(museumCode)}";

    private static async Task<IResult> ResponsesAsync(int? year, string? area, int? page, int? pageSize, string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        if (YearOf(year, clock) is not { } y) return Problems.Field("year", Plausible.YearMessage);
        if (format is not null && !Exports.Wanted(format))
            return Problems.Field("format", "格式只能是 xlsx 或 csv。", "The format must be xlsx or csv.");
        var query = SurveyResults.InPeriod(db, Core.Performance.MetricPeriod.Year(y), string.IsNullOrWhiteSpace(area) ? null : area.Trim())
            .Include(r => r.Answers).OrderBy(r => r.Area).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id);
        var questions = await db.SurveyQuestions.AsNoTracking().Select(x => new { x.Id, x.QuestionnaireId, x.SortOrder, x.Text, x.Kind, x.Options }).ToListAsync(ct);
        var versions = await db.Questionnaires.AsNoTracking().ToDictionaryAsync(q => q.Id, q => q.Version, ct);
        var byId = questions.ToDictionary(x => x.Id);
        var columns = questions.GroupBy(x => x.SortOrder).OrderBy(g => g.Key).Select(g => $"Q{g.Key} {g.First().Text}").ToList();

        IDictionary<string, object?> Row(SurveyResponse r)
        {
            var row = new Dictionary<string, object?>
            {
                ["日期"] = r.Date.ToString("yyyy-MM-dd"), ["提交时间"] = MuseumClock.Format(r.SubmittedAt), ["区域"] = r.Area, ["问卷版本"] = versions.GetValueOrDefault(r.QuestionnaireId),
                ["身份"] = SurveyLabels.Of(r.RespondentType), ["渠道"] = r.Channel.ToString(),
                ["答卷指数"] = r.ScoreUnits is { } u ? Math.Round((decimal)u / SatisfactionIndex.UnitsPerPoint, 2) : null, ["联系方式"] = r.Contact,
            };
            foreach (var c in columns) row[c] = null;
            foreach (var a in r.Answers)
            {
                if (!byId.TryGetValue(a.QuestionId, out var x)) continue;
                row[columns.First(c => c.StartsWith($"Q{x.SortOrder} "))] = a.Value is { } v ? v
                    : a.Choices.Count > 0 ? string.Join("；", a.Choices.Where(i => i < x.Options.Count).Select(i => x.Options[i])) : a.Text;
            }
            return row;
        }

        if (Exports.Wanted(format))
            return Exports.File(format, $"survey-responses-{y}", [.. (await query.AsSplitQuery().ToListAsync(ct)).Select(Row)]);
        var paged = await query.AsSplitQuery().ToPageAsync(page, pageSize, ct);
        return TypedResults.Ok(new Page<IDictionary<string, object?>>([.. paged.Items.Select(Row)], paged.Total, paged.PageNumber, paged.PageSize));
    }
}
