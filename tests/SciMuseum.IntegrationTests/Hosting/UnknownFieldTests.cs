using System.Net;
using System.Text;
using System.Text.Json;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;
using SciMuseum.IntegrationTests.Organization;

namespace SciMuseum.IntegrationTests.Hosting;

/// <summary>A misspelt field is refused by name, and the answer lists the fields the body accepts, as JSON spells them.</summary>
public abstract class UnknownFieldTests(SciMuseumApp app)
{
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_unknown_field_names_itself_and_the_accepted_fields()
    {
        var admin = await app.AdminAsync();
        var body = Staff.Body(await app.DepartmentIdAsync(await app.DemoMuseumIdAsync(), DepartmentKind.Office));
        body["salary"] = 10000;
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsync(Staff.Url, Json(body)), HttpStatusCode.BadRequest, "/problems/validation");

        var message = Assert.Single(problem.ErrorsFor("salary"));
        Assert.StartsWith("Unknown field. Accepted fields: ", message);
        foreach (var field in new[] { "name", "gender", "departmentId", "postId", "startDate" })
            Assert.Contains(field, message.Split(": ")[1].TrimEnd('.').Split(", "));
        Assert.DoesNotContain("DepartmentId", message);
    }

    [Fact]
    public async Task An_unknown_field_in_a_nested_object_lists_that_object_s_fields()
    {
        var body = new
        {
            date = "2099-01-01",
            slotId = Guid.NewGuid(),
            phone = "13900000000",
            visitors = new[] { new { name = "张三", idType = "ResidentId", idNumber = "11010519491231002X", age = 7 } },
        };
        var response = await app.Anonymous().PostAsync("/api/v1/public/reservations", Json(body));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        var message = Assert.Single(problem.ErrorsFor("age"));
        Assert.Contains("name、idType、idNumber", message);
    }
}

[Collection("sqlite")]
public sealed class UnknownFieldsOnSqlite(SqliteApp app) : UnknownFieldTests(app);

[Collection("postgres")]
public sealed class UnknownFieldsOnPostgres(PostgresApp app) : UnknownFieldTests(app);
