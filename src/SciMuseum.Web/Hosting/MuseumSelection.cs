using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// Decides, once per request, which museum's rows the request sees: the signed-in user's own museum, or with
/// <c>?museum=</c> (id or code) another one they may see — any for a system administrator, those of their
/// province for a province viewer. Anonymous (public) requests see the chosen or the first museum.
/// </summary>
public sealed class MuseumSelection(RequestDelegate next)
{
    // The database and the problem writer are asked for only when needed: a signed-in request, or a public one while the
    // first museum is cached, reads nothing here (issue 19: a booking storm or a gate sends thousands a second).
    public Task InvokeAsync(HttpContext ctx, UserContext user)
    {
        var principal = ctx.User;
        var requested = ctx.Request.QueryString.HasValue ? ctx.Request.Query["museum"].ToString() : null;
        if (string.IsNullOrWhiteSpace(requested))
        {
            if (principal.Identity?.IsAuthenticated == true)
            {
                user.Use(principal, UserContext.HomeMuseum(principal));
                return next(ctx);
            }
            var cached = firstMuseum;
            if (cached is { Id: not null } && cached.Until > Environment.TickCount64)
            {
                user.Use(principal, cached.Id);
                return next(ctx);
            }
        }
        return SelectAsync(ctx, user, requested);
    }

    private async Task SelectAsync(HttpContext ctx, UserContext user, string? requested)
    {
        var principal = ctx.User;
        var db = ctx.RequestServices.GetRequiredService<MuseumDb>();
        var problems = ctx.RequestServices.GetRequiredService<IProblemDetailsService>();
        Guid? museum;
        if (string.IsNullOrWhiteSpace(requested))
        {
            museum = principal.Identity?.IsAuthenticated == true
                ? UserContext.HomeMuseum(principal)
                : await FirstMuseumAsync(db, ctx.RequestAborted);
        }
        else
        {
            var target = await FindAsync(db, requested.Trim(), ctx.RequestAborted);
            if (target is null)
            {
                await Refuse(ctx, problems, 404, "museum-not-found", L("没有这个场馆。", "No such museum."));
                return;
            }
            if (principal.Identity?.IsAuthenticated == true && !MaySee(principal, target.Value.Id, target.Value.Province))
            {
                await Refuse(ctx, problems, 403, "other-museum", L("无权查看该场馆的数据。", "You may not see this museum's records."));
                return;
            }
            museum = target.Value.Id;
        }
        user.Use(principal, museum);
        await next(ctx);
    }

    // The public pages of a one-museum install ask for "the" museum on every request (a booking storm: thousands a
    // second); museums are created rarely, so each app keeps the answer for a few seconds (a middleware lives as long as its app).
    // A reference, read and replaced whole: a struct of a tick count and a GUID could be read half old, half new.
    private sealed record FirstMuseum(long Until, Guid? Id);
    private FirstMuseum? firstMuseum;

    private async Task<Guid?> FirstMuseumAsync(MuseumDb db, CancellationToken ct)
    {
        var cached = firstMuseum;
        if (cached is { Id: not null } && cached.Until > Environment.TickCount64) return cached.Id;
        var id = await db.Museums.Where(m => !m.IsArchived).OrderBy(m => m.CreatedAt).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        firstMuseum = new(Environment.TickCount64 + 10_000, id);
        return id;
    }

    public static async Task<string?> ProvinceOfAsync(MuseumDb db, Guid museumId) =>
        await db.Museums.Where(m => m.Id == museumId).Select(m => m.Province).FirstOrDefaultAsync();

    /// <summary>
    /// Own museum; any for a system administrator; for a province viewer, those of a granted province (their museum's, or
    /// one granted explicitly) and each museum granted by name.
    /// </summary>
    public static bool MaySee(ClaimsPrincipal user, Guid museumId, string province) =>
        UserContext.HomeMuseum(user) == museumId
        || user.IsInRole(Roles.SystemAdmin)
        || (user.IsInRole(Roles.ProvinceViewer)
            && ((province.Length > 0 && user.FindAll(MuseumClaims.Province).Any(c => c.Value == province))
                || user.FindAll(MuseumClaims.GrantedMuseum).Any(c => c.Value == museumId.ToString())));

    private static async Task<(Guid Id, string Province)?> FindAsync(MuseumDb db, string key, CancellationToken ct)
    {
        var query = Guid.TryParse(key, out var id) ? db.Museums.Where(m => m.Id == id) : db.Museums.Where(m => m.Code == key);
        query = query.Where(m => !m.IsArchived);
        var found = await query.Select(m => new { m.Id, m.Province }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Id, found.Province);
    }

    private static async Task Refuse(HttpContext ctx, IProblemDetailsService problems, int status, string type, string detail)
    {
        ctx.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            ProblemDetails = { Status = status, Type = "/problems/" + type, Title = L("场馆选择无效", "Museum not available"), Detail = detail },
        });
    }
}
