using System.Net;
using System.Net.Http.Json;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;
using SciMuseum.IntegrationTests.Organization;

namespace SciMuseum.IntegrationTests.Auth;

/// <summary>What each role may do: roles are checked by the API, not only hidden in the menu.</summary>
public abstract class RoleTests(SciMuseumApp app)
{
    [Fact]
    public async Task An_auditor_reads_staff_and_the_audit_log_but_cannot_change_staff()
    {
        var museum = await app.DemoMuseumIdAsync();
        var auditor = await app.NewUserAsync(museum, Roles.Auditor);
        var office = await app.DepartmentIdAsync(museum, DepartmentKind.Office);
        var someone = (await auditor.GetJsonAsync(Staff.Url)).GetProperty("items")[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/v1/audit")).StatusCode);
        await app.RefusedWithoutWritingAsync(() => auditor.PostAsJsonAsync(Staff.Url, Staff.Body(office)), HttpStatusCode.Forbidden);
        await app.RefusedWithoutWritingAsync(() => auditor.PutAsJsonAsync($"{Staff.Url}/{someone}", Staff.Body(office)), HttpStatusCode.Forbidden);
        await app.RefusedWithoutWritingAsync(() => auditor.DeleteAsync($"{Staff.Url}/{someone}"), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(Roles.GateStaff)]
    [InlineData(Roles.Office)]
    [InlineData(Roles.Counselor)]
    public async Task Roles_outside_leadership_and_audit_cannot_read_the_audit_log(string role)
    {
        var user = await app.NewUserAsync(await app.DemoMuseumIdAsync(), role);
        await (await user.GetAsync("/api/v1/audit")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Gate_staff_cannot_change_the_organisation()
    {
        var museum = await app.DemoMuseumIdAsync();
        var gate = await app.NewUserAsync(museum, Roles.GateStaff);
        var office = await app.DepartmentIdAsync(museum, DepartmentKind.Office);
        await app.RefusedWithoutWritingAsync(() => gate.PostAsJsonAsync(Staff.Url, Staff.Body(office)), HttpStatusCode.Forbidden);
        await app.RefusedWithoutWritingAsync(() => gate.PutAsJsonAsync("/api/v1/organization/museum", new { name = "改名" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_user_without_any_role_can_sign_in_but_change_nothing()
    {
        var museum = await app.DemoMuseumIdAsync();
        var nobody = await app.NewUserAsync(museum);
        var office = await app.DepartmentIdAsync(museum, DepartmentKind.Office);
        Assert.Empty((await nobody.GetJsonAsync("/api/v1/auth/me")).GetProperty("roles").EnumerateArray());
        await app.RefusedWithoutWritingAsync(() => nobody.PostAsJsonAsync(Staff.Url, Staff.Body(office)), HttpStatusCode.Forbidden);
    }
}

[Collection("sqlite")]
public sealed class RolesOnSqlite(SqliteApp app) : RoleTests(app);

[Collection("postgres")]
public sealed class RolesOnPostgres(PostgresApp app) : RoleTests(app);
