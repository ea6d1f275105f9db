using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Performance;

/// <summary>/api/v1/performance/evaluations: run, enter, sign off and re-open evaluations.</summary>
public static class EvaluationsApi
{
    /// <summary>One evaluation in a year's list: its total and grade (live or frozen), and where its indicators are.</summary>
    public sealed record Summary(Guid Id, int Year, string Name, DateOnly PeriodFrom, DateOnly PeriodTo, Guid TableId, EvaluationStatus Status,
        decimal TotalScore, string Grade, DateTime? SignedOffAt, string? SignedOffBy, string? ReopenReason, string IndicatorsUrl);

    public static void MapEvaluationsApi(this RouteGroupBuilder perf)
    {
        perf.MapGet("/evaluations", async (int? year, MuseumDb db, EvaluationRunner runner, CancellationToken ct) =>
            {
                var query = db.Evaluations.AsNoTracking();
                if (year is { } y) query = query.Where(e => e.Year == y);
                var list = new List<Summary>();
                foreach (var e in await query.OrderByDescending(e => e.Year).ThenBy(e => e.CreatedAt).ToListAsync(ct))
                    list.Add(SummaryOf(e, await runner.ResultAsync(e, ct)));
                return TypedResults.Ok(list);
            })
            .WithName("ListEvaluations").WithSummary("A year's evaluations with totalScore and grade (优秀/良好/中/差) and indicatorsUrl");
        perf.MapPost("/evaluations", async (CreateEvaluation.Command c, MuseumDb db, EvaluationRunner runner, CancellationToken ct) =>
            {
                var e = await CreateEvaluation.HandleAsync(db, c, ct);
                return TypedResults.Created($"/api/v1/performance/evaluations/{e.Id}", SummaryOf(e, await runner.ResultAsync(e, ct)));
            })
            .RequireAuthorization(PerformanceApi.Editors).WithName("CreateEvaluation").WithSummary("Start an evaluation of a year with a scoring table");
        perf.MapGet("/evaluations/{id:guid}", async Task<Results<Ok<EvaluationResult>, ProblemHttpResult>> (Guid id, MuseumDb db, EvaluationRunner runner, CancellationToken ct) =>
                await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } e ? TypedResults.Ok(await runner.ResultAsync(e, ct)) : PerformanceApi.NotFound())
            .WithName("GetEvaluation").WithSummary("The evaluation workspace: total, grade, and every indicator (subtotals included)");
        perf.MapGet("/evaluations/{id:guid}/indicators", async Task<Results<Ok<IReadOnlyList<IndicatorResult>>, ProblemHttpResult>> (
                Guid id, MuseumDb db, EvaluationRunner runner, CancellationToken ct) =>
                await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } e
                    ? TypedResults.Ok((await runner.ResultAsync(e, ct)).Indicators)
                    : PerformanceApi.NotFound())
            .WithName("ListEvaluationIndicators")
            .WithSummary("Each indicator's name, target, actual, rule, score, and the metric (metricKey, sourceLink, basis) or evidence its actual came from");
        perf.MapPut("/evaluations/{id:guid}/indicators/{indicatorId:guid}/input", (Guid id, Guid indicatorId, SaveEvaluationInput.Command c, MuseumDb db, CancellationToken ct) =>
                Answer(SaveEvaluationInput.HandleAsync(db, id, indicatorId, c, ct)))
            .RequireAuthorization(PerformanceApi.Editors).WithName("SaveEvaluationInput").ProducesProblem(409)
            .WithSummary("A manual actual with its evidence, or notApplicable with a reason (dropped and the rest rescaled to 100)");
        perf.MapPut("/evaluations/{id:guid}/indicators/{indicatorId:guid}/judgement", (Guid id, Guid indicatorId, SaveJudgement.Command c, HttpContext ctx, MuseumDb db, CancellationToken ct) =>
                Answer(SaveJudgement.HandleAsync(db, id, indicatorId, ctx.User.Identity?.Name ?? "?", c, ct)))
            .RequireAuthorization(PerformanceApi.Editors).WithName("SaveJudgement").ProducesProblem(409)
            .WithSummary("The caller's score for a judgement indicator (0 to its weight, in band A/B/C) with a reason; evaluators are averaged");
        perf.MapPost("/evaluations/{id:guid}/sign-off", (Guid id, HttpContext ctx, MuseumDb db, EvaluationRunner runner, TimeProvider clock, CancellationToken ct) =>
                Answer(SignOffEvaluation.HandleAsync(db, runner, id, ctx.User.Identity?.Name ?? "?", clock, ct)))
            .RequireAuthorization(PerformanceApi.Signers).WithName("SignOffEvaluation").ProducesProblem(409)
            .WithSummary("Freeze the actuals and scores as they are now; later record changes do not move them");
        perf.MapPost("/evaluations/{id:guid}/reopen", (Guid id, ReopenEvaluation.Command c, MuseumDb db, CancellationToken ct) =>
                Answer(ReopenEvaluation.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(PerformanceApi.Signers).WithName("ReopenEvaluation").ProducesProblem(409).WithSummary("Re-open a signed-off evaluation, with a reason (audited)");
        perf.MapDelete("/evaluations/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await db.Evaluations.AnyAsync(e => e.Id == id && e.Status == EvaluationStatus.SignedOff, ct)
                    ? Problems.Refused(EvaluationRefusals.SignedOff())
                    : await Deletes.OneAsync(db, db.Evaluations, id, ct))
            .RequireAuthorization(PerformanceApi.Editors).WithName("DeleteEvaluation").ProducesProblem(409).WithSummary("Delete an evaluation; 409 once it is signed off");
        perf.MapGet("/year-over-year", async (string? indicator, int? from, int? to, MuseumDb db, EvaluationRunner runner, CancellationToken ct) =>
                TypedResults.Ok(await YearOverYear.HandleAsync(db, runner, indicator, from, to, ct)))
            .WithName("GetYearOverYear").WithSummary("The total, and an indicator (?indicator=name or code) with its actual and score, across years");
    }

    private static Summary SummaryOf(Evaluation e, EvaluationResult r) =>
        new(e.Id, e.Year, e.Name, e.PeriodFrom, e.PeriodTo, e.TableId, e.Status, r.TotalScore, r.Grade, e.SignedOffAt, e.SignedOffBy, e.ReopenReason,
            $"/api/v1/performance/evaluations/{e.Id}/indicators");

    private static async Task<Results<Ok<Evaluation>, Refused>> Answer(Task<Result<Evaluation>> outcome) => Answers.Ok(await outcome);
}
