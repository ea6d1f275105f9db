using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Alerts;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Finance;

namespace SciMuseum.Web.Alerts;

public static class AlertsApi
{
    public static void MapAlertsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/alerts", async (DateOnly? day, HttpContext ctx, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await ForAsync(db, ctx.User, day ?? MuseumClock.Today(clock), ct)))
            .RequireAuthorization().WithTags("Alerts").WithName("ListAlerts")
            .WithSummary("The caller's daily digest: alerts for the departments they may see (every department for leaders)");

    public static async Task<List<Alert>> ForAsync(MuseumDb db, System.Security.Claims.ClaimsPrincipal user, DateOnly day, CancellationToken ct)
    {
        var departments = await FinanceAccess.VisibleDepartmentsAsync(user, db, ct);
        var alerts = db.Alerts.AsNoTracking().Where(a => a.Day == day);
        if (departments is not null) alerts = alerts.Where(a => a.DepartmentId != null && departments.Contains(a.DepartmentId.Value));
        return await alerts.OrderByDescending(a => a.Severity).ThenBy(a => a.Title).ToListAsync(ct);
    }
}
