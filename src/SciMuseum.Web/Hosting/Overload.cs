using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Npgsql;
using SciMuseum.Web.Auth;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// Under more load than the database can serve, the API answers 503 with <c>Retry-After</c> at once instead of queueing
/// until the database pool runs dry and a request fails with a 500 after 30 s. At most
/// <c>SciMuseum:Overload:MaxConcurrent</c> API requests (64) run at a time per instance; up to <c>:QueueLimit</c> (512)
/// more wait, each at most <c>:QueueSeconds</c> (5); beyond that the answer is 503. Database timeouts that still happen
/// (a lock held elsewhere, an exhausted pool) are answered the same way by <see cref="ProblemExceptionHandler"/>.
/// </summary>
public static class Overload
{
    public const string ProblemType = "/problems/overloaded";

    public static IApplicationBuilder UseOverloadProtection(this IApplicationBuilder app) =>
        app.UseWhen(ctx => AuthSchemes.IsApi(ctx.Request), api => api.UseMiddleware<OverloadGuard>());

    /// <summary>Seconds a client should wait before trying again.</summary>
    public static int RetryAfterSeconds(IConfiguration config) => config.GetValue<int?>("SciMuseum:Overload:RetryAfterSeconds") ?? 5;

    /// <summary>Whether an exception means the database is too busy right now (as opposed to a bug): a timeout or an exhausted pool.</summary>
    public static bool IsDatabaseBusy(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TimeoutException:
                case NpgsqlException { InnerException: TimeoutException }:
                case PostgresException { SqlState: PostgresErrorCodes.QueryCanceled or PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.TooManyConnections }:
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED after the busy timeout
                    return true;
                case NpgsqlException n when n.Message.Contains("connection pool has been exhausted", StringComparison.OrdinalIgnoreCase):
                    return true;
            }
        }
        return false;
    }

    public static ProblemDetails Problem() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Type = ProblemType,
        Title = L("服务繁忙", "Service busy"),
        Detail = L("当前访问量过大，请稍后重试。", "Too many requests at the moment; please try again shortly."),
    };

    public static Task WriteAsync(HttpContext ctx, int retryAfterSeconds)
    {
        ctx.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        ctx.Response.Headers.RetryAfter = retryAfterSeconds.ToString();
        return ctx.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = ctx, ProblemDetails = Problem() }).AsTask();
    }
}

/// <summary>One concurrency limiter for the instance's API requests, with a bounded queue and a bounded wait in it.</summary>
internal sealed class OverloadGuard(RequestDelegate next, IConfiguration config, ILogger<OverloadGuard> log) : IAsyncDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, config.GetValue<int?>("SciMuseum:Overload:MaxConcurrent") ?? 64),
        QueueLimit = Math.Max(0, config.GetValue<int?>("SciMuseum:Overload:QueueLimit") ?? 512),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
    private readonly TimeSpan queueWait = TimeSpan.FromSeconds(config.GetValue<double?>("SciMuseum:Overload:QueueSeconds") ?? 5);
    private readonly int retryAfter = Overload.RetryAfterSeconds(config);

    public async Task InvokeAsync(HttpContext ctx)
    {
        using var lease = await AcquireAsync(ctx.RequestAborted);
        if (lease is not { IsAcquired: true })
        {
            if (ctx.RequestAborted.IsCancellationRequested) return;
            log.LogWarning("API overloaded: {Method} {Path} answered 503", ctx.Request.Method, ctx.Request.Path);
            await Overload.WriteAsync(ctx, retryAfter);
            return;
        }
        await next(ctx);
    }

    private ValueTask<RateLimitLease?> AcquireAsync(CancellationToken aborted)
    {
        // A free permit is taken at once, without the timer and linked token a wait needs (most requests: issue 19).
        var lease = limiter.AttemptAcquire(1);
        if (lease.IsAcquired) return ValueTask.FromResult<RateLimitLease?>(lease);
        lease.Dispose();
        return WaitAsync(aborted);
    }

    private async ValueTask<RateLimitLease?> WaitAsync(CancellationToken aborted)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        wait.CancelAfter(queueWait);
        try
        {
            return await limiter.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => limiter.DisposeAsync();
}
