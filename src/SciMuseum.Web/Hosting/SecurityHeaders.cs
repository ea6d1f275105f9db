using System.Security.Cryptography;
using Microsoft.AspNetCore.Routing.Matching;
using SciMuseum.Web.Auth;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// Browser-facing protection on every response, error pages included (set when the response starts, after the
/// exception handler has cleared it): a Content-Security-Policy, no framing, no MIME sniffing, a same-origin referrer.
/// Scripts run only from this origin or with the request's nonce (Blazor's import map); styles allow inline ones because
/// Ant Design positions popups with style attributes. The API reference (Scalar) keeps a looser policy of its own.
/// </summary>
public static class SecurityHeaders
{
    public const string NonceItem = "csp-nonce";

    /// <summary>The per-request nonce a page gives its inline scripts (the import map).</summary>
    public static string? Nonce(HttpContext? ctx) => ctx?.Items[NonceItem] as string;

    // An API answer is JSON, never a page: no script of it runs, so its policy needs no nonce and is the same string every
    // time (a random nonce and a policy string per request were ~2 % of a gate check-in's CPU, issue 19).
    private const string ApiPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; "
        + "object-src 'none'; base-uri 'self'";

    private const string DocsPolicy = "default-src 'self' https:; script-src 'self' 'unsafe-inline' https:; style-src 'self' 'unsafe-inline' https:; img-src 'self' data: https:; "
        + "font-src 'self' data: https:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    public static void UseSecurityHeaders(this IApplicationBuilder app) => app.Use((ctx, next) =>
    {
        var api = AuthSchemes.IsApi(ctx.Request);
        string? nonce = null;
        if (!api)
        {
            nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)); // hex: no character an HTML encoder rewrites
            ctx.Items[NonceItem] = nonce;
        }
        ctx.Response.OnStarting(static state =>
        {
            var (ctx, nonce) = ((HttpContext, string?))state;
            var headers = ctx.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = nonce is null ? ApiPolicy
                : ctx.Request.Path.StartsWithSegments("/api-docs") || ctx.Request.Path.StartsWithSegments("/scalar") ? DocsPolicy
                : $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                  + "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; "
                  + "object-src 'none'; base-uri 'self'";
            return Task.CompletedTask;
        }, (ctx, nonce));
        return next(ctx);
    });

    /// <summary>Sign-in hardening, and authorization before content-type checks.</summary>
    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration config)
    {
        services.AddSignInHardening(config);
        // Routing answers a wrong Content-Type with 415 before authorization runs, which tells an anonymous caller what an
        // endpoint accepts. Without the routing policy, binding refuses the body (415) after authorization (401/403).
        var accepts = services.Where(s => s.ServiceType == typeof(MatcherPolicy) && s.ImplementationType?.Name == "AcceptsMatcherPolicy").ToList();
        foreach (var d in accepts) services.Remove(d);
        return services;
    }
}
