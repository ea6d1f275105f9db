using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
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
/// A token that decrypted once is kept decrypted until its own expiry (<see cref="TicketCache"/>): a gate sends the same
/// token thousands of times a minute, and decrypting and parsing it was most of what authentication cost (issue 19).
/// The stamp and the expiry are still checked on every request.
/// </summary>
public static class BearerStampCheck
{
    public static IServiceCollection AddBearerStampCheck(this IServiceCollection services)
    {
        services.AddSingleton<StampCache>();
        services.AddSingleton<TicketCache>();
        services.PostConfigure<BearerTokenOptions>(IdentityConstants.BearerScheme, o =>
        {
            var earlier = o.Events.OnMessageReceived;
            o.Events.OnMessageReceived = async ctx =>
            {
                await earlier(ctx);
                var token = ctx.Token ?? (ctx.Request.Headers.Authorization.ToString() is { } h && h.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? h[7..].Trim() : null);
                if (string.IsNullOrEmpty(token)) return;
                var services = ctx.HttpContext.RequestServices;
                var tickets = services.GetRequiredService<TicketCache>();
                if (!tickets.TryGet(token, out var known))
                {
                    if (ctx.Options.BearerTokenProtector.Unprotect(token) is not { } ticket) return;
                    known = tickets.Add(token, ticket, services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity);
                }
                if (!await IsCurrentAsync(services, known))
                    ctx.Fail("The token was revoked (signed out).");
                else if (known.Expires is { } expires && expires > services.GetRequiredService<TimeProvider>().GetUtcNow())
                {
                    // Unprotected once: the handler would decrypt and parse the same token again (an expired one it refuses itself).
                    ctx.Principal = known.Ticket.Principal;
                    ctx.Properties = known.Ticket.Properties;
                    ctx.Success();
                }
                else if (known.Expires is not null) tickets.Forget(token); // expired: the handler refuses it
            };
        });
        return services;
    }

    private static ValueTask<bool> IsCurrentAsync(IServiceProvider services, TicketCache.Entry known)
    {
        if (known.UserId is null || known.Stamp is null) return ValueTask.FromResult(false);
        var cache = services.GetRequiredService<StampCache>();
        return cache.Memory.TryGetValue(StampCache.Key(known.UserId), out Task<string?>? current) && current is { IsCompletedSuccessfully: true }
            ? ValueTask.FromResult(current.Result == known.Stamp)
            : LookUpAsync(services, cache, known);
    }

    // One lookup per user at a time: the requests that miss together (a gate's 32 clients when the stamp expires) share
    // the first one's task instead of each making a user manager and reading the user. A failed lookup is not kept.
    private static async ValueTask<bool> LookUpAsync(IServiceProvider services, StampCache cache, TicketCache.Entry known)
    {
        var key = StampCache.Key(known.UserId!);
        var lookup = cache.Memory.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = StampCache.Lifetime;
            return StampOfAsync(services, known.UserId!);
        })!;
        try
        {
            return await lookup == known.Stamp;
        }
        catch
        {
            cache.Memory.Remove(key);
            throw;
        }
    }

    // Only on a miss: a user manager is costly to make (its token providers, its store), and a gate scans thousands a minute.
    private static async Task<string?> StampOfAsync(IServiceProvider services, string userId)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByIdAsync(userId) is { } user ? await users.GetSecurityStampAsync(user) : null;
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

/// <summary>
/// Bearer tokens this instance has decrypted, with their user id and stamp, until the token's own expiry; at most
/// <see cref="MaxEntries"/> (beyond that it starts again empty). Only tokens that decrypted are kept, so a flood of
/// made-up tokens cannot fill it; a kept token still passes the stamp and expiry checks on every request.
/// </summary>
public sealed class TicketCache
{
    public const int MaxEntries = 10_000;

    public sealed record Entry(AuthenticationTicket Ticket, string? UserId, string? Stamp, DateTimeOffset? Expires);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, out Entry entry) => entries.TryGetValue(token, out entry!);

    public Entry Add(string token, AuthenticationTicket ticket, ClaimsIdentityOptions claims)
    {
        var entry = new Entry(ticket, ticket.Principal.FindFirstValue(claims.UserIdClaimType),
            ticket.Principal.FindFirstValue(claims.SecurityStampClaimType), ticket.Properties.ExpiresUtc);
        if (entries.Count >= MaxEntries) entries.Clear();
        entries[token] = entry;
        return entry;
    }

    public void Forget(string token) => entries.TryRemove(token, out _);
}
