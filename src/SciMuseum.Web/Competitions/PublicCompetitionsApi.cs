using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;

namespace SciMuseum.Web.Competitions;

/// <summary>/api/v1/public/competitions: a school, by its access code, sees its entries and registers new ones.</summary>
public static class PublicCompetitionsApi
{
    public static void MapPublicCompetitionsApi(this IEndpointRouteBuilder api)
    {
        var pub = api.MapGroup("/public/competitions").WithTags("Public").AllowAnonymous();

        // POST, not GET: the code is a password and stays out of URLs and logs.
        pub.MapPost("/school", async Task<Results<Ok<SchoolAccess.SchoolView>, Refused>> (SchoolAccess.CodeCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await SchoolAccess.ViewAsync(db, c.Code, clock, ct)))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("GetSchoolEntries")
            .WithSummary("A school's contest, the categories it may enter and its entries with their status {code}");
        pub.MapPost("/entries", async Task<Results<Created<Entry>, Refused>> (RegisterEntry.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await RegisterEntry.HandleAsync(db, c, clock, ct), e => $"/api/v1/competitions/contests/{e.ContestId}/results"))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("RegisterContestEntry").ProducesProblem(409)
            .WithSummary("Register an entry {code, categoryId, title, link, advisor, entrants:[{name, grade, guardianPhone}]}; refused after the deadline (409), for an oversized team or a student already in the category (400)");
    }
}
