using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Web.Audit;

public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", async (string? entity, string? user, DateOnly? from, DateOnly? to, int? page, int? pageSize, MuseumDb db, CancellationToken ct) =>
                TypedResults.Ok(await SearchAudit.HandleAsync(db, new(entity, user, from, to, page, pageSize), ct)))
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.AuditReaders })
            .WithTags("Audit").WithName("SearchAudit").WithSummary("Who changed what, when: before and after of every change");
    }
}
