using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Competitions.Judging;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;

namespace SciMuseum.Web.Competitions;

/// <summary>
/// Judging under /api/v1/competitions: judges as one identity each, panels with conflicts checked before assignment,
/// review phases, the category's judging overview, sign-off and audited re-opening. Judges themselves score through
/// /api/v1/public/competitions with their access code (评审码): outside experts need no staff account.
/// </summary>
public static class JudgingApi
{
    /// <summary>Who may re-open signed-off results: the head of 科技活动部 and administrators.</summary>
    public const string Reopeners = Roles.SystemAdmin + "," + Roles.ScienceActivitiesLead;

    /// <summary>Who uses the staff judging page: the department and its head (who re-opens).</summary>
    public const string PageRoles = CompetitionsApi.Editors + "," + Roles.ScienceActivitiesLead;

    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = CompetitionsApi.Editors };

    public static void MapJudgingApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/competitions").WithTags("Competitions").RequireAuthorization();

        g.MapGet("/contests/{id:guid}/judges", async Task<Ok<List<JudgingOverview.JudgeRow>>> (Guid id, MuseumDb db, CancellationToken ct) =>
                TypedResults.Ok(await JudgingOverview.ListJudgesAsync(db, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("ListContestJudges")
            .WithSummary("A contest's judges: unit, identity kind (ID card or mobile), declared relatives and 回避, panels, whether a code was issued");
        g.MapPost("/contests/{id:guid}/judges", async Task<Results<Created<Judge>, Refused>> (Guid id, SaveJudge.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveJudge.HandleAsync(db, id, null, c, ct), j => $"/api/v1/competitions/contests/{id}/judges"))
            .RequireAuthorization(EditorsOnly).WithName("CreateContestJudge")
            .WithSummary("Register a judge {name, title, idCard | phone (the identity), unitId, relatives:[{name, school}], recusals:[{unitId | entryNumber, reason}]}");
        g.MapPut("/contests/{id:guid}/judges/{judgeId:guid}", async Task<Results<Ok<Judge>, Refused>> (Guid id, Guid judgeId, SaveJudge.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveJudge.HandleAsync(db, id, judgeId, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateContestJudge").WithSummary("Correct a judge's identity, unit, relatives or declared 回避");
        g.MapPost("/judges/{id:guid}/access-code", async Task<Results<Ok<JudgeAccess.Issued>, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await JudgeAccess.IssueAsync(db, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("IssueJudgeAccessCode")
            .WithSummary("Issue a judge their scoring access code (shown once; replaces the previous code)");
        g.MapPost("/categories/{id:guid}/judges", async Task<Results<Ok<AssignJudge.Assigned>, Refused>> (Guid id, AssignJudge.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await AssignJudge.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("AssignCategoryJudge")
            .WithSummary("Put a judge on a category's panel {judgeId}: conflicts are checked first; the judge gets the entries minus conflicts (listed with reasons)");
        g.MapGet("/categories/{id:guid}/conflicts", async Task<Results<Ok<IReadOnlyList<Conflicts.Conflict>>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await JudgingOverview.HandleAsync(db, id, ct) is { } o ? TypedResults.Ok(o.Conflicts) : Problems.NotFound("本馆没有这个类别。", "No such category in this museum."))
            .RequireAuthorization(EditorsOnly).WithName("ListCategoryConflicts")
            .WithSummary("The panel's conflicts with the category's entries: judge, entry, kind and the reason in Chinese");
        g.MapGet("/categories/{id:guid}/judging", async Task<Results<Ok<JudgingOverview.Overview>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await JudgingOverview.HandleAsync(db, id, ct) is { } o ? TypedResults.Ok(o) : Problems.NotFound("本馆没有这个类别。", "No such category in this museum."))
            .RequireAuthorization(EditorsOnly).WithName("GetCategoryJudging")
            .WithSummary("A category's judging: panel progress, conflicts, entries with the judges' mean, normalised (z) score, spread, 待复核 flag, prize; phase and sign-off");
        g.MapPut("/categories/{id:guid}/phase", async Task<Results<Ok<ContestCategory>, Refused>> (Guid id, SetReviewPhase.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SetReviewPhase.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("SetCategoryReviewPhase").WithSummary("Set a category's review phase {phase: Preparing|Review|Discussion}");
        g.MapPost("/categories/{id:guid}/sign-off", async Task<Results<Ok<ContestCategory>, Refused>> (Guid id, HttpContext ctx, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await SignOffCategory.HandleAsync(db, id, ctx.User.Identity?.Name ?? "?", clock, ct)))
            .RequireAuthorization(EditorsOnly).WithName("SignOffCategory")
            .WithSummary("Sign off a category's results once every judge has scored their entries: no more scores or edits");
        g.MapPost("/categories/{id:guid}/reopen", async Task<Results<Ok<ContestCategory>, Refused>> (Guid id, ReopenCategory.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await ReopenCategory.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(new AuthorizeAttribute { Roles = Reopeners }).WithName("ReopenCategory")
            .WithSummary("Re-open signed-off results {reason}: head of science activities or administrator; the reason goes to the audit log");

        var pub = api.MapGroup("/public/competitions").WithTags("Public").AllowAnonymous();
        // POST, not GET: the code is a password and stays out of URLs and logs.
        pub.MapPost("/judge", async Task<Results<Ok<JudgeView.View>, Refused>> (JudgeAccess.CodeCommand c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await JudgeView.HandleAsync(db, c.Code, ct)))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("GetJudgeView")
            .WithSummary("A judge's panels and anonymised entries with their own points and progress {code}");
        pub.MapPost("/scores", async Task<Results<Ok<ScoreEntry.Scored>, Refused>> (ScoreEntry.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await ScoreEntry.HandleAsync(db, c, ct)))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("ScoreContestEntry").ProducesProblem(409)
            .WithSummary("A judge scores an entry {code, entryId, points:[{criterionId, points}]}; refused for an entry not assigned, a conflict, before review or after sign-off (409), points out of range (400)");
    }
}
