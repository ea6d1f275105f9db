using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace SciMuseum.Web.Hosting;

public static class Logging
{
    /// <summary>Serilog: readable console, structured JSON in a daily rolling file under logs/.</summary>
    public static void AddSciMuseumLogging(this WebApplicationBuilder builder)
    {
        var folder = Path.Combine(builder.Environment.ContentRootPath, "logs");
        // The framework's own request lines carry query strings (ID and phone numbers later): keep them at Warning
        // unless the configuration deliberately says otherwise.
        builder.Services.AddSerilog((services, log) => log
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console()
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(folder, "scimuseum-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30, shared: true),
            // Each app keeps its own logger: several apps in one process (tests, benchmarks) must not take over each
            // other's through the static Log.Logger.
            preserveStaticLogger: true);
        CacheLoggers(builder.Services);
    }

    /// <summary>
    /// Serilog's logger factory makes a new logger on every <c>CreateLogger</c>, and the framework asks for one on every
    /// request in places (a typed result writing its JSON, each authentication handler): 4–5 % of a gate check-in's CPU
    /// (issue 19). Categories are few, so the factory keeps one logger per category.
    /// </summary>
    private static void CacheLoggers(IServiceCollection services)
    {
        var serilog = services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        services.Remove(serilog);
        services.AddSingleton<ILoggerFactory>(sp => new CachedLoggerFactory((ILoggerFactory)(serilog.ImplementationInstance
            ?? serilog.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, serilog.ImplementationType!))));
    }

    private sealed class CachedLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Microsoft.Extensions.Logging.ILogger> loggers = new(StringComparer.Ordinal);

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => loggers.GetOrAdd(categoryName, inner.CreateLogger);

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    /// <summary>
    /// One line per request: method, path (never the query string, which may carry ID or phone numbers), status, time.
    /// Errors (500s, exceptions) at Error; a successful API read (GET, HEAD) at Debug, so a crowd refreshing the opening
    /// page writes no line per request (issue 19; set <c>Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware</c>
    /// to Debug to see them); every write, refusal and page at Information.
    /// </summary>
    public static IApplicationBuilder UseSciMuseumRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = Level;
        });

    public static LogEventLevel Level(HttpContext ctx, double elapsedMs, Exception? ex) =>
        ex is not null || ctx.Response.StatusCode >= 500 ? LogEventLevel.Error
        : ctx.Response.StatusCode < 400 && (HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method))
          && Auth.AuthSchemes.IsApi(ctx.Request) ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
