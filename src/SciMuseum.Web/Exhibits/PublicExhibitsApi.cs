using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;

namespace SciMuseum.Web.Exhibits;

/// <summary>
/// What an exhibit's QR opens, without signing in: the label carries <c>/e/{code}</c> (decided once, never changed),
/// which redirects to the exhibit's page; a fault report from there becomes a work order.
/// </summary>
public static class PublicExhibitsApi
{
    public sealed record PublicExhibit(string Code, string Name, string? Hall, int? Floor, ExhibitStatus Status);

    public sealed record FaultReceipt(string Number);

    public static void MapPublicExhibitsApi(this IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        app.MapGet("/e/{code}", (string code) => TypedResults.Redirect($"/exhibit/{Uri.EscapeDataString(code.Trim().ToUpperInvariant())}"))
            .AllowAnonymous().ExcludeFromDescription();

        var pub = api.MapGroup("/public/exhibits").WithTags("Public").AllowAnonymous();
        pub.MapGet("/{code}", async Task<Results<Ok<PublicExhibit>, ProblemHttpResult>> (string code, MuseumDb db, CancellationToken ct) =>
                await ListExhibits.ByCodeAsync(db, code, ct) is { Status: not ExhibitStatus.Retired } e
                    ? TypedResults.Ok(new PublicExhibit(e.Code, e.Name, e.Hall, e.Floor, e.Status)) : NoExhibit())
            .WithName("GetPublicExhibit").WithSummary("An exhibit's name, hall and floor, as its QR page shows them");
        pub.MapPost("/{code}/faults", async Task<Results<Created<FaultReceipt>, ProblemHttpResult>> (string code, ReportFault.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                await ReportFault.HandleAsync(db, clock, code, c, ct) is { } number
                    ? TypedResults.Created((string?)null, new FaultReceipt(number)) : NoExhibit())
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("ReportExhibitFault")
            .WithSummary("Report a fault {description, contact}: a work order is opened and the exhibit turns faulty");
        pub.MapPublicFaultWithPhoto();
    }

    private static ProblemHttpResult NoExhibit() => Problems.NotFound("没有这件展品。", "No such exhibit.");
}
