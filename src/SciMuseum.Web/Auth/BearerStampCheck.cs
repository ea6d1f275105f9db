using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SciMuseum.Core.Identity;

namespace SciMuseum.Web.Auth;

/// <summary>
/// A bearer token carries the user's security stamp; logout (and a password or role change) renews the stamp, so a
/// token whose stamp is no longer the user's fails authentication (401), like an expired one. The stamp is looked up
/// at most every few seconds per user, and forgotten at once on this instance's own logout.
/// </summary>
public static class BearerStampCheck
{
    public static IServiceCollection AddBearerStampCheck(this IServiceCollection services)
    {
        services.AddSingleton<StampCache>();
        services.PostConfigure<BearerTokenOptions>(IdentityConstants.BearerScheme, o =>
        {
            var earlier = o.Events.OnMessageReceived;
            o.Events.OnMessageReceived = async ctx =>
            {
                await earlier(ctx);
                var token = ctx.Token ?? (ctx.Request.Headers.Authorization.ToString() is { } h && h.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? h[7..].Trim() : null);
                if (string.IsNullOrEmpty(token) || ctx.Options.BearerTokenProtector.Unprotect(token) is not { } ticket) return;
                if (!await IsCurrentAsync(ctx.HttpContext.RequestServices, ticket.Principal))
                    ctx.Fail("The token was revoked (signed out).");
                else if (ticket.Properties.ExpiresUtc is { } expires && expires > ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow())
                {
                    // Unprotected once: the handler would decrypt and parse the same token again (an expired one it refuses itself).
                    ctx.Principal = ticket.Principal;
                    ctx.Properties = ticket.Properties;
                    ctx.Success();
                }
            };
        });
        return services;
    }

    private static async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null) return false;
        var current = await services.GetRequiredService<StampCache>().Memory.GetOrCreateAsync(StampCache.Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = StampCache.Lifetime;
            // Only on a miss: a user manager is costly to make (its token providers, its store), and a gate scans thousands a minute.
            var users = services.GetRequiredService<UserManager<AppUser>>();
            return await users.FindByIdAsync(userId) is { } user ? await users.GetSecurityStampAsync(user) : null;
        });
        return current == stamp;
    }
}

/// <summary>Users' current security stamps, briefly (instances behind a load balancer agree within <see cref="Lifetime"/>).</summary>
public sealed class StampCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public MemoryCache Memory { get; } = new(new MemoryCacheOptions());

    public static string Key(string userId) => "stamp:" + userId;

    public void Forget(string userId) => Memory.Remove(Key(userId));
}
