using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SciMuseum.Web.Visitors;

/// <summary>
/// Floods from one address get 429 on the public booking endpoints: <c>Visitors:RateLimit:Permits</c> requests
/// (30 by default) per <c>Visitors:RateLimit:WindowSeconds</c> (60) per client IP.
/// </summary>
public static class PublicRateLimit
{
    /// <summary>The public booking and cancel pages: their form posts count like API writes, page views are free.</summary>
    public const string PagePosts = "public-page-posts";

    public static void Add(IServiceCollection services, IConfiguration config)
    {
        var permits = config.GetValue<int?>("Visitors:RateLimit:Permits") ?? 30;
        var window = TimeSpan.FromSeconds(config.GetValue<int?>("Visitors:RateLimit:WindowSeconds") ?? 60);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(PublicVisitsApi.RateLimitPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            o.AddPolicy(PagePosts, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("view"));
            o.OnRejected = (ctx, ct) => Auth.RateLimitAnswer.RejectAsync(ctx, window, ct);
        });
    }
}
