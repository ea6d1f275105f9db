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

    /// <summary>/api/v1/museums: the museums the caller may see (own; province's for a province viewer; all for an administrator).</summary>
    public static void MapMuseumsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/museums", async (HttpContext ctx, MuseumDb db, CancellationToken ct) =>
            {
                var user = ctx.User;
                var museums = db.Museums.AsNoTracking();
                if (!user.IsInRole(Roles.SystemAdmin))
                {
                    var home = UserContext.HomeMuseum(user);
                    var province = user.IsInRole(Roles.ProvinceViewer) ? user.FindFirst(MuseumClaims.Province)?.Value : null;
                    museums = museums.Where(m => m.Id == home || (province != null && m.Province == province));
                }
                return TypedResults.Ok(await museums.OrderBy(m => m.Name)
                    .Select(m => new MuseumSummary(m.Id, m.Code, m.Name, m.Province, m.City)).ToListAsync(ct));
            })
            .RequireAuthorization().WithTags("Museums").WithName("ListMuseums").WithSummary("Museums the caller may choose with ?museum= (all for a system administrator, the province's for a province viewer)");
    }
}

public sealed record MuseumSummary(Guid Id, string Code, string Name, string Province, string City);
