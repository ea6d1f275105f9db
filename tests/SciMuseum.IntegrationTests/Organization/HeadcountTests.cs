using System.Net;
using System.Text.Json;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

public abstract class HeadcountTests(SciMuseumApp app)
{
    private static async Task<JsonElement> HeadcountAsync(HttpClient client, string date) =>
        await client.GetJsonAsync($"/api/v1/organization/headcount?date={date}");

    [Fact]
    public async Task Headcount_on_2020_12_31_is_35_35_8_19()
    {
        var h = await HeadcountAsync(await app.AdminAsync(), "2020-12-31");
        Assert.Equal(35, h.GetProperty("authorizedPosts").GetInt32());
        Assert.Equal(35, h.GetProperty("staffInPost").GetInt32());
        Assert.Equal(8, h.GetProperty("retired").GetInt32());
        Assert.Equal(19, h.GetProperty("contractPosts").GetInt32());
        Assert.Equal(19, h.GetProperty("contractPostsAuthorized").GetInt32());
        Assert.False(h.GetProperty("overEstablishment").GetBoolean());
    }

    [Fact]
    public async Task Headcount_on_2020_05_01_still_counts_the_October_retiree_in_post()
    {
        var h = await HeadcountAsync(await app.AdminAsync(), "2020-05-01");
        Assert.Equal(36, h.GetProperty("staffInPost").GetInt32());
        Assert.Equal(7, h.GetProperty("retired").GetInt32());
    }

    [Fact]
    public async Task Adding_an_establishment_member_from_2020_01_01_makes_36_in_post_and_deleting_them_35_again()
    {
        var admin = await app.AdminAsync();
        var office = await app.DepartmentIdAsync(await app.DemoMuseumIdAsync(), DepartmentKind.Office);
        var id = await Staff.CreateAsync(admin, Staff.Body(office, "新入职人员"));
        try
        {
            var h = await HeadcountAsync(admin, "2020-12-31");
            Assert.Equal(36, h.GetProperty("staffInPost").GetInt32());
            Assert.True(h.GetProperty("overEstablishment").GetBoolean());
            // Not yet started on 2019-12-31: the 35, plus the two who retire in 2020.
            Assert.Equal(37, (await HeadcountAsync(admin, "2019-12-31")).GetProperty("staffInPost").GetInt32());
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Staff.Url}/{id}")).StatusCode);
        }
        Assert.Equal(35, (await HeadcountAsync(admin, "2020-12-31")).GetProperty("staffInPost").GetInt32());
    }
}

[Collection("sqlite")]
public sealed class HeadcountOnSqlite(SqliteApp app) : HeadcountTests(app);

[Collection("postgres")]
public sealed class HeadcountOnPostgres(PostgresApp app) : HeadcountTests(app);
