using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

/// <summary>The register pages and filters in the database, the same on both providers.</summary>
public abstract class StaffListTests(SciMuseumApp app)
{
    [Theory]
    [InlineData("InPost", 35)]
    [InlineData("Contract", 19)]
    [InlineData("Retired", 8)]
    [InlineData("Left", 1)]
    [InlineData("NotYetStarted", 0)]
    public async Task The_status_filter_on_2020_12_31_matches_the_headcount(string status, int total)
    {
        var page = await (await app.AdminAsync()).GetJsonAsync($"{Staff.Url}?status={status}&date=2020-12-31&pageSize=100");
        Assert.Equal(total, page.GetProperty("total").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal(status, i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Lists_come_in_pages_of_20_by_default_and_of_at_most_500()
    {
        var admin = await app.AdminAsync();
        var first = await admin.GetJsonAsync(Staff.Url);
        Assert.Equal(63, first.GetProperty("total").GetInt32());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());

        var last = await admin.GetJsonAsync($"{Staff.Url}?page=4");
        Assert.Equal(3, last.GetProperty("items").GetArrayLength());
        var firstIds = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());
        Assert.Empty(last.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Intersect(firstIds));

        Assert.Equal(500, (await admin.GetJsonAsync($"{Staff.Url}?pageSize=100000")).GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Department_figures_add_up_to_the_museum_headcount()
    {
        var departments = (await (await app.AdminAsync()).GetJsonAsync("/api/v1/organization/departments?date=2020-12-31")).EnumerateArray().ToList();
        Assert.Equal(7, departments.Count);
        Assert.Equal(35, departments.Sum(d => d.GetProperty("authorizedPosts").GetInt32()));
        Assert.Equal(35, departments.Sum(d => d.GetProperty("staffInPost").GetInt32()));
        Assert.Equal(19, departments.Sum(d => d.GetProperty("contractStaff").GetInt32()));
    }
}

[Collection("sqlite")]
public sealed class StaffListOnSqlite(SqliteApp app) : StaffListTests(app);

[Collection("postgres")]
public sealed class StaffListOnPostgres(PostgresApp app) : StaffListTests(app);
