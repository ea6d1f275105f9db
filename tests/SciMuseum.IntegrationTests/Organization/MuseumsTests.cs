using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Visitors;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

/// <summary>A system administrator adds, edits and archives museums; province viewers see the ones granted them, read only.</summary>
public abstract class MuseumsTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/museums";

    private static string NewCode() => "m" + Guid.NewGuid().ToString("N")[..10];

    private static List<string> Codes(System.Text.Json.JsonElement list) =>
        [.. list.EnumerateArray().Select(m => m.GetProperty("code").GetString()!)];

    [Fact]
    public async Task An_administrator_adds_a_museum_with_code_name_and_province_and_it_is_listed_with_its_standard_departments()
    {
        var admin = await app.AdminAsync();
        var code = NewCode();
        var made = await (await admin.PostAsJsonAsync(Url, new { code, name = "新建科技馆", province = "河南省" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("新建科技馆", made.GetProperty("name").GetString());

        Assert.Contains(code, Codes(await admin.GetJsonAsync(Url)));
        var departments = await admin.GetJsonAsync($"/api/v1/organization/departments?museum={code}");
        Assert.Equal(7, departments.GetArrayLength());
        Assert.Equal("新建科技馆", (await admin.GetJsonAsync($"/api/v1/organization/museum?museum={code}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_museum_may_start_without_departments_with_an_opening_rule_and_its_own_administrator()
    {
        var admin = await app.AdminAsync();
        var code = NewCode();
        var email = $"{code}@test.local";
        var body = new
        {
            code, name = "无部门科技馆", province = "测试省", departments = "None",
            openingRule = new { effectiveFrom = "2026-01-01", openWeekdays = new[] { "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }, dailyCap = 500,
                slots = new[] { new { start = "09:00", end = "17:00", capacity = 500 } } },
            administrator = new { email, password = "Museum-admin-2026" },
        };
        var made = await (await admin.PostAsJsonAsync(Url, body)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("周三、周四、周五、周六、周日 9:00–17:00，周一、周二闭馆", made.GetProperty("openingHours").GetString());

        var own = await app.SignInAsync(email, "Museum-admin-2026");
        Assert.Equal(0, (await own.GetJsonAsync("/api/v1/organization/departments")).GetArrayLength());
        Assert.Equal([code], Codes(await own.GetJsonAsync(Url)));
        var museumId = made.GetProperty("id").GetGuid();
        var rule = await app.InSystemScopeAsync((_, db) => db.Set<OpeningRule>().Include(r => r.Slots).SingleAsync(r => r.MuseumId == museumId));
        Assert.Equal(500, rule.DailyCap);
        Assert.Single(rule.Slots);
        // Its administrator runs this museum, not the installation.
        await (await own.PostAsJsonAsync(Url, new { code = NewCode(), name = "越权" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Duplicate_code_empty_name_and_bad_code_are_field_errors_and_nothing_is_written()
    {
        var admin = await app.AdminAsync();
        var code = NewCode();
        await (await admin.PostAsJsonAsync(Url, new { code, name = "第一家" })).JsonAsync(HttpStatusCode.Created);
        var count = await MuseumCountAsync();

        var duplicate = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync(Url, new { code, name = "第二家" }), HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal([$"已有代码为“{code}”的场馆。"], duplicate.ErrorsFor("code"));
        var empty = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync(Url, new { code = NewCode(), name = " " }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(empty.ErrorsFor("name"));
        var bad = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync(Url, new { code = "Bad Code/1", name = "坏代码" }), HttpStatusCode.BadRequest);
        Assert.Contains("代码只能含小写字母", bad.ErrorsFor("code").Single());

        var english = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(new { code = "Bad Code", name = "x" }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await admin.SendAsync(english)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("Lower-case letters", problem.ErrorsFor("code").Single());

        var weak = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync(Url,
            new { code = NewCode(), name = "弱密码馆", administrator = new { email = "weak@test.local", password = "short" } }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(weak.ErrorsFor("administrator.password"));
        var taken = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync(Url,
            new { code = NewCode(), name = "重复邮箱馆", administrator = new { email = SciMuseumApp.AdminEmail, password = "Long-enough-2026" } }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(taken.ErrorsFor("administrator.email"));
        Assert.Equal(count, await MuseumCountAsync());
    }

    [Fact]
    public async Task Only_a_system_administrator_adds_edits_or_archives_museums()
    {
        var leader = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.MuseumLeader);
        var count = await MuseumCountAsync();
        await (await leader.PostAsJsonAsync(Url, new { code = NewCode(), name = "越权" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await leader.PostAsync($"{Url}/{await app.DemoMuseumIdAsync()}/archive", null)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(count, await MuseumCountAsync());
    }

    [Fact]
    public async Task An_archived_museum_leaves_the_lists_and_the_choice_but_keeps_its_records_and_comes_back()
    {
        var admin = await app.AdminAsync();
        var code = NewCode();
        var id = (await (await admin.PostAsJsonAsync(Url, new { code, name = "将停用馆", province = "河南省" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var renamed = await (await admin.PutAsJsonAsync($"{Url}/{id}", new { name = "改名馆", province = "河南省", city = "南阳市" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("改名馆", renamed.GetProperty("name").GetString());

        await (await admin.PostAsync($"{Url}/{id}/archive", null)).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(code, Codes(await admin.GetJsonAsync(Url)));
        Assert.Contains(code, Codes(await admin.GetJsonAsync(Url + "?archived=true")));
        await (await admin.GetAsync($"/api/v1/organization/departments?museum={code}")).ProblemAsync(HttpStatusCode.NotFound, "/problems/museum-not-found");
        Assert.Equal(7, await app.InSystemScopeAsync((_, db) => db.Departments.CountAsync(d => d.MuseumId == id)));

        await (await admin.PostAsync($"{Url}/{id}/restore", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(7, (await admin.GetJsonAsync($"/api/v1/organization/departments?museum={code}")).GetArrayLength());
    }

    [Fact]
    public async Task A_province_viewer_granted_a_list_of_museums_sees_those_and_changes_nothing()
    {
        var home = await app.CreateMuseumAsync();
        var a = await app.CreateMuseumAsync();
        var b = await app.CreateMuseumAsync();
        var other = await app.CreateMuseumAsync();
        var email = await app.CreateUserAsync(home.Id, Roles.ProvinceViewer);
        await app.InSystemScopeAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            return await users.AddClaimsAsync(user, [new Claim(MuseumClaims.GrantedMuseum, a.Id.ToString()), new Claim(MuseumClaims.GrantedMuseum, b.Id.ToString())]);
        });
        var viewer = await app.SignInAsync(email);

        var seen = (await viewer.GetJsonAsync(Url)).EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).Order();
        Assert.Equal(new[] { home.Id, a.Id, b.Id }.Order(), seen);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/finance/execution?year=2020&museum={a.Code}")).StatusCode);
        await (await viewer.GetAsync($"/api/v1/finance/execution?year=2020&museum={other.Code}")).ProblemAsync(HttpStatusCode.Forbidden, "/problems/other-museum");
        await (await viewer.PostAsJsonAsync($"/api/v1/organization/departments?museum={a.Code}", new { name = "偷加", kind = "Other" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_demo_has_two_small_neighbours_in_its_province_each_with_its_own_ledger_and_visitors()
    {
        var admin = await app.AdminAsync();
        var codes = Codes(await admin.GetJsonAsync(Url));
        Assert.Superset(new HashSet<string> { "nanyang", "wandong", "funiu" }, codes.ToHashSet());

        var wandong = await admin.GetJsonAsync("/api/v1/finance/execution?year=2020&museum=wandong");
        Assert.Equal(["J01", "J02", "X01"], wandong.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        Assert.Equal(860_000m, wandong.GetProperty("total").GetProperty("approved").GetDecimal());
        var funiu = await admin.GetJsonAsync("/api/v1/finance/execution?year=2020&museum=funiu");
        Assert.Equal(["A1", "A2", "B1", "B2"], funiu.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        var nanyang = await admin.GetJsonAsync("/api/v1/finance/execution?year=2020&museum=nanyang");
        Assert.Equal(5_188_900m, nanyang.GetProperty("total").GetProperty("approved").GetDecimal());

        Assert.Equal(4_260, (await admin.GetJsonAsync("/api/v1/visitors/statistics?year=2020&museum=wandong")).GetProperty("admitted").GetInt32());
        Assert.Equal(2_870, (await admin.GetJsonAsync("/api/v1/visitors/statistics?year=2020&museum=funiu")).GetProperty("admitted").GetInt32());
        Assert.Equal(93_812, (await admin.GetJsonAsync("/api/v1/visitors/statistics?year=2020&museum=nanyang")).GetProperty("admitted").GetInt32());
        var departments = await admin.GetJsonAsync("/api/v1/organization/departments?museum=funiu");
        Assert.Contains("设备保障部", departments.EnumerateArray().Select(d => d.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_province_viewer_of_the_demo_sees_its_three_museums_side_by_side()
    {
        var viewer = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.ProvinceViewer);
        var rows = (await viewer.GetJsonAsync(Url + "/overview?year=2020")).EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal(new[] { "funiu", "nanyang", "wandong" }, rows.Keys.Order());
        Assert.Equal(93_812, rows["nanyang"].GetProperty("visitors").GetInt32());
        Assert.Equal(154, rows["nanyang"].GetProperty("openDays").GetInt32());
        Assert.Equal(4_260, rows["wandong"].GetProperty("visitors").GetInt32());
        Assert.Equal(87.64m, rows["nanyang"].GetProperty("evaluationTotal").GetDecimal());
        Assert.Equal(5_188_900m, rows["nanyang"].GetProperty("approved").GetDecimal());
        await (await viewer.GetAsync(Url + "/overview?year=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await viewer.PostAsJsonAsync(Url, new { code = NewCode(), name = "越权" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    private Task<int> MuseumCountAsync() => app.InSystemScopeAsync((_, db) => db.Museums.CountAsync());
}

[Collection("sqlite")]
public sealed class MuseumsOnSqlite(SqliteApp app) : MuseumsTests(app);

[Collection("postgres")]
public sealed class MuseumsOnPostgres(PostgresApp app) : MuseumsTests(app);
