using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Auth;

/// <summary>
/// Password guessing from one address gets 429 with Retry-After on <c>POST /api/v1/auth/login</c> and the sign-in
/// page's form post: <c>Auth:RateLimit:Permits</c> attempts (10 by default) per <c>Auth:RateLimit:WindowSeconds</c>
/// (300) per client IP. The per-account lock-out (5 failures) stays; this limit also covers guesses spread over accounts.
/// </summary>
public static class LoginRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInHardening(this IServiceCollection services, IConfiguration config)
    {
        var permits = config.GetValue<int?>("Auth:RateLimit:Permits") ?? 10;
        var window = TimeSpan.FromSeconds(config.GetValue<int?>("Auth:RateLimit:WindowSeconds") ?? 300);
        services.AddRateLimiter(o => o.AddPolicy(Policy, ctx => HttpMethods.IsPost(ctx.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("view")));
        services.AddBearerStampCheck();
        return services;
    }
}

/// <summary>
/// One answer for every rate limit: the API gets problem details, a page's form post gets a page (a visitor's browser
/// shows it; it would show raw JSON otherwise). Both carry Retry-After in seconds.
/// </summary>
public static class RateLimitAnswer
{
    public static async ValueTask RejectAsync(OnRejectedContext rejected, TimeSpan window, CancellationToken ct)
    {
        var ctx = rejected.HttpContext;
        var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        ctx.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        ctx.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString();
        if (AuthSchemes.IsApi(ctx.Request))
        {
            await Problems.Refused("too-many-requests", "请求过于频繁，请稍后再试。", "Too many requests; try again shortly.", 429).ExecuteAsync(ctx);
            return;
        }
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>请稍后再试 · Try again shortly</title></head>
            <body style="font-family: sans-serif; margin: 2rem; line-height: 1.6">
            <h1>请求过于频繁，请稍后再试。</h1>
            <p>Too many requests from this address; try again in {{ctx.Response.Headers.RetryAfter}} seconds.</p>
            <p><a href="/">首页 · Home</a></p>
            </body></html>
            """, ct);
    }
}
