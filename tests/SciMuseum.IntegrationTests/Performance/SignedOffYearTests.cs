using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;
using SciMuseum.IntegrationTests.Organization;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>
/// Issue 11, defect 4 (other records): once a year's evaluation is signed off, changes dated in it need a museum leader
/// (or the administrator) and a reason, which the audit log keeps; everyone else is refused and nothing is written.
/// </summary>
public abstract class SignedOffYearTests(SciMuseumApp app)
{
    [Fact]
    public async Task An_adjustment_to_a_signed_off_year_needs_a_leader_and_keeps_the_reason()
    {
        var (books, leader, tableId, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        var evaluation = await SignOffTests.NewEvaluationAsync(books.Finance, tableId, "签发的评价");
        (await leader.PostAsync($"/api/v1/performance/evaluations/{evaluation}/sign-off", null)).EnsureSuccessStatusCode();
        var url = $"/api/v1/finance/lines/{books.LineId}/adjustments";

        var problem = await app.RefusedWithoutWritingAsync(() => books.Finance.PostAsJsonAsync(url, new { date = "2020-11-01", amount = -1_000m, reason = "压减" }),
            HttpStatusCode.Forbidden, "/problems/past-period");
        Assert.Contains("2020 年度的绩效评价已签发", problem.GetProperty("detail").GetString());
        Assert.Equal(10_000m, await CurrentBudgetAsync(books.Finance));

        await (await leader.PostAsJsonAsync(url, new { date = "2020-11-01", amount = -1_000m, reason = "审计后更正" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(9_000m, await CurrentBudgetAsync(books.Finance));
        Assert.Equal("审计后更正", await LastReasonAsync(books.Museum.Id, "BudgetAdjustment"));
    }

    [Fact]
    public async Task Staff_and_posts_counting_in_a_signed_off_year_need_a_leaders_reason()
    {
        var (books, leader, tableId, _) = await SignOffTests.OneIndicatorMuseumAsync(app);
        var evaluation = await SignOffTests.NewEvaluationAsync(books.Finance, tableId, "签发的评价");
        (await leader.PostAsync($"/api/v1/performance/evaluations/{evaluation}/sign-off", null)).EnsureSuccessStatusCode();
        var office = await app.NewUserAsync(books.Museum.Id, Roles.Office);
        var department = books.Museum.Departments[DepartmentKind.Office];

        var refused = await app.RefusedWithoutWritingAsync(() => office.PostAsJsonAsync(Staff.Url, Staff.Body(department, "补录员工", startDate: "2020-03-01")),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains("馆领导", Assert.Single(refused.ErrorsFor("changeReason")));
        var post = new { departmentId = department, title = "补录岗位", kind = "Establishment", authorizedCount = 2, validFrom = "2020-01-01" };
        var noReason = await app.RefusedWithoutWritingAsync(() => leader.PostAsJsonAsync("/api/v1/organization/posts", post),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains("理由", Assert.Single(noReason.ErrorsFor("changeReason")));
        Assert.Equal(0, (await leader.GetJsonAsync("/api/v1/organization/headcount?date=2020-12-31")).GetProperty("authorizedPosts").GetInt32());

        await (await leader.PostAsJsonAsync("/api/v1/organization/posts", new
        {
            post.departmentId, post.title, post.kind, post.authorizedCount, post.validFrom, changeReason = "编办批复补录",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, (await leader.GetJsonAsync("/api/v1/organization/headcount?date=2020-12-31")).GetProperty("authorizedPosts").GetInt32());
        Assert.Equal("编办批复补录", await LastReasonAsync(books.Museum.Id, "Post"));
        // A year still being evaluated is ordinary record keeping.
        await Staff.CreateAsync(office, Staff.Body(department, "新员工", startDate: $"{DateTime.UtcNow.Year + 1}-01-01"));
    }

    private static async Task<decimal> CurrentBudgetAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/v1/finance/execution?year=2020")).GetProperty("lines")[0].GetProperty("currentBudget").GetDecimal();

    private Task<string?> LastReasonAsync(Guid museumId, string entity) => app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters()
        .Where(a => a.MuseumId == museumId && a.Entity == entity).OrderByDescending(a => a.At).Select(a => a.Reason).FirstAsync());
}

[Collection("sqlite")]
public sealed class SignedOffYearOnSqlite(SqliteApp app) : SignedOffYearTests(app);

[Collection("postgres")]
public sealed class SignedOffYearOnPostgres(PostgresApp app) : SignedOffYearTests(app);
