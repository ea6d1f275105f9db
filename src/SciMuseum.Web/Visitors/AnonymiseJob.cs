using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Web.Visitors;

/// <summary>Once a day (and at start), blanks visitors' personal data past each museum's retention period. Safe on several instances: the updates are idempotent.</summary>
public sealed class AnonymiseJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AnonymiseJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Anonymising visitors failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        db.User.AsSystem();
        var museums = await db.Museums.AsNoTracking().Select(m => m.Id).ToListAsync(ct);
        foreach (var museum in museums)
        {
            using var inner = scopes.CreateScope();
            var mdb = inner.ServiceProvider.GetRequiredService<MuseumDb>();
            // As nobody in that museum: the tenant filter keeps every statement inside it.
            mdb.User.Use(new System.Security.Claims.ClaimsPrincipal(), museum);
            var n = await Anonymiser.RunAsync(mdb, clock, ct);
            if (n > 0) log.LogInformation("Anonymised {Count} tickets of museum {Museum}", n, museum);
        }
    }
}
