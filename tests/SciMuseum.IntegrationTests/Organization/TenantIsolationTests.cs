using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

/// <summary>A museum's staff see and change only their own museum's rows; only wider roles look further.</summary>
public abstract class TenantIsolationTests(SciMuseumApp app)
{
    private sealed record Two(TestMuseum A, HttpClient OfficeA, TestMuseum B, HttpClient OfficeB, Guid StaffOfB);

    private async Task<Two> TwoMuseumsAsync()
    {
        var a = await app.CreateMuseumAsync();
        var b = await app.CreateMuseumAsync();
        var officeA = await app.NewUserAsync(a.Id, Roles.Office);
        var officeB = await app.NewUserAsync(b.Id, Roles.Office);
        await Staff.CreateAsync(officeA, Staff.Body(a.Departments[DepartmentKind.Office], "甲馆员工"));
        var staffOfB = await Staff.CreateAsync(officeB, Staff.Body(b.Departments[DepartmentKind.Office], "乙馆员工"));
        return new Two(a, officeA, b, officeB, staffOfB);
    }

    [Fact]
    public async Task A_user_cannot_read_change_or_delete_another_museums_staff_member()
    {
        var t = await TwoMuseumsAsync();
        var url = $"{Staff.Url}/{t.StaffOfB}";
        await app.RefusedWithoutWritingAsync(() => t.OfficeA.GetAsync(url), HttpStatusCode.NotFound);
        await app.RefusedWithoutWritingAsync(() => t.OfficeA.PutAsJsonAsync(url, Staff.Body(t.A.Departments[DepartmentKind.Office], "改名")),
            HttpStatusCode.NotFound);
        await app.RefusedWithoutWritingAsync(() => t.OfficeA.DeleteAsync(url), HttpStatusCode.NotFound);

        var member = await t.OfficeB.GetJsonAsync(url);
        Assert.Equal("乙馆员工", member.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Each_museums_users_list_only_their_own_staff()
    {
        var t = await TwoMuseumsAsync();
        Assert.Equal(["甲馆员工"], await Staff.NamesAsync(t.OfficeA));
        Assert.Equal(["乙馆员工"], await Staff.NamesAsync(t.OfficeB));
        Assert.Empty(await Staff.NamesAsync(t.OfficeA, "&search=" + Uri.EscapeDataString("乙馆")));
        Assert.Empty(await Staff.NamesAsync(t.OfficeA, $"&departmentId={t.B.Departments[DepartmentKind.Office]}"));
    }

    [Fact]
    public async Task A_user_sees_only_their_own_museums_departments_and_headcount()
    {
        var t = await TwoMuseumsAsync();
        var departments = await t.OfficeA.GetJsonAsync("/api/v1/organization/departments?date=2020-12-31");
        Assert.Equal(t.A.Departments.Values.Order(), departments.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).Order());
        var headcount = await t.OfficeA.GetJsonAsync("/api/v1/organization/headcount?date=2020-12-31");
        Assert.Equal(1, headcount.GetProperty("staffInPost").GetInt32());
        Assert.Equal(t.A.Id, (await t.OfficeA.GetJsonAsync("/api/v1/organization/museum")).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_user_cannot_add_staff_to_another_museums_department()
    {
        var t = await TwoMuseumsAsync();
        var problem = await app.RefusedWithoutWritingAsync(
            () => t.OfficeA.PostAsJsonAsync(Staff.Url, Staff.Body(t.B.Departments[DepartmentKind.Office], "混入者")),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["部门不存在。"], problem.ErrorsFor("departmentId"));
    }

    [Fact]
    public async Task A_user_cannot_choose_another_museum_with_the_query()
    {
        var t = await TwoMuseumsAsync();
        await app.RefusedWithoutWritingAsync(() => t.OfficeA.GetAsync($"{Staff.Url}?museum={t.B.Id}"), HttpStatusCode.Forbidden, "/problems/other-museum");
        await app.RefusedWithoutWritingAsync(() => t.OfficeA.DeleteAsync($"{Staff.Url}/{t.StaffOfB}?museum={t.B.Code}"),
            HttpStatusCode.Forbidden, "/problems/other-museum");
        Assert.False(await app.InSystemScopeAsync((_, db) => db.Staff.IgnoreQueryFilters().Where(s => s.Id == t.StaffOfB).Select(s => s.IsDeleted).SingleAsync()));
    }

    [Fact]
    public async Task A_system_administrator_may_look_into_any_museum()
    {
        var t = await TwoMuseumsAsync();
        var admin = await app.AdminAsync();
        Assert.Equal(["乙馆员工"], await Staff.NamesAsync(admin, $"&museum={t.B.Id}"));
        Assert.Equal(["甲馆员工"], await Staff.NamesAsync(admin, $"&museum={t.A.Code}"));
        Assert.DoesNotContain("乙馆员工", await Staff.NamesAsync(admin));
    }

    [Fact]
    public async Task A_province_viewer_sees_the_museums_of_their_province_and_no_other()
    {
        var province = "省" + Guid.NewGuid().ToString("N")[..8];
        var home = await app.CreateMuseumAsync(province);
        var neighbour = await app.CreateMuseumAsync(province);
        var elsewhere = await app.CreateMuseumAsync();
        var viewer = await app.NewUserAsync(home.Id, Roles.ProvinceViewer);

        var museums = await viewer.GetJsonAsync("/api/v1/museums");
        Assert.Equal(new[] { home.Id, neighbour.Id }.Order(), museums.EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).Order());

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"{Staff.Url}?museum={neighbour.Id}")).StatusCode);
        await (await viewer.GetAsync($"{Staff.Url}?museum={elsewhere.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "/problems/other-museum");
        await (await viewer.GetAsync($"{Staff.Url}?museum={await app.DemoMuseumIdAsync()}")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_database_layer_refuses_to_write_into_another_museum_even_when_code_asks_it_to()
    {
        var t = await TwoMuseumsAsync();
        var before = await app.CountRowsAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "careless-code")], "test"));
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(user, t.A.Id);
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();

        db.Staff.Add(new StaffMember { MuseumId = t.B.Id, DepartmentId = t.B.Departments[DepartmentKind.Office], Name = "越界", StartDate = new(2020, 1, 1) });
        await Assert.ThrowsAsync<CrossMuseumWriteException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        var own = await db.Staff.SingleAsync();
        own.MuseumId = t.B.Id;
        await Assert.ThrowsAsync<CrossMuseumWriteException>(() => db.SaveChangesAsync());
        Assert.Equal(before, await app.CountRowsAsync());
    }

    [Fact]
    public async Task A_museum_user_lists_only_their_own_museum()
    {
        var t = await TwoMuseumsAsync();
        var museums = await t.OfficeA.GetJsonAsync("/api/v1/museums");
        Assert.Equal([t.A.Id], museums.EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));
    }
}

[Collection("sqlite")]
public sealed class TenantIsolationOnSqlite(SqliteApp app) : TenantIsolationTests(app);

[Collection("postgres")]
public sealed class TenantIsolationOnPostgres(PostgresApp app) : TenantIsolationTests(app);
