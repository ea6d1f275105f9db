using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Web.Exhibits;

/// <summary>
/// Makes the due preventive maintenance rounds' work orders, every half hour on every instance. Needs no leader: each
/// round is claimed by a conditional UPDATE of its plan (see <see cref="GeneratePreventiveWork"/>), so it is made once.
/// </summary>
public sealed class PreventiveMaintenanceJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config, ILogger<PreventiveMaintenanceJob> log)
    : BackgroundService
{
    private static readonly ClaimsPrincipal Planner = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "维护计划")], "system"));

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!config.GetValue("SciMuseum:Maintenance:Enabled", true)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(30), clock);
        do
        {
            try
            {
                await RunOnceAsync(stop);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Generating preventive maintenance work orders failed; it is tried again within the half hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stop));
    }

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        List<Guid> museums;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            db.User.AsSystem();
            museums = await db.Museums.Select(m => m.Id).ToListAsync(ct);
        }
        var orders = 0;
        foreach (var museum in museums)
            orders += await RunForAsync(museum, ct);
        return orders;
    }

    /// <summary>One museum's due rounds, as the job makes them.</summary>
    public async Task<int> RunForAsync(Guid museum, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(Planner, museum);
        var made = await GeneratePreventiveWork.RunAsync(scope.ServiceProvider.GetRequiredService<MuseumDb>(), clock, ct);
        if (made.Rounds > 0) log.LogInformation("Preventive maintenance: {Rounds} rounds, {Orders} work orders for museum {Museum}", made.Rounds, made.Orders, museum);
        return made.Orders;
    }
}
