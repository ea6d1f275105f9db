using FluentValidation;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SciMuseum.Core.Identity;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Auth;

public sealed record LoginRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record Me(string Id, string Email, string DisplayName, Guid? MuseumId, IReadOnlyList<string> Roles);

public sealed class LoginValidator : AbstractValidator<LoginRequest>
{
    public LoginValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage(_ => L("请输入邮箱。", "Enter your email."));
        RuleFor(r => r.Password).NotEmpty().WithMessage(_ => L("请输入密码。", "Enter your password."));
    }
}

/// <summary>
/// Bearer sign-in for API clients: POST /api/v1/auth/login answers {tokenType, accessToken, expiresIn, refreshToken}.
/// Only login, refresh, logout and me: accounts are made by administrators, never by self-registration.
/// </summary>
public static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimit.Policy)
            .WithName("Login").WithSummary("Sign in; returns a bearer token; 429 with Retry-After when one address tries too often");
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous().WithName("Refresh").WithSummary("Swap a refresh token for a new token");
        auth.MapPost("/logout", LogoutAsync).RequireAuthorization().WithName("Logout").WithSummary("Revoke this user's refresh tokens");
        auth.MapGet("/me", MeAsync).RequireAuthorization().WithName("Me").WithSummary("Who the token belongs to");
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest request, SignInManager<AppUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email!.Trim(), request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.Empty; // the bearer handler has written the token
        // Unknown, wrong and locked get one answer: anything else tells a guesser which accounts exist.
        return Problems.Refused("bad-credentials", "邮箱或密码不正确，或失败次数过多已暂时锁定。",
            "Wrong email or password, or too many failures: try again later.", 401);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
    {
        var ticket = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
            return Problems.Refused("bad-refresh-token", "刷新令牌无效或已过期，请重新登录。", "The refresh token is invalid or expired; sign in again.", 401);
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>Renews the security stamp: refresh tokens and access tokens issued before it stop working.</summary>
    private static async Task<NoContent> LogoutAsync(HttpContext ctx, UserManager<AppUser> users, StampCache stamps)
    {
        if (await users.GetUserAsync(ctx.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            stamps.Forget(user.Id);
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<Me>, UnauthorizedHttpResult>> MeAsync(HttpContext ctx, UserManager<AppUser> users)
    {
        if (await users.GetUserAsync(ctx.User) is not { } user) return TypedResults.Unauthorized();
        return TypedResults.Ok(new Me(user.Id, user.Email ?? "", user.DisplayName, user.MuseumId, [.. await users.GetRolesAsync(user)]));
    }

    /// <summary>Cookie sign-in and sign-out for the pages (plain form posts with antiforgery).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async ([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
            SignInManager<AppUser> signIn) =>
        {
            var back = SafeReturn(returnUrl);
            if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
                return Results.LocalRedirect($"/login?error=missing&returnUrl={Uri.EscapeDataString(back)}");
            var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return Results.LocalRedirect(back);
            return Results.LocalRedirect($"/login?error=bad&returnUrl={Uri.EscapeDataString(back)}");
        }).RequireRateLimiting(LoginRateLimit.Policy).ExcludeFromDescription();

        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).ExcludeFromDescription();
    }

    private static string SafeReturn(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/staff";
}
