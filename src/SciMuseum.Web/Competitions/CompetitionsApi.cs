using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Competitions;

/// <summary>/api/v1/competitions: contests with their categories, the year's figures and award tables, and rankings.</summary>
public static class CompetitionsApi
{
    /// <summary>Who sets contests up and runs them: 科技活动部 and the leaders.</summary>
    public const string Editors = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.ScienceActivities;

    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = Editors };

    public static void MapCompetitionsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/competitions").WithTags("Competitions").RequireAuthorization();

        g.MapGet("/statistics", async Task<Results<Ok<ContestStatistics.Result>, ValidationProblem>> (int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                YearOf(year, clock) is not { } y ? BadYear() : TypedResults.Ok(await ContestStatistics.HandleAsync(db, y, ct)))
            .WithName("GetCompetitionStatistics")
            .WithSummary("A year's contests: name, entries, awardedEntries, participants, teams, schools, awards per category {category, first, second, third}, organisation awards, classes, spending against the budget line");
        g.MapGet("/contests", async Task<Results<Ok<List<Contest>>, ValidationProblem>> (int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                YearOf(year, clock) is not { } y ? BadYear() : TypedResults.Ok(await ListContests.HandleAsync(db, y, ct)))
            .WithName("ListContests").WithSummary("A year's contests; ?year=");
        g.MapPost("/contests", async Task<Results<Created<Contest>, Refused>> (SaveContest.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveContest.HandleAsync(db, null, c, ct), x => $"/api/v1/competitions/contests/{x.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateContest")
            .WithSummary("Set up a contest {year, name, kind, edition, budgetLineId, registrationDeadline, judgingDate, note}");
        g.MapPut("/contests/{id:guid}", async Task<Results<Ok<Contest>, Refused>> (Guid id, SaveContest.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveContest.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateContest").WithSummary("Change a contest's set-up");
        g.MapPost("/contests/{id:guid}/categories", async Task<Results<Created<ContestCategory>, Refused>> (Guid id, SaveCategory.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveCategory.HandleAsync(db, id, null, c, ct), x => $"/api/v1/competitions/contests/{id}/categories/{x.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateContestCategory")
            .WithSummary("Add a category or event {name, entryKind, maxTeamSize, scoring, prizeMode, first, second, third, disagreementThreshold, criteria[{name, weight, maxPoints}]}");
        g.MapPut("/contests/{id:guid}/categories/{categoryId:guid}", async Task<Results<Ok<ContestCategory>, Refused>> (Guid id, Guid categoryId, SaveCategory.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveCategory.HandleAsync(db, id, categoryId, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateContestCategory").WithSummary("Change a category's entry size, scoring, prizes or criteria");
        g.MapDelete("/contests/{id:guid}", async Task<Results<NoContent, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.NoContent(await DeleteSetup.ContestAsync(db, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("DeleteContest")
            .WithSummary("Delete a contest with its categories, schools, judges and award rules; refused (409 /problems/has-entries) once it has entries");
        g.MapDelete("/categories/{id:guid}", async Task<Results<NoContent, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.NoContent(await DeleteSetup.CategoryAsync(db, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("DeleteContestCategory")
            .WithSummary("Delete a category or event with its criteria; refused (409 /problems/has-entries) once it has entries");
        g.MapGet("/contests/{id:guid}/results", async Task<Results<Ok<ListResults.Result>, ProblemHttpResult>> (Guid id, Guid? category, MuseumDb db, CancellationToken ct) =>
                await ListResults.HandleAsync(db, id, category, ct) is { } r ? TypedResults.Ok(r) : Problems.NotFound("本馆没有这项竞赛。", "No such contest in this museum."))
            .RequireAuthorization(EditorsOnly).WithName("GetContestResults")
            .WithSummary("A contest's ranking per category (?category=): place, score, judges, spread, disagreement flag, prize; the tie rule stated");
        g.MapGet("/contests/{id:guid}/units", async Task<Ok<List<UnitView>>> (Guid id, MuseumDb db, CancellationToken ct) =>
                TypedResults.Ok(await db.ContestUnits.AsNoTracking().Where(u => u.ContestId == id).OrderBy(u => u.Kind).ThenBy(u => u.Name)
                    .Select(u => new UnitView(u.Id, u.Name, u.Kind, u.County, u.ContactName, u.Distinction, u.AccessCodeHash != "")).ToListAsync(ct)))
            .RequireAuthorization(EditorsOnly).WithName("ListContestUnits").WithSummary("A contest's schools and organising units, and whether each has an access code");
        g.MapPost("/contests/{id:guid}/units", async Task<Results<Created<ContestUnit>, Refused>> (Guid id, SaveUnit.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveUnit.HandleAsync(db, id, null, c, ct), u => $"/api/v1/competitions/contests/{id}/units"))
            .RequireAuthorization(EditorsOnly).WithName("CreateContestUnit")
            .WithSummary("Add a school or organising unit {name, kind: School|Organiser, county, organiserId, contactName, contactPhone, distinction}");
        g.MapPost("/units/{id:guid}/access-code", async Task<Results<Ok<SchoolAccess.Issued>, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SchoolAccess.IssueAsync(db, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("IssueSchoolAccessCode")
            .WithSummary("Issue a school its registration access code (shown once; replaces the previous code)");
    }

    public sealed record UnitView(Guid Id, string Name, UnitKind Kind, string County, string ContactName, string Distinction, bool HasAccessCode);

    private static int? YearOf(int? year, TimeProvider clock) => Plausible.IsYear(year) ? year ?? MuseumClock.Today(clock).Year : null;

    private static ValidationProblem BadYear() => Problems.Field("year", Plausible.YearMessage);
}
