using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SciMuseum.Core.Identity;

namespace SciMuseum.Web.Auth;

/// <summary>
/// A bearer token carries the user's security stamp; logout (and a password or role change) renews the stamp, so a
/// token whose stamp is no longer the user's is treated as no sign-in at all (401). The stamp is looked up at most
/// every few seconds per user, and forgotten at once on this instance's own logout.
/// </summary>
public sealed class BearerStampCheck(
    IHttpContextAccessor http, UserManager<AppUser> users, IOptions<IdentityOptions> identity, StampCache cache) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || http.HttpContext is not { } ctx || !AuthSchemes.IsApi(ctx.Request))
            return principal;
        var claims = identity.Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null) return Anonymous;
        var current = await cache.Memory.GetOrCreateAsync(StampCache.Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = StampCache.Lifetime;
            return await users.FindByIdAsync(userId) is { } user ? await users.GetSecurityStampAsync(user) : null;
        });
        return current == stamp ? principal : Anonymous;
    }

    private static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());
}

/// <summary>Users' current security stamps, briefly (instances behind a load balancer agree within <see cref="Lifetime"/>).</summary>
public sealed class StampCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public MemoryCache Memory { get; } = new(new MemoryCacheOptions { SizeLimit = null });

    public static string Key(string userId) => "stamp:" + userId;

    public void Forget(string userId) => Memory.Remove(Key(userId));
}

public static class BearerStampCheckSetup
{
    public static IServiceCollection AddBearerStampCheck(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<StampCache>();
        services.AddScoped<IClaimsTransformation, BearerStampCheck>();
        return services;
    }
}
