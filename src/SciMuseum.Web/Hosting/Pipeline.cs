using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Metadata;
using Scalar.AspNetCore;
using SciMuseum.Data;
using SciMuseum.Web.Auth;
using SciMuseum.Web.Components;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Hosting;

public static class Pipeline
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public static void UseSciMuseumPipeline(this WebApplication app)
    {
        app.UseResponseSize();
        // Culture first: it does not flow back out of later middleware, and the exception handler answers in it.
        app.UseRequestLocalization();
        // Outside the exception handler, so each request is logged with the status the client got (a bad body is a 400, not a 500).
        app.UseSciMuseumRequestLogging();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseOverloadProtection();
        app.UseQueryTextGuard();
        app.Use((ctx, next) =>
        {
            ctx.Response.Headers.XContentTypeOptions = "nosniff";
            return next(ctx);
        });
        app.UseWhen(ctx => AuthSchemes.IsApi(ctx.Request), api =>
        {
            api.UseStatusCodePages();
            api.UseMiddleware<BodySizeLimit>();
        });
        app.UseAuthentication();
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/_framework") && !ctx.Request.Path.StartsWithSegments("/_content"),
            branch => branch.UseMiddleware<MuseumSelection>());
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
    }

    public static void MapSciMuseumEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("SciMuseum API"));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

        var api = app.MapGroup("/api/v1").AddEndpointFilterFactory(ValidationFilter.Factory).WithErrorAnswers();
        api.MapAuthApi();
        app.MapSciMuseumModules(api);

        app.MapAccountEndpoints();
        app.MapGet("/culture", (string c, string? redirect, HttpContext ctx) =>
        {
            var culture = WebServices.Cultures.FirstOrDefault(x => x.Name == c)?.Name ?? "zh-CN";
            ctx.Response.Cookies.Append(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
                Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            return TypedResults.LocalRedirect(redirect is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//") ? r : "/");
        }).ExcludeFromDescription();

        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}

/// <summary>
/// Refuses an oversized API body from its declared length (Kestrel's own limit catches chunked ones); an endpoint
/// may allow more with <c>[RequestSizeLimit]</c> metadata (voucher uploads).
/// </summary>
internal sealed class BodySizeLimit(RequestDelegate next, IConfiguration config)
{
    private readonly long max = config.GetValue<long?>("SciMuseum:MaxRequestBodyBytes") ?? 1_048_576;

    public Task InvokeAsync(HttpContext ctx) =>
        ctx.Request.ContentLength > (ctx.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? max)
            ? Results.Problem(statusCode: 413, type: "/problems/too-large", title: L("请求无效", "Bad request"),
                detail: L($"请求体超过 {max / 1024} KB。", $"The body exceeds {max / 1024} KB.")).ExecuteAsync(ctx)
            : next(ctx);
}
