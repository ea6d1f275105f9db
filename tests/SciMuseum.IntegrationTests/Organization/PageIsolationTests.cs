using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

/// <summary>
/// The staff pages, signed in with the cookie as a person is, show only the signed-in museum's records (the pages
/// render on the server, so the first HTML already holds the rows).
/// </summary>
public abstract partial class PageIsolationTests(SciMuseumApp app)
{
    private async Task<HttpClient> SignInToPagesAsync(string email)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await browser.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(login).Groups[1].Value;
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = SciMuseumApp.StaffPassword, ["returnUrl"] = "/staff", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location?.OriginalString);
        return browser;
    }

    [Fact]
    public async Task Each_museums_staff_page_lists_its_own_people_and_none_of_the_others()
    {
        var b = await app.CreateMuseumAsync();
        var bOffice = await app.CreateUserAsync(b.Id, Roles.Office);
        await Staff.CreateAsync(await app.SignInAsync(bOffice), Staff.Body(b.Departments[DepartmentKind.Office], "乙馆独有员工"));
        var aOffice = await app.CreateUserAsync(await app.DemoMuseumIdAsync(), Roles.Office);

        // The server writes Chinese as character references; read the page as a browser shows it.
        var asB = WebUtility.HtmlDecode(await (await SignInToPagesAsync(bOffice)).GetStringAsync("/staff/organization/staff"));
        var asA = WebUtility.HtmlDecode(await (await SignInToPagesAsync(aOffice)).GetStringAsync("/staff/organization/staff"));

        Assert.Contains("乙馆独有员工", asB);
        Assert.DoesNotContain("马军", asB);             // a demo (museum A) staff member
        Assert.DoesNotContain("南阳市科学技术馆", asB);
        Assert.Contains("马军", asA);
        Assert.DoesNotContain("乙馆独有员工", asA);
    }

    [Fact]
    public async Task Signed_out_the_staff_pages_send_you_to_sign_in()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync("/staff/organization/staff");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[Collection("sqlite")]
public sealed class PageIsolationOnSqlite(SqliteApp app) : PageIsolationTests(app);

[Collection("postgres")]
public sealed class PageIsolationOnPostgres(PostgresApp app) : PageIsolationTests(app);
