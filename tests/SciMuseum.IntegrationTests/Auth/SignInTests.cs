using System.Net;
using System.Net.Http.Json;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Auth;

public abstract class SignInTests(SciMuseumApp app)
{
    [Fact]
    public async Task Signing_in_with_the_configured_admin_password_gives_an_access_and_a_refresh_token()
    {
        var token = await app.LoginAsync(SciMuseumApp.AdminEmail, SciMuseumApp.AdminPassword);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refreshToken").GetString()));
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_bad_credentials()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { email = SciMuseumApp.AdminEmail, password = "Not-The-Password-1" });
        await response.ProblemAsync(HttpStatusCode.Unauthorized, "/problems/bad-credentials");
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { email = "nobody@test.local", password = "Not-The-Password-1" });
        await response.ProblemAsync(HttpStatusCode.Unauthorized, "/problems/bad-credentials");
    }

    [Fact]
    public async Task Signing_in_without_email_or_password_names_both_fields()
    {
        var problem = await (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["请输入邮箱。"], problem.ErrorsFor("email"));
        Assert.Equal(["请输入密码。"], problem.ErrorsFor("password"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await app.CreateUserAsync(await app.DemoMuseumIdAsync(), Roles.Office);
        var client = app.Anonymous();
        for (var attempt = 1; attempt <= 4; attempt++)
            await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Password-" + attempt }))
                .ProblemAsync(HttpStatusCode.Unauthorized, "/problems/bad-credentials");

        // Locked answers like a wrong password (issue 11, defect 7): a 423 would tell a guesser the account exists.
        await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Password-5" }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "/problems/bad-credentials");
        await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = SciMuseumApp.StaffPassword }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "/problems/bad-credentials");
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_that_works()
    {
        var token = await app.LoginAsync(SciMuseumApp.AdminEmail, SciMuseumApp.AdminPassword);
        var refreshed = await (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh",
            new { refreshToken = token.GetProperty("refreshToken").GetString() })).JsonAsync(HttpStatusCode.OK);

        var access = refreshed.GetProperty("accessToken").GetString()!;
        Assert.NotEqual(token.GetProperty("accessToken").GetString(), access);
        var me = await app.WithToken(access).GetJsonAsync("/api/v1/auth/me");
        Assert.Equal(SciMuseumApp.AdminEmail, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task After_logout_the_old_refresh_token_is_refused()
    {
        var email = await app.CreateUserAsync(await app.DemoMuseumIdAsync(), Roles.Office);
        var token = await app.LoginAsync(email, SciMuseumApp.StaffPassword);
        var refreshToken = token.GetProperty("refreshToken").GetString();

        var logout = await app.WithToken(token.GetProperty("accessToken").GetString()!).PostAsync("/api/v1/auth/logout", null);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        await (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "/problems/bad-refresh-token");
    }

    [Fact]
    public async Task A_made_up_refresh_token_is_refused()
    {
        await (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "/problems/bad-refresh-token");
    }

    [Fact]
    public async Task The_API_without_a_token_answers_401_problem_details()
    {
        await (await app.Anonymous().GetAsync("/api/v1/organization/staff")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_API_with_a_garbage_token_answers_401()
    {
        await (await app.WithToken("garbage.token.value").GetAsync("/api/v1/organization/staff")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_names_the_user_and_their_roles()
    {
        var me = await (await app.AdminAsync()).GetJsonAsync("/api/v1/auth/me");
        var roles = me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains(Roles.SystemAdmin, roles);
        Assert.Contains(Roles.MuseumLeader, roles);
        Assert.Equal(await app.DemoMuseumIdAsync(), me.GetProperty("museumId").GetGuid());
    }

    [Fact]
    public async Task Nobody_can_register_an_account_through_the_API()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { email = "intruder@test.local", password = "Intruder-Pass-1" });
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"Got {(int)response.StatusCode}");
        Assert.Equal(0, await app.InSystemScopeAsync((_, db) => Task.FromResult(db.Users.Count(u => u.Email == "intruder@test.local"))));
    }
}

[Collection("sqlite")]
public sealed class SignInOnSqlite(SqliteApp app) : SignInTests(app);

[Collection("postgres")]
public sealed class SignInOnPostgres(PostgresApp app) : SignInTests(app);
