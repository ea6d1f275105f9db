using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>A school registers entries with the access code 科技活动部 issued it; the contest's rules refuse what they must.</summary>
public abstract class RegistrationTests(SciMuseumApp app)
{
    private sealed record School(HttpClient Staff, string Q, Guid ContestId, Guid CategoryId, string Code);

    private async Task<School> OpenContestAsync()
    {
        var museum = await app.CreateMuseumAsync();
        var staff = await app.NewUserAsync(museum.Id, Roles.ScienceActivities);
        var contest = await (await staff.PostAsJsonAsync("/api/v1/competitions/contests",
            new { year = 2030, name = "第44届青少年科技创新大赛", kind = "Innovation", registrationDeadline = "2099-12-31" })).JsonAsync(HttpStatusCode.Created);
        var contestId = contest.GetProperty("id").GetGuid();
        var category = await (await staff.PostAsJsonAsync($"/api/v1/competitions/contests/{contestId}/categories", new
        {
            name = "青少年科学DV", entryKind = "Team", maxTeamSize = 2, scoring = "Judges", prizeMode = "Quota", first = 1, second = 1, third = 1,
            criteria = new[] { new { name = "科学性", weight = 100, maxPoints = 10 } },
        })).JsonAsync(HttpStatusCode.Created);
        var unit = await (await staff.PostAsJsonAsync($"/api/v1/competitions/contests/{contestId}/units",
            new { name = "南阳市第九小学", kind = "School", contactName = "李老师", contactPhone = "13800000001" })).JsonAsync(HttpStatusCode.Created);
        var issued = await (await staff.PostAsync($"/api/v1/competitions/units/{unit.GetProperty("id").GetGuid()}/access-code", null)).JsonAsync(HttpStatusCode.OK);
        return new School(staff, $"museum={museum.Code}", contestId, category.GetProperty("id").GetGuid(), issued.GetProperty("code").GetString()!);
    }

    private Task<HttpResponseMessage> RegisterAsync(School s, string title, params (string Name, string Phone)[] students) =>
        app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/entries?{s.Q}", new
        {
            code = s.Code, categoryId = s.CategoryId, title, link = "https://video.example.cn/1", advisor = "李老师",
            entrants = students.Select(x => new { name = x.Name, grade = "五年级", guardianPhone = x.Phone }).ToArray(),
        });

    private Task<int> EntriesAsync(Guid contestId) => app.InSystemScopeAsync((_, db) => db.ContestEntries.IgnoreQueryFilters().CountAsync(e => e.ContestId == contestId));

    [Fact]
    public async Task A_school_registers_a_team_with_its_code_and_sees_it_without_anyones_phone()
    {
        var s = await OpenContestAsync();
        var entry = await (await RegisterAsync(s, "水的旅行", ("王小明", "13912340001"), ("李小红", "13912340002"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, entry.GetProperty("number").GetInt32());
        var view = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/school?{s.Q}", new { code = s.Code.ToLowerInvariant() })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("南阳市第九小学", view.GetProperty("school").GetString());
        var mine = Assert.Single(view.GetProperty("entries").EnumerateArray());
        Assert.Equal(["王小明", "李小红"], mine.GetProperty("entrants").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("1391234", view.GetRawText());
        // Staff see it ranked (unscored, so without a prize).
        var results = await s.Staff.GetJsonAsync($"/api/v1/competitions/contests/{s.ContestId}/results");
        Assert.Equal("水的旅行", results.GetProperty("categories")[0].GetProperty("entries")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_oversized_team_a_student_twice_in_the_event_and_an_unknown_code_are_refused_and_nothing_is_written()
    {
        var s = await OpenContestAsync();
        await (await RegisterAsync(s, "第一件", ("王小明", "13912340001"))).JsonAsync(HttpStatusCode.Created);
        var before = await EntriesAsync(s.ContestId);

        var twice = await (await RegisterAsync(s, "第二件", ("张三", "13912340003"), ("王小明", "13912340001"))).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains("王小明", Assert.Single(twice.ErrorsFor("entrants[1]")));
        var oversized = await (await RegisterAsync(s, "第三件", ("甲", "13912340004"), ("乙", "13912340005"), ("丙", "13912340006"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("最多 2 人", Assert.Single(oversized.ErrorsFor("entrants")));
        var unknown = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/entries?{s.Q}", new
            {
                code = "WRONGCODE1", categoryId = s.CategoryId, title = "x", entrants = new[] { new { name = "甲", grade = "一年级", guardianPhone = "13912340007" } },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknown.ErrorsFor("code"));
        var bad = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/entries?{s.Q}", new
            {
                code = s.Code, categoryId = s.CategoryId, title = "", link = "javascript:alert(1)", entrants = new[] { new { name = "甲", grade = "", guardianPhone = "123" } },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.ErrorsFor("title"));
        Assert.NotEmpty(bad.ErrorsFor("link"));
        Assert.NotEmpty(bad.ErrorsFor("entrants[0].guardianPhone"));
        Assert.Equal(before, await EntriesAsync(s.ContestId));
    }

    [Fact]
    public async Task After_the_deadline_an_entry_is_refused()
    {
        var s = await OpenContestAsync();
        await (await s.Staff.PutAsJsonAsync($"/api/v1/competitions/contests/{s.ContestId}",
            new { year = 2030, name = "第44届青少年科技创新大赛", kind = "Innovation", registrationDeadline = "2020-10-31" })).JsonAsync(HttpStatusCode.OK);
        var closed = await (await RegisterAsync(s, "迟到的作品", ("王小明", "13912340001"))).ProblemAsync(HttpStatusCode.Conflict, "/problems/registration-closed");
        Assert.Contains("2020-10-31", closed.GetProperty("detail").GetString());
        Assert.Equal(0, await EntriesAsync(s.ContestId));
        // Only 科技活动部 and the leaders issue codes.
        var gate = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsync($"/api/v1/competitions/units/{Guid.NewGuid()}/access-code", null)).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class RegistrationOnSqlite(SqliteApp app) : RegistrationTests(app);

[Collection("postgres")]
public sealed class RegistrationOnPostgres(PostgresApp app) : RegistrationTests(app);
