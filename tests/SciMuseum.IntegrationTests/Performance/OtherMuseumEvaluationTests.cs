using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Performance;

/// <summary>Evaluations run for any museum a user may see: a system administrator runs them with ?museum=, a province viewer reads them.</summary>
public abstract class OtherMuseumEvaluationTests(SciMuseumApp app)
{
    [Fact]
    public async Task An_administrator_runs_another_museums_evaluation_on_its_records_and_a_province_viewer_only_reads_it()
    {
        var other = await app.CreateMuseumAsync();
        var q = $"?museum={other.Code}";
        var admin = await app.AdminAsync();
        await EvaluationPeriodTests.TripAsync(admin, "2020-05-10", 240, q);
        var tableId = await EvaluationPeriodTests.TableAsync(admin, EvaluationPeriodTests.CaravanTable(null), q);
        var created = await (await admin.PostAsJsonAsync("/api/v1/performance/evaluations" + q, new { year = 2020, tableId, name = "他馆2020年评价" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var listed = (await admin.GetJsonAsync($"/api/v1/performance/evaluations?year=2020&museum={other.Code}")).EnumerateArray().Single();
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal(40m, listed.GetProperty("totalScore").GetDecimal());
        var result = await admin.GetJsonAsync($"/api/v1/performance/evaluations/{id}{q}");
        Assert.Equal(240m, result.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "当年巡展受益人次").GetProperty("actual").GetDecimal());
        // Without ?museum= the administrator is in the demo museum, where this evaluation is not.
        Assert.DoesNotContain((await admin.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        await (await admin.GetAsync($"/api/v1/performance/evaluations/{id}")).ProblemAsync(HttpStatusCode.NotFound);

        var viewer = await ViewerOfAsync(await app.DemoMuseumIdAsync(), other.Id);
        Assert.Equal(40m, (await viewer.GetJsonAsync($"/api/v1/performance/evaluations/{id}{q}")).GetProperty("totalScore").GetDecimal());
        Assert.Single((await viewer.GetJsonAsync($"/api/v1/performance/evaluations?year=2020&museum={other.Code}")).EnumerateArray());
        await app.RefusedWithoutWritingAsync(() => viewer.PostAsJsonAsync("/api/v1/performance/evaluations" + q, new { year = 2020, tableId, name = "越权" }),
            HttpStatusCode.Forbidden);
        await app.RefusedWithoutWritingAsync(() => viewer.PostAsync($"/api/v1/performance/evaluations/{id}/sign-off{q}", null), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_province_viewer_cannot_read_the_evaluations_of_a_museum_not_granted()
    {
        var other = await app.CreateMuseumAsync(province: "别省");
        var viewer = await ViewerOfAsync(await app.DemoMuseumIdAsync(), null);
        await (await viewer.GetAsync($"/api/v1/performance/evaluations?year=2020&museum={other.Code}")).ProblemAsync(HttpStatusCode.Forbidden, "/problems/other-museum");
    }

    private async Task<HttpClient> ViewerOfAsync(Guid home, Guid? granted)
    {
        var email = await app.CreateUserAsync(home, Roles.ProvinceViewer);
        if (granted is { } g)
            await app.InSystemScopeAsync(async (services, _) =>
            {
                var users = services.GetRequiredService<UserManager<AppUser>>();
                return await users.AddClaimAsync((await users.FindByEmailAsync(email))!, new Claim(MuseumClaims.GrantedMuseum, g.ToString()));
            });
        return await app.SignInAsync(email);
    }
}

[Collection("sqlite")]
public sealed class OtherMuseumEvaluationOnSqlite(SqliteApp app) : OtherMuseumEvaluationTests(app);

[Collection("postgres")]
public sealed class OtherMuseumEvaluationOnPostgres(PostgresApp app) : OtherMuseumEvaluationTests(app);
