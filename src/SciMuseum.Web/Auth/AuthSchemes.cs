using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SciMuseum.Core.Identity;

namespace SciMuseum.Web.Auth;

public static class AuthSchemes
{
    /// <summary>Bearer tokens for /api (no cookies there, so no cross-site requests), the cookie for pages.</summary>
    public const string ByPath = "SciMuseum";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}

/// <summary>Puts the user's museum, province and display name into the principal (cookie and bearer alike).</summary>
public sealed class MuseumClaimsFactory(
    Microsoft.AspNetCore.Identity.UserManager<AppUser> users,
    Microsoft.AspNetCore.Identity.RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    Core.Persistence.MuseumDb db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MuseumClaims.DisplayName, user.DisplayName));
        if (user.MuseumId is { } museumId)
        {
            identity.AddClaim(new Claim(MuseumClaims.Museum, museumId.ToString()));
            var province = await SciMuseum.Web.Hosting.MuseumSelection.ProvinceOfAsync(db, museumId);
            // A province granted explicitly (a user claim, already in the identity) replaces the home museum's.
            if (!string.IsNullOrEmpty(province) && !identity.HasClaim(c => c.Type == MuseumClaims.Province)) identity.AddClaim(new Claim(MuseumClaims.Province, province));
        }
        return identity;
    }
}
