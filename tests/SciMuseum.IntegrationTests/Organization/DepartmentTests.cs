using System.Net;
using System.Net.Http.Json;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

public abstract class DepartmentTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/organization/departments";

    [Fact]
    public async Task A_department_with_staff_cannot_be_deleted()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var department = museum.Departments[DepartmentKind.Office];
        await Staff.CreateAsync(office, Staff.Body(department));
        await app.RefusedWithoutWritingAsync(() => office.DeleteAsync($"{Url}/{department}"), HttpStatusCode.Conflict, "/problems/in-use");
    }

    [Fact]
    public async Task A_deleted_department_takes_no_new_staff()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var created = await (await office.PostAsJsonAsync(Url, new { name = "临时部门", kind = "Other" })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"{Url}/{id}")).StatusCode);

        var departments = await office.GetJsonAsync(Url);
        Assert.DoesNotContain(id, departments.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        var problem = await app.RefusedWithoutWritingAsync(() => office.PostAsJsonAsync(Staff.Url, Staff.Body(id)),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["部门不存在。"], problem.ErrorsFor("departmentId"));
    }
}

[Collection("sqlite")]
public sealed class DepartmentsOnSqlite(SqliteApp app) : DepartmentTests(app);

[Collection("postgres")]
public sealed class DepartmentsOnPostgres(PostgresApp app) : DepartmentTests(app);
