using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

/// <summary>Bad input gets a clear problem naming the field, and changes nothing.</summary>
public abstract class BadInputTests(SciMuseumApp app)
{
    private const string Validation = "/problems/validation";

    private async Task<(HttpClient Admin, Guid Office)> AdminAndDepartmentAsync() =>
        (await app.AdminAsync(), await app.DepartmentIdAsync(await app.DemoMuseumIdAsync(), DepartmentKind.Office));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string With(Dictionary<string, object?> body, string field, object? value)
    {
        body[field] = value;
        return JsonSerializer.Serialize(body);
    }

    [Theory]
    [InlineData("{\"name\": \"张三\", \"gender\": ")]
    [InlineData("{not json}")]
    [InlineData("{\"name\": \"张三\",}")]
    public async Task Malformed_JSON_is_refused_as_a_bad_body(string json)
    {
        var (admin, _) = await AdminAndDepartmentAsync();
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, Json(json)), HttpStatusCode.BadRequest, Validation);
        Assert.NotEmpty(problem.ErrorsFor("$"));
    }

    [Fact]
    public async Task An_unknown_field_is_refused_by_name()
    {
        var (admin, office) = await AdminAndDepartmentAsync();
        var json = With(Staff.Body(office), "salary", 10000);
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, Json(json)), HttpStatusCode.BadRequest, Validation);
        Assert.NotEmpty(problem.ErrorsFor("salary"));
    }

    [Theory]
    [InlineData("startDate", 123)]
    [InlineData("startDate", "2020-02-30")]
    [InlineData("gender", "Robot")]
    [InlineData("departmentId", "not-a-guid")]
    [InlineData("name", 42)]
    public async Task A_value_of_the_wrong_type_is_refused_naming_the_field(string field, object value)
    {
        var (admin, office) = await AdminAndDepartmentAsync();
        var json = With(Staff.Body(office), field, value);
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, Json(json)), HttpStatusCode.BadRequest, Validation);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Theory]
    [InlineData("date=31.12.2020", "date")]
    [InlineData("page=first", "page")]
    [InlineData("status=Asleep", "status")]
    [InlineData("departmentId=office", "departmentId")]
    public async Task A_query_parameter_of_the_wrong_type_is_refused_naming_it(string query, string field)
    {
        var (admin, _) = await AdminAndDepartmentAsync();
        var problem = await (await admin.GetAsync($"{Staff.Url}?{query}")).ProblemAsync(HttpStatusCode.BadRequest, Validation);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task An_empty_object_is_refused_naming_every_required_field()
    {
        var (admin, _) = await AdminAndDepartmentAsync();
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, Json("{}")), HttpStatusCode.BadRequest, Validation);
        foreach (var field in new[] { "name", "gender", "departmentId", "employment", "education", "startDate" })
            Assert.Equal(["必填。"], problem.ErrorsFor(field));
    }

    [Fact]
    public async Task A_missing_body_is_refused()
    {
        var (admin, _) = await AdminAndDepartmentAsync();
        await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, Json("")), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("name", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一")]
    [InlineData("name", "响\u0007铃")]
    [InlineData("name", "   ")]
    [InlineData("phone", "123")]
    [InlineData("endDate", "2019-12-31")]
    [InlineData("departmentId", "00000000-0000-0000-0000-000000000001")]
    [InlineData("postId", "00000000-0000-0000-0000-000000000001")]
    [InlineData("gender", 5)]
    [InlineData("employment", -1)]
    public async Task A_value_breaking_a_rule_is_refused_naming_the_field(string field, object value)
    {
        var (admin, office) = await AdminAndDepartmentAsync();
        var json = With(Staff.Body(office), field, value);
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, Json(json)), HttpStatusCode.BadRequest, Validation);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task A_10_MB_body_is_refused_as_too_large()
    {
        var (admin, _) = await AdminAndDepartmentAsync();
        var json = "{\"name\":\"" + new string('a', 10 * 1024 * 1024) + "\"}";
        await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, Json(json)), HttpStatusCode.RequestEntityTooLarge, "/problems/too-large");
    }

    [Fact]
    public async Task A_text_plain_body_is_refused_as_unsupported()
    {
        var (admin, office) = await AdminAndDepartmentAsync();
        var text = new StringContent(JsonSerializer.Serialize(Staff.Body(office)), Encoding.UTF8, "text/plain");
        await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, text), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Changing_a_staff_member_that_does_not_exist_answers_404()
    {
        var (admin, office) = await AdminAndDepartmentAsync();
        await app.RefusedWithoutWritingAsync(() => admin.PutAsJsonAsync($"{Staff.Url}/{Guid.NewGuid()}", Staff.Body(office)),
            HttpStatusCode.NotFound, "/problems/not-found");
        await app.RefusedWithoutWritingAsync(() => admin.DeleteAsync($"{Staff.Url}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task An_unknown_museum_in_the_query_answers_museum_not_found()
    {
        var (admin, office) = await AdminAndDepartmentAsync();
        await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync($"{Staff.Url}?museum={Guid.NewGuid()}", Staff.Body(office)),
            HttpStatusCode.NotFound, "/problems/museum-not-found");
        await app.RefusedWithoutWritingAsync(() => admin.GetAsync($"{Staff.Url}?museum=no-such-code"), HttpStatusCode.NotFound, "/problems/museum-not-found");
    }

    [Fact]
    public async Task Another_museums_id_in_the_query_is_forbidden_to_a_museum_user()
    {
        var other = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.Office);
        await app.RefusedWithoutWritingAsync(() => office.GetAsync($"{Staff.Url}?museum={other.Id}"), HttpStatusCode.Forbidden, "/problems/other-museum");
        await app.RefusedWithoutWritingAsync(() => office.PostAsJsonAsync($"{Staff.Url}?museum={other.Code}", Staff.Body(other.Departments[DepartmentKind.Office])),
            HttpStatusCode.Forbidden, "/problems/other-museum");
    }

    [Fact]
    public async Task An_expired_token_is_refused_while_the_same_token_unexpired_works()
    {
        var (_, office) = await AdminAndDepartmentAsync();
        var expired = app.WithToken(await TokenAsync(DateTimeOffset.UtcNow.AddMinutes(-1)));
        await app.RefusedWithoutWritingAsync(() => expired.PostAsJsonAsync(Staff.Url, Staff.Body(office)), HttpStatusCode.Unauthorized);

        var fresh = app.WithToken(await TokenAsync(DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync(Staff.Url)).StatusCode);
    }

    [Fact]
    public async Task No_token_is_refused_before_anything_is_written()
    {
        var (_, office) = await AdminAndDepartmentAsync();
        await app.RefusedWithoutWritingAsync(() => app.Anonymous().PostAsJsonAsync(Staff.Url, Staff.Body(office)), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Messages_are_Chinese_by_default_and_English_on_request()
    {
        var (admin, _) = await AdminAndDepartmentAsync();
        var chinese = await (await admin.PostAsync(Staff.Url, Json("{}"))).ProblemAsync(HttpStatusCode.BadRequest, Validation);
        Assert.Equal(["必填。"], chinese.ErrorsFor("name"));
        Assert.Equal("提交的内容有误，请逐项检查。", chinese.GetProperty("title").GetString());

        admin.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await (await admin.PostAsync(Staff.Url, Json("{}"))).ProblemAsync(HttpStatusCode.BadRequest, Validation);
        Assert.Equal(["Required."], english.ErrorsFor("name"));
        Assert.Equal("Some fields are invalid.", english.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("Robert'); DROP TABLE StaffMembers;--")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("O'Brien \"王\" 100% _x_")]
    public async Task Hostile_text_is_stored_and_returned_verbatim(string name)
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var id = await Staff.CreateAsync(office, Staff.Body(museum.Departments[DepartmentKind.Office], name));

        var response = await office.GetAsync($"{Staff.Url}/{id}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType); // data, never rendered as HTML
        Assert.Equal(name, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("name").GetString());
        Assert.Equal([name], await Staff.NamesAsync(office, "&search=" + Uri.EscapeDataString(name)));
        Assert.Equal(name, await app.InSystemScopeAsync((_, db) => Task.FromResult(db.Staff.IgnoreQueryFilters().Single(s => s.Id == id).Name)));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("' OR '1'='1")]
    public async Task Search_text_is_matched_literally_not_as_a_pattern(string search)
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        await Staff.CreateAsync(office, Staff.Body(museum.Departments[DepartmentKind.Office], "张三"));
        Assert.Empty(await Staff.NamesAsync(office, "&search=" + Uri.EscapeDataString(search)));
    }

    /// <summary>A bearer token for the administrator as the app itself would issue it, expiring at <paramref name="expires"/>.</summary>
    private Task<string> TokenAsync(DateTimeOffset expires) => app.InSystemScopeAsync(async (services, _) =>
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync(SciMuseumApp.AdminEmail);
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(admin!);
        var bearer = services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var properties = new AuthenticationProperties { IssuedUtc = expires.AddHours(-1), ExpiresUtc = expires };
        return bearer.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
    });
}

[Collection("sqlite")]
public sealed class BadInputOnSqlite(SqliteApp app) : BadInputTests(app);

[Collection("postgres")]
public sealed class BadInputOnPostgres(PostgresApp app) : BadInputTests(app);
