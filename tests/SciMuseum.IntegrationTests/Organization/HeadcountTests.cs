using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SciMuseum.Core.Identity;
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

    [Fact]
    public async Task Authorised_posts_count_from_their_first_to_their_last_valid_day_inclusive()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var post = new
        {
            departmentId = museum.Departments[DepartmentKind.Office], title = "临时岗位", kind = "Establishment", authorizedCount = 5,
            validFrom = "2020-01-01", validTo = "2020-06-30", approvalDocument = "宛编〔2020〕1号",
        };
        await (await office.PostAsJsonAsync("/api/v1/organization/posts", post)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(0, (await HeadcountAsync(office, "2019-12-31")).GetProperty("authorizedPosts").GetInt32());
        Assert.Equal(5, (await HeadcountAsync(office, "2020-01-01")).GetProperty("authorizedPosts").GetInt32());
        Assert.Equal(5, (await HeadcountAsync(office, "2020-06-30")).GetProperty("authorizedPosts").GetInt32());
        Assert.Equal(0, (await HeadcountAsync(office, "2020-07-01")).GetProperty("authorizedPosts").GetInt32());
    }

    [Fact]
    public async Task A_member_cannot_fill_a_post_of_the_other_kind_of_employment()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var department = museum.Departments[DepartmentKind.Office];
        var created = await (await office.PostAsJsonAsync("/api/v1/organization/posts", new
        {
            departmentId = department, title = "讲解员（购买服务）", kind = "Contract", authorizedCount = 2, validFrom = "2020-01-01",
        })).JsonAsync(HttpStatusCode.Created);

        var body = Staff.Body(department);
        body["postId"] = created.GetProperty("id").GetGuid();
        var problem = await app.RefusedWithoutWritingAsync(() => office.PostAsJsonAsync(Staff.Url, body), HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("postId"));

        body["employment"] = "Contract";
        await Staff.CreateAsync(office, body);
        Assert.Equal(1, (await HeadcountAsync(office, "2020-12-31")).GetProperty("contractPosts").GetInt32());
    }
}

[Collection("sqlite")]
public sealed class HeadcountOnSqlite(SqliteApp app) : HeadcountTests(app);

[Collection("postgres")]
public sealed class HeadcountOnPostgres(PostgresApp app) : HeadcountTests(app);
