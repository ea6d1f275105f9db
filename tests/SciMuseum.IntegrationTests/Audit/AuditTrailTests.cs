using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;
using SciMuseum.IntegrationTests.Organization;

namespace SciMuseum.IntegrationTests.Audit;

/// <summary>Every change leaves who, when, before and after; deletes hide rows instead of losing them.</summary>
public abstract class AuditTrailTests(SciMuseumApp app)
{
    private sealed record Museum(TestMuseum Info, string OfficeEmail, HttpClient Office, HttpClient Auditor);

    private async Task<Museum> MuseumAsync()
    {
        var museum = await app.CreateMuseumAsync();
        var email = await app.CreateUserAsync(museum.Id, Roles.Office);
        return new Museum(museum, email, await app.SignInAsync(email), await app.NewUserAsync(museum.Id, Roles.Auditor));
    }

    private static async Task<List<JsonElement>> TrailAsync(HttpClient auditor, Guid id)
    {
        var page = await auditor.GetJsonAsync("/api/v1/audit?entity=StaffMember&pageSize=500");
        return [.. page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("entityKey").GetString() == id.ToString())];
    }

    [Fact]
    public async Task Creating_changing_and_deleting_a_member_leaves_Insert_Update_and_SoftDelete_by_that_user()
    {
        var m = await MuseumAsync();
        var department = m.Info.Departments[DepartmentKind.Office];
        var id = await Staff.CreateAsync(m.Office, Staff.Body(department, "张三丰"));
        await (await m.Office.PutAsJsonAsync($"{Staff.Url}/{id}", Staff.Body(department, "李四光"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await m.Office.DeleteAsync($"{Staff.Url}/{id}")).StatusCode);

        var trail = await TrailAsync(m.Auditor, id);
        Assert.Equal(["SoftDelete", "Update", "Insert"], trail.Select(e => e.GetProperty("action").GetString()));
        Assert.All(trail, e => Assert.Equal(m.OfficeEmail, e.GetProperty("userName").GetString()));
        Assert.All(trail, e => Assert.Equal(m.Info.Id, e.GetProperty("museumId").GetGuid()));

        var insert = trail[2];
        Assert.Equal(JsonValueKind.Null, insert.GetProperty("before").ValueKind);
        Assert.Contains("张三丰", insert.GetProperty("after").GetString());

        var update = trail[1];
        Assert.Contains("张三丰", update.GetProperty("before").GetString());
        Assert.Contains("李四光", update.GetProperty("after").GetString());
        Assert.DoesNotContain("李四光", update.GetProperty("before").GetString());

        Assert.Contains("\"IsDeleted\":true", trail[0].GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_deleted_member_leaves_every_list_but_stays_in_the_database()
    {
        var m = await MuseumAsync();
        var id = await Staff.CreateAsync(m.Office, Staff.Body(m.Info.Departments[DepartmentKind.Office], "王离职"));
        Assert.Equal(HttpStatusCode.NoContent, (await m.Office.DeleteAsync($"{Staff.Url}/{id}")).StatusCode);

        Assert.Empty(await Staff.NamesAsync(m.Office));
        await (await m.Office.GetAsync($"{Staff.Url}/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await m.Office.GetJsonAsync("/api/v1/organization/headcount?date=2020-12-31")).GetProperty("staffInPost").GetInt32());

        var row = await app.InSystemScopeAsync((_, db) => db.Staff.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.True(row.IsDeleted);
        Assert.NotNull(row.DeletedAt);
        Assert.Equal("王离职", row.Name);
    }

    [Fact]
    public async Task A_museums_audit_log_shows_none_of_another_museums_changes()
    {
        var a = await MuseumAsync();
        var b = await MuseumAsync();
        var id = await Staff.CreateAsync(b.Office, Staff.Body(b.Info.Departments[DepartmentKind.Office], "乙馆员工"));

        Assert.Single(await TrailAsync(b.Auditor, id));
        Assert.Empty(await TrailAsync(a.Auditor, id));
        var all = await a.Auditor.GetJsonAsync("/api/v1/audit?pageSize=500");
        Assert.All(all.GetProperty("items").EnumerateArray(), e => Assert.Equal(a.Info.Id, e.GetProperty("museumId").GetGuid()));
    }

    [Fact]
    public async Task A_save_the_database_rejects_leaves_no_audit_row_behind()
    {
        var taken = await app.InSystemScopeAsync((_, db) => db.Museums.Select(m => m.Code).FirstAsync());
        var before = await app.CountRowsAsync();
        await Assert.ThrowsAsync<DbUpdateException>(() => app.InSystemScopeAsync(async (_, db) =>
        {
            var museum = new SciMuseum.Core.Organization.Museum { Code = taken, Name = "重复编码" };
            db.Museums.Add(museum);
            db.Departments.Add(new Department { MuseumId = museum.Id, Name = "办公室", Kind = DepartmentKind.Office });
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(before, await app.CountRowsAsync());
    }

    [Fact]
    public async Task The_audit_log_never_holds_a_password_hash_or_security_stamp()
    {
        var email = await app.CreateUserAsync(await app.DemoMuseumIdAsync(), Roles.Office);
        var hash = await app.InSystemScopeAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email);
            Assert.True((await users.ChangePasswordAsync(user!, SciMuseumApp.StaffPassword, "Changed-Pass-2021")).Succeeded);
            return (await users.FindByEmailAsync(email))!.PasswordHash!;
        });

        var userRows = await app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Entity == nameof(AppUser)).Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync());
        Assert.Contains(userRows, r => r.Contains(email)); // the user's changes are audited...
        var everything = await app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters()
            .Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync());
        Assert.All(everything, r =>
        {
            Assert.DoesNotContain("PasswordHash", r); // ...but never their secrets
            Assert.DoesNotContain("SecurityStamp", r);
            Assert.DoesNotContain(hash, r);
        });
    }
}

[Collection("sqlite")]
public sealed class AuditTrailOnSqlite(SqliteApp app) : AuditTrailTests(app);

[Collection("postgres")]
public sealed class AuditTrailOnPostgres(PostgresApp app) : AuditTrailTests(app);
