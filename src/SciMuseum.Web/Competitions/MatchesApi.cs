using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Competitions.Matches;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Competitions;

/// <summary>
/// Robot events scored by matches under /api/v1/competitions: contest staff (who run judging) record each match at the
/// venue, correct one with a reason (audited), and read an event's matches with its live ranking.
/// </summary>
public static class MatchesApi
{
    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = CompetitionsApi.Editors };

    public static void MapMatchesApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/competitions").WithTags("Competitions").RequireAuthorization(EditorsOnly);

        g.MapGet("/categories/{id:guid}/matches", async Task<Results<Ok<MatchBoard.Board>, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await MatchBoard.HandleAsync(db, id, ct)))
            .WithName("ListEventMatches")
            .WithSummary("An event's teams, every match entered (team, round, points, seconds) and the live ranking by points, then fewer seconds; 409 for a category scored by judges");
        g.MapPost("/matches", async Task<Results<Created<MatchBoard.Match>, Refused>> (RecordMatch.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await RecordMatch.HandleAsync(db, c, ct), m => $"/api/v1/competitions/categories/{c.CategoryId}/matches"))
            .WithName("RecordMatch")
            .WithSummary("Record one match at the venue {categoryId, entryId, round, points, seconds?}: one result per team and round (400; 409 when two phones save it at once), refused for an event scored by judges, a team of another event, a round beyond the event's rounds, negative points, seconds out of 0–3600, a signed-off event (409)");
        g.MapPut("/matches/{id:guid}", async Task<Results<Ok<MatchBoard.Match>, Refused>> (Guid id, CorrectMatch.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await CorrectMatch.HandleAsync(db, id, c, ct)))
            .WithName("CorrectMatch")
            .WithSummary("Correct a recorded match {points, seconds?, reason}: the audit log keeps who, when, before, after and the reason; refused after sign-off (409)");
    }
}
