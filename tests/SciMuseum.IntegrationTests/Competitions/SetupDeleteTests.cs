using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>
/// The set-up page deletes a contest, a category or an event while nobody has entered it; once a school has, the delete is
/// refused with a bilingual RFC 9457 problem and nothing is written.
/// </summary>
public abstract class SetupDeleteTests(SciMuseumApp app)
{
    [Fact]
    public async Task A_contest_and_a_category_without_entries_are_deleted_with_their_criteria()
    {
        var museum = await app.CreateMuseumAsync();
        var staff = await app.NewUserAsync(museum.Id, Roles.ScienceActivities);
        var contestId = (await (await staff.PostAsJsonAsync("/api/v1/competitions/contests",
            new { year = 2031, name = "第45届青少年科技创新大赛", kind = "Innovation", registrationDeadline = "2099-06-30", judgingDate = "2099-07-20" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var categories = new List<Guid>();
        foreach (var name in new[] { "科学幻想画", "青少年科学DV" })
            categories.Add((await (await staff.PostAsJsonAsync($"/api/v1/competitions/contests/{contestId}/categories", new
            {
                name, entryKind = "Individual", maxTeamSize = 1, scoring = "Judges", prizeMode = "Quota", first = 1, second = 1, third = 1,
                criteria = new[] { new { name = "科学性", weight = 60, maxPoints = 10 }, new { name = "创新性", weight = 40, maxPoints = 10 } },
            })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/competitions/categories/{categories[0]}")).StatusCode);
        var left = await app.InSystemScopeAsync((_, db) => db.ContestCategories.Where(c => c.ContestId == contestId).Select(c => c.Id).ToListAsync());
        Assert.Equal(new[] { categories[1] }, left);
        Assert.Equal(0, await app.InSystemScopeAsync((_, db) => db.ContestCriteria.CountAsync(c => c.CategoryId == categories[0])));
        Assert.Equal(2, await app.InSystemScopeAsync((_, db) => db.ContestCriteria.CountAsync(c => c.CategoryId == categories[1])));
        // Soft-deleted: the rows are still there for the audit log's sake, and the log names the delete.
        Assert.True(await app.InSystemScopeAsync((_, db) => db.ContestCategories.IgnoreQueryFilters().AnyAsync(c => c.Id == categories[0] && c.IsDeleted)));
        Assert.True(await app.InSystemScopeAsync((_, db) => db.AuditEntries.AnyAsync(a => a.EntityKey == categories[0].ToString()
            && a.Action == Core.Audit.AuditAction.SoftDelete)));

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/competitions/contests/{contestId}")).StatusCode);
        var listed = await staff.GetJsonAsync("/api/v1/competitions/contests?year=2031");
        Assert.DoesNotContain(listed.EnumerateArray(), c => c.GetProperty("id").GetGuid() == contestId);
        Assert.Equal(0, await app.InSystemScopeAsync((_, db) => db.ContestCategories.CountAsync(c => c.ContestId == contestId)));
        await (await staff.DeleteAsync($"/api/v1/competitions/contests/{contestId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await staff.DeleteAsync($"/api/v1/competitions/categories/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_contest_or_category_with_entries_is_refused_in_both_languages_and_nothing_is_written()
    {
        var c = await AwardsTests.ScoredContestAsync(app, signOff: false);
        var category = await app.RefusedWithoutWritingAsync(() => c.Staff.DeleteAsync($"/api/v1/competitions/categories/{c.CategoryId}"),
            HttpStatusCode.Conflict, "/problems/has-entries");
        Assert.Contains("科学幻想画", category.GetProperty("detail").GetString());
        Assert.Contains("已有 3 件参赛作品，不能删除", category.GetProperty("detail").GetString());
        var contest = await app.RefusedWithoutWritingAsync(() => c.Staff.DeleteAsync($"/api/v1/competitions/contests/{c.ContestId}"),
            HttpStatusCode.Conflict, "/problems/has-entries");
        Assert.Contains("第44届青少年科技创新大赛", contest.GetProperty("detail").GetString());

        using var english = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/competitions/contests/{c.ContestId}");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await c.Staff.SendAsync(english)).ProblemAsync(HttpStatusCode.Conflict, "/problems/has-entries");
        Assert.Contains("has 3 entries and cannot be deleted", problem.GetProperty("detail").GetString());

        Assert.True(await app.InSystemScopeAsync((_, db) => db.ContestCategories.AnyAsync(x => x.Id == c.CategoryId)));
        Assert.Equal(1, await app.InSystemScopeAsync((_, db) => db.ContestCriteria.CountAsync(x => x.CategoryId == c.CategoryId)));
        Assert.True(await app.InSystemScopeAsync((_, db) => db.Contests.AnyAsync(x => x.Id == c.ContestId)));

        var museum = await app.InSystemScopeAsync((_, db) => db.Contests.Where(x => x.Id == c.ContestId).Select(x => x.MuseumId).SingleAsync());
        var gate = await app.NewUserAsync(museum, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.DeleteAsync($"/api/v1/competitions/contests/{c.ContestId}")).StatusCode);
        var other = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.ScienceActivities);
        await app.RefusedWithoutWritingAsync(() => other.DeleteAsync($"/api/v1/competitions/categories/{c.CategoryId}"), HttpStatusCode.NotFound);
    }
}

[Collection("sqlite")]
public sealed class SetupDeleteOnSqlite(SqliteApp app) : SetupDeleteTests(app);

[Collection("postgres")]
public sealed class SetupDeleteOnPostgres(PostgresApp app) : SetupDeleteTests(app);
