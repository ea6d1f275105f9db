using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>One caller of the access matrix: a bearer client for the API and a cookie client for the pages.</summary>
public sealed record Principal(string Name, string? Role, string? Email, HttpClient Api, HttpClient Pages)
{
    public const string Anonymous = "anonymous";
    public const string OtherMuseum = "other-museum";

    /// <summary>Anonymous, one user of the demo museum per role, and a museum leader of a second museum.</summary>
    public static async Task<List<Principal>> AllAsync(SciMuseumApp app)
    {
        var demo = await app.DemoMuseumIdAsync();
        var other = await app.CreateMuseumAsync();
        var callers = new List<(string Name, string Role, Guid Museum)>();
        callers.AddRange(Roles.All.Select(r => (r, r, demo)));
        callers.Add((OtherMuseum, Roles.MuseumLeader, other.Id));
        var signedIn = await Task.WhenAll(callers.Select(async c =>
        {
            var email = await app.CreateUserAsync(c.Museum, c.Role);
            return new Principal(c.Name, c.Role, email, await app.SignInAsync(email), await PagesAsync(app, email));
        }));
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return [new Principal(Anonymous, null, null, anonymous, anonymous), .. signedIn];
    }

    /// <summary>Signed in with the cookie, through the sign-in form, as a person is.</summary>
    public static async Task<HttpClient> PagesAsync(SciMuseumApp app, string email)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = Regex.Match(await browser.GetStringAsync("/login"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = SciMuseumApp.StaffPassword, ["returnUrl"] = "/staff", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }
}
