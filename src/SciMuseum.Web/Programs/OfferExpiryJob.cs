using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs;

namespace SciMuseum.Web.Programs;

/// <summary>
/// Every minute, ends the waiting-list offers whose hold has run out and passes their places on (pages and the API do the
/// same for a session whenever they touch it, so a family never sees a stale offer). Safe on several instances: every
/// move is a conditional UPDATE.
/// </summary>
public sealed class OfferExpiryJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OfferExpiryJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Expiring waiting-list offers failed");
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        db.User.AsSystem();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.SignUps.AsNoTracking().Where(s => s.Status == SignUpStatus.Offered && s.OfferExpiresAt <= now)
            .Select(s => new { s.MuseumId, s.SessionId }).Distinct().ToListAsync(ct);
        foreach (var d in due)
        {
            using var inner = scopes.CreateScope();
            var mdb = inner.ServiceProvider.GetRequiredService<MuseumDb>();
            mdb.User.Use(new System.Security.Claims.ClaimsPrincipal(), d.MuseumId);
            await WaitingList.ExpireOffersAsync(mdb, d.SessionId, now, ct);
        }
    }
}
