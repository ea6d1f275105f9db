using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Alerts;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Web.Alerts;

/// <summary>
/// Writes each museum's daily digest (每日提醒): finance, goals, and each module's <see cref="IDigestSource"/>. Runs hourly on every instance; the digest's unique key makes the
/// second instance's attempt a no-op, so it needs no leader election.
/// </summary>
internal sealed class DigestJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config, ILogger<DigestJob> log) : BackgroundService
{
    private static readonly ClaimsPrincipal Digest = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "每日提醒")], "system"));

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!config.GetValue("SciMuseum:Digest:Enabled", true)) return;
        var threshold = config.GetValue("SciMuseum:Digest:Threshold", 5m);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await RunOnceAsync(threshold, stop);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "The daily digest failed; it is tried again within the hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stop));
    }

    public async Task RunOnceAsync(decimal threshold, CancellationToken ct)
    {
        List<Guid> museums;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            db.User.AsSystem();
            museums = await db.Museums.Select(m => m.Id).ToListAsync(ct);
        }
        var today = MuseumClock.Today(clock);
        foreach (var museum in museums)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<UserContext>().Use(Digest, museum);
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
                var added = await FinanceDigest.WriteAsync(db, today, threshold, ct);
                added += await PerformanceDigest.WriteAsync(db, scope.ServiceProvider.GetRequiredService<Core.Performance.MetricRegistry>(), today, threshold, ct);
                foreach (var source in scope.ServiceProvider.GetServices<IDigestSource>())
                    added += await source.WriteAsync(db, today, ct);
                if (added > 0) log.LogInformation("Daily digest: {Count} alerts for museum {Museum}", added, museum);
            }
            catch (DbUpdateException)
            {
                log.LogDebug("Another instance wrote museum {Museum}'s digest first", museum);
            }
        }
    }
}
