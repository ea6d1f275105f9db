using System.Net;
using System.Net.Http.Json;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

public abstract class MuseumProfileTests(SciMuseumApp app)
{
    [Fact]
    public async Task The_office_changes_its_own_museums_profile_and_the_change_is_audited()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var auditor = await app.NewUserAsync(museum.Id, Roles.Auditor);

        var profile = new { name = "新名称科技馆", openingHours = "周二至周日 9:00–16:30", phone = "0377-12345678" };
        await (await office.PutAsJsonAsync("/api/v1/organization/museum", profile)).JsonAsync(HttpStatusCode.OK);

        var saved = await office.GetJsonAsync("/api/v1/organization/museum");
        Assert.Equal(museum.Id, saved.GetProperty("id").GetGuid());
        Assert.Equal("新名称科技馆", saved.GetProperty("name").GetString());
        Assert.Equal("周二至周日 9:00–16:30", saved.GetProperty("openingHours").GetString());

        var trail = await auditor.GetJsonAsync("/api/v1/audit?entity=Museum");
        var update = Assert.Single(trail.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Update");
        Assert.Contains("新名称科技馆", update.GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_profile_without_a_name_is_refused_and_nothing_changes()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var problem = await app.RefusedWithoutWritingAsync(() => office.PutAsJsonAsync("/api/v1/organization/museum", new { name = "" }),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["必填。"], problem.ErrorsFor("name"));
        Assert.StartsWith("测试科技馆", (await office.GetJsonAsync("/api/v1/organization/museum")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Halls_are_kept_per_museum_in_floor_order()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        foreach (var (floor, name) in new[] { (2, "二楼 科技与生活"), (1, "一楼 探索与发现") })
            await (await office.PostAsJsonAsync("/api/v1/organization/halls", new { floor, name, areaSquareMeters = 1800.555m }))
                .JsonAsync(HttpStatusCode.Created);

        var halls = (await office.GetJsonAsync("/api/v1/organization/halls")).EnumerateArray().ToList();
        Assert.Equal(["一楼 探索与发现", "二楼 科技与生活"], halls.Select(h => h.GetProperty("name").GetString()));
        Assert.All(halls, h => Assert.Equal(1800.56m, h.GetProperty("areaSquareMeters").GetDecimal()));
    }
}

[Collection("sqlite")]
public sealed class MuseumProfileOnSqlite(SqliteApp app) : MuseumProfileTests(app);

[Collection("postgres")]
public sealed class MuseumProfileOnPostgres(PostgresApp app) : MuseumProfileTests(app);
