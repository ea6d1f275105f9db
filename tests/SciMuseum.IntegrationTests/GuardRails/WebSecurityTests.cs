using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;
using SciMuseum.IntegrationTests.Visitors;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>Headers, sign-out, formats, uploads, ticket links and logs: what a hostile client or a curious log reader meets.</summary>
public abstract class WebSecurityTests(SciMuseumApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/visit/book")]
    [InlineData("/login")]
    [InlineData("/staff")]
    [InlineData("/api/v1/public/opening")]
    [InlineData("/api/v1/organization/staff")]
    [InlineData("/api/v1/finance/execution?year=abc")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await app.Anonymous().GetAsync(url);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        // Pages: scripts from this origin or with the request's nonce; API answers (JSON, no script runs): this origin only.
        Assert.Contains(url.StartsWith("/api/") ? "script-src 'self';" : "script-src 'self' 'nonce-", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    [Theory]
    [InlineData("/visit")]
    [InlineData("/login")]
    public async Task Every_inline_script_of_a_page_carries_the_nonce_of_its_policy(string url)
    {
        var response = await app.Anonymous().GetAsync(url);
        var nonce = Regex.Match(response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
        var html = await response.Content.ReadAsStringAsync();
        var inline = Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").Select(m => m.Value).ToList();
        Assert.All(inline, tag => Assert.Contains($"nonce=\"{nonce}\"", tag));
    }

    [Fact]
    public async Task Every_form_on_the_public_and_sign_in_pages_carries_an_antiforgery_token()
    {
        foreach (var url in new[] { "/login", "/visit/book", "/visit/cancel", "/visit/group", "/visit/group/status" })
        {
            var html = await app.Anonymous().GetStringAsync(url);
            var forms = Regex.Matches(html, "<form[^>]*method=\"post\"[\\s\\S]*?</form>", RegexOptions.IgnoreCase);
            Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Value));
        }
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        var response = await app.Anonymous().PostAsync("/visit/cancel", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "cancel", ["Form.Code"] = "ABCDEFGHJK", ["Form.Phone"] = "13912345678",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_access_token_stops_working_at_logout()
    {
        var email = await app.CreateUserAsync(await app.DemoMuseumIdAsync(), Roles.Office);
        var token = (await app.LoginAsync(email, SciMuseumApp.StaffPassword)).GetProperty("accessToken").GetString()!;
        var client = app.WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/organization/staff")).StatusCode);
        // A new sign-in works again.
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(email)).GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Unknown_wrong_and_locked_get_the_same_answer()
    {
        var email = await app.CreateUserAsync(await app.DemoMuseumIdAsync(), Roles.Office);
        var client = app.Anonymous();
        async Task<string> AnswerAsync(string who, string password)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = who, password });
            var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized, "/problems/bad-credentials");
            return problem.GetProperty("title").GetString() + "|" + problem.GetProperty("detail").GetString();
        }
        var unknown = await AnswerAsync("nobody-" + Guid.NewGuid().ToString("N") + "@test.local", "Wrong-Password-1");
        var wrong = await AnswerAsync(email, "Wrong-Password-1");
        for (var i = 0; i < 5; i++) await AnswerAsync(email, "Wrong-Password-1");
        var locked = await AnswerAsync(email, SciMuseumApp.StaffPassword);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
    }

    [Theory]
    [InlineData("/api/v1/finance/execution?year=2020")]
    [InlineData("/api/v1/finance/reconciliation?year=2020")]
    [InlineData("/api/v1/finance/receipts?year=2020")]
    [InlineData("/api/v1/finance/expenditures?year=2020")]
    [InlineData("/api/v1/organization/staff")]
    [InlineData("/api/v1/organization/departments")]
    [InlineData("/api/v1/visitors/statistics?year=2020")]
    public async Task An_unknown_export_format_is_a_field_error(string url)
    {
        var admin = await app.AdminAsync();
        foreach (var format in new[] { "pdf", "XLSX", "json", "xlsx%00" })
        {
            var problem = await (await admin.GetAsync($"{url}{(url.Contains('?') ? '&' : '?')}format={format}")).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.ErrorsFor("format"));
        }
    }

    [Fact]
    public async Task An_upload_without_sign_in_is_refused_before_its_content_type_is_judged()
    {
        var json = new StringContent("{}", Encoding.UTF8, "application/json");
        await (await app.Anonymous().PostAsync($"/api/v1/finance/expenditures/{Guid.NewGuid()}/attachments", json)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.Anonymous().PostAsync("/api/v1/finance/import/budget?year=2021", json)).ProblemAsync(HttpStatusCode.Unauthorized);
        var text = new StringContent("x", Encoding.UTF8, "text/plain");
        await (await app.Anonymous().PostAsync("/api/v1/organization/staff", text)).ProblemAsync(HttpStatusCode.Unauthorized);
        var admin = await app.AdminAsync();
        await (await admin.PostAsync($"/api/v1/finance/expenditures/{Guid.NewGuid()}/attachments", json)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_ticket_link_carries_a_signed_token_not_the_phone_and_old_phone_links_still_open()
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(1);
        var booking = await app.BookedAsync(m, await app.SlotOnAsync(m, date), date, Visitor());
        var code = booking.GetProperty("code").GetString()!;
        var link = Web.Visitors.TicketLinks.For(Services<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(), code);
        Assert.DoesNotContain("13912345678", link);
        Assert.DoesNotContain("phone", link);
        Assert.Contains("data-testid=\"ticket\"", await app.Anonymous().GetStringAsync(link + "&" + m.Q));
        Assert.Contains("data-testid=\"ticket\"", await app.Anonymous().GetStringAsync($"/visit/ticket/{code}?phone=13912345678&{m.Q}"));
        var forged = Web.Visitors.TicketLinks.For(Services<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(), "ZZZZZZZZZZ").Split("?t=")[1];
        Assert.DoesNotContain("data-testid=\"ticket\"", await app.Anonymous().GetStringAsync($"/visit/ticket/{code}?t={forged}&{m.Q}"));
    }

    [Fact]
    public async Task Id_numbers_and_phones_of_a_booking_never_reach_the_log()
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(3);
        var id = NewId();
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/public/reservations?{m.Q}",
            new { date = date.ToString("yyyy-MM-dd"), slotId = await app.SlotOnAsync(m, date), phone, visitors = new[] { Visitor(id) } });
        var code = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("code").GetString()!;
        // Also a refused one (the same ID twice) and the cancel with the phone in the path's neighbour, the body.
        await app.Anonymous().PostAsJsonAsync($"/api/v1/public/reservations?{m.Q}",
            new { date = date.ToString("yyyy-MM-dd"), slotId = await app.SlotOnAsync(m, date), phone, visitors = new[] { Visitor(id) } });
        await app.Anonymous().PostAsJsonAsync($"/api/v1/public/reservations/{code}/cancel?{m.Q}", new { phone });

        var log = "";
        for (var attempt = 0; attempt < 100 && !log.Contains($"/api/v1/public/reservations/{code}/cancel"); attempt++)
        {
            await using var stream = new FileStream(app.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            log = await new StreamReader(stream).ReadToEndAsync();
            if (!log.Contains(code)) await Task.Delay(100);
        }
        Assert.Contains(code, log); // the request lines are there
        Assert.DoesNotContain(id, log);
        Assert.DoesNotContain(id[..6] + id[6..14], log);
        Assert.DoesNotContain(phone, log);
    }

    private T Services<T>() where T : notnull =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<T>(app.Services);
}

[Collection("sqlite")]
public sealed class WebSecurityOnSqlite(SqliteApp app) : WebSecurityTests(app);

[Collection("postgres")]
public sealed class WebSecurityOnPostgres(PostgresApp app) : WebSecurityTests(app);
