using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>Contests of 2020 from their entries and scores: the report's award tables, organisation awards, spending; set-up by 科技活动部.</summary>
public abstract class ContestTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/competitions";

    private static JsonElement Contest(JsonElement stats, string kind) =>
        stats.GetProperty("contests").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == kind);

    private static (int, int, int) Prizes(JsonElement contest, string category) =>
        contest.GetProperty("awards").EnumerateArray().Where(a => a.GetProperty("category").GetString() == category)
            .Select(a => (a.GetProperty("first").GetInt32(), a.GetProperty("second").GetInt32(), a.GetProperty("third").GetInt32())).Single();

    [Fact]
    public async Task The_2020_innovation_contest_awards_985_works_from_its_scores_as_the_report_lists_them()
    {
        var stats = await (await app.AdminAsync()).GetJsonAsync($"{Url}/statistics?year=2020");
        var innovation = Contest(stats, "Innovation");
        Assert.Equal("第34届南阳市青少年科技创新大赛", innovation.GetProperty("name").GetString());
        Assert.Equal(985, innovation.GetProperty("awardedEntries").GetInt32());
        Assert.Equal((31, 45, 81), Prizes(innovation, "青少年科技创新成果"));
        Assert.Equal((5, 6, 11), Prizes(innovation, "科技辅导员科教创新成果"));
        Assert.Equal((4, 3, 6), Prizes(innovation, "优秀科技实践活动"));
        Assert.Equal((138, 213, 357), Prizes(innovation, "科学幻想画"));
        Assert.Equal((5, 10, 19), Prizes(innovation, "青少年科学DV"));
        Assert.Equal((11, 16, 24), Prizes(innovation, "青少年科技创意作品"));
        var org = innovation.GetProperty("organisationAwards").EnumerateArray().ToDictionary(o => o.GetProperty("title").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal(18, org["优秀组织单位"]);
        Assert.Equal(24, org["优秀组织学校"]);
    }

    [Fact]
    public async Task The_2020_robot_contest_has_412_teams_of_867_students_and_344_prizes_in_eight_events()
    {
        var stats = await (await app.AdminAsync()).GetJsonAsync($"{Url}/statistics?year=2020");
        var robot = Contest(stats, "Robot");
        Assert.Equal(867, robot.GetProperty("participants").GetInt32());
        Assert.Equal(412, robot.GetProperty("teams").GetInt32());
        var awards = robot.GetProperty("awards").EnumerateArray().ToList();
        Assert.Equal(8, awards.Count);
        Assert.Equal(344, awards.Sum(a => a.GetProperty("first").GetInt32() + a.GetProperty("second").GetInt32() + a.GetProperty("third").GetInt32()));
        Assert.Equal((22, 22, 29), Prizes(robot, "无人机障碍赛"));
        Assert.Equal((38, 37, 46), Prizes(robot, "创意赛B"));
        var org = robot.GetProperty("organisationAwards").EnumerateArray().ToDictionary(o => o.GetProperty("title").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal(10, org["十佳机器人学校"]);
        Assert.Equal(22, org["优秀辅导教师"]);

        var programming = Contest(stats, "Programming");
        Assert.Equal(51.6m, programming.GetProperty("spending").GetProperty("rate").GetDecimal());
        var ai = Contest(stats, "AiActivity");
        Assert.Equal(22, ai.GetProperty("schools").GetInt32());
        Assert.Equal(4, ai.GetProperty("distinguishedSchools").GetInt32());
        Assert.Equal(32m, ai.GetProperty("classes").GetProperty("onlineHours").GetDecimal());
        Assert.Equal(16m, ai.GetProperty("classes").GetProperty("offlineHours").GetDecimal());
        Assert.True(ai.GetProperty("participants").GetInt32() > 3000);
    }

    [Fact]
    public async Task The_contest_metrics_give_985_awarded_works_400_plus_teams_and_the_programming_spending()
    {
        var admin = await app.AdminAsync();
        async Task<decimal> Metric(string key, string argument) =>
            (await admin.GetJsonAsync($"/api/v1/performance/metrics/value?key={key}&argument={argument}&year=2020")).GetProperty("value").GetDecimal();
        Assert.Equal(985m, await Metric("competitions.awardedEntries", "innovation"));
        Assert.Equal(412m, await Metric("competitions.teams", "robot"));
        Assert.Equal(867m, await Metric("competitions.participants", "robot"));
        Assert.Equal(51.6m, await Metric("competitions.spendingRate", "programming"));
    }

    [Fact]
    public async Task A_ranking_states_its_tie_rule_and_places_every_entry_once()
    {
        var admin = await app.AdminAsync();
        var contests = await admin.GetJsonAsync($"{Url}/contests?year=2020");
        var id = contests.EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Innovation").GetProperty("id").GetGuid();
        var results = await admin.GetJsonAsync($"{Url}/contests/{id}/results");
        var dv = results.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "青少年科学DV");
        Assert.Contains("去掉一个最高分和一个最低分", dv.GetProperty("tieRule").GetString());
        var rows = dv.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(5, rows[0].GetProperty("judges").GetInt32());
        Assert.Equal("First", rows[0].GetProperty("prize").GetString());
        Assert.Equal(JsonValueKind.Null, rows[^1].GetProperty("prize").ValueKind);
        Assert.DoesNotContain("guardianPhone", results.GetRawText());
    }

    [Fact]
    public async Task Science_activities_set_up_a_contest_with_a_judged_category_and_a_gate_clerk_may_not()
    {
        var museum = await app.CreateMuseumAsync();
        var staff = await app.NewUserAsync(museum.Id, Roles.ScienceActivities);
        var contest = await (await staff.PostAsJsonAsync($"{Url}/contests", new { year = 2021, name = "第35届青少年科技创新大赛", kind = "Innovation", edition = 35, registrationDeadline = "2021-10-31", judgingDate = "2021-11-20" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = contest.GetProperty("id").GetGuid();
        var category = new
        {
            name = "科学幻想画", entryKind = "Individual", maxTeamSize = 1, scoring = "Judges", prizeMode = "Quota", first = 2, second = 3, third = 5,
            criteria = new[] { new { name = "想象力", weight = 40, maxPoints = 10 }, new { name = "科学性", weight = 60, maxPoints = 10 } },
        };
        await (await staff.PostAsJsonAsync($"{Url}/contests/{id}/categories", category)).JsonAsync(HttpStatusCode.Created);
        var stats = await staff.GetJsonAsync($"{Url}/statistics?year=2021");
        var row = Assert.Single(stats.GetProperty("contests").EnumerateArray());
        Assert.Equal("科学幻想画", Assert.Single(row.GetProperty("awards").EnumerateArray()).GetProperty("category").GetString());

        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsJsonAsync($"{Url}/contests", new { year = 2021, name = "x", kind = "Robot" })).StatusCode);
        // Another museum neither sees nor changes this contest.
        var other = await app.AdminAsync();
        await (await other.PostAsJsonAsync($"{Url}/contests/{id}/categories", category)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"{Url}/contests/{id}/results")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_events_rounds_round_trip_through_set_up_and_out_of_range_rounds_are_refused_in_both_languages()
    {
        var admin = await app.AdminAsync();
        var contest = (await (await admin.PostAsJsonAsync($"{Url}/contests", new { year = 2023, name = "第6届青少年机器人竞赛", kind = "Robot" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        object Event(int rounds) => new { name = "智能班车", entryKind = "Team", maxTeamSize = 3, scoring = "Matches", prizeMode = "Quota", first = 1, second = 1, third = 1, rounds };
        var created = await (await admin.PostAsJsonAsync($"{Url}/contests/{contest}/categories", Event(4))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(4, created.GetProperty("rounds").GetInt32());
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(4, (await admin.GetJsonAsync($"{Url}/categories/{id}/matches")).GetProperty("rounds").GetInt32());

        var chinese = await (await admin.PutAsJsonAsync($"{Url}/contests/{contest}/categories/{id}", Event(21))).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["场次须在 1–20 之间。"], chinese.ErrorsFor("rounds"));
        admin.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await (await admin.PutAsJsonAsync($"{Url}/contests/{contest}/categories/{id}", Event(0))).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(["Between 1 and 20 rounds."], english.ErrorsFor("rounds"));
        Assert.Equal(4, await app.InSystemScopeAsync((_, db) => db.ContestCategories.Where(c => c.Id == id).Select(c => c.Rounds).SingleAsync()));

        var changed = await (await admin.PutAsJsonAsync($"{Url}/contests/{contest}/categories/{id}", Event(6))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(6, changed.GetProperty("rounds").GetInt32());
        Assert.Equal(6, (await admin.GetJsonAsync($"{Url}/categories/{id}/matches")).GetProperty("rounds").GetInt32());
    }

    [Fact]
    public async Task A_category_with_bad_fields_is_refused_field_by_field_and_nothing_is_written()
    {
        var admin = await app.AdminAsync();
        var contest = await (await admin.PostAsJsonAsync($"{Url}/contests", new { year = 2022, name = "测试竞赛", kind = "Robot" })).JsonAsync(HttpStatusCode.Created);
        var id = contest.GetProperty("id").GetGuid();
        var before = await app.InSystemScopeAsync((_, db) => db.ContestCategories.IgnoreQueryFilters().CountAsync());
        var problem = await (await admin.PostAsJsonAsync($"{Url}/contests/{id}/categories", new
            {
                name = "", entryKind = "Individual", maxTeamSize = 3, scoring = "Judges", prizeMode = "Quota", first = 1.5, second = -1, third = 1,
                criteria = new[] { new { name = "创意", weight = 50, maxPoints = 10 }, new { name = "", weight = 30, maxPoints = 10 }, new { name = "实现", weight = 20, maxPoints = 0 } },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("name"));
        Assert.NotEmpty(problem.ErrorsFor("maxTeamSize"));
        Assert.NotEmpty(problem.ErrorsFor("first"));
        Assert.NotEmpty(problem.ErrorsFor("second"));
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("criteria[1]", StringComparison.Ordinal));
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("criteria[2]", StringComparison.Ordinal));
        await (await admin.PostAsJsonAsync($"{Url}/contests/{id}/categories", new
            {
                name = "创意赛", entryKind = "Team", maxTeamSize = 3, scoring = "Judges", prizeMode = "Quota", first = 1, second = 1, third = 1,
                criteria = new object?[] { new { name = "创意", weight = 100, maxPoints = 10 }, null },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        var weights = await (await admin.PostAsJsonAsync($"{Url}/contests/{id}/categories", new
            {
                name = "创意赛", entryKind = "Team", maxTeamSize = 3, scoring = "Judges", prizeMode = "Quota", first = 1, second = 1, third = 1,
                criteria = new[] { new { name = "创意", weight = 50, maxPoints = 10 } },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(weights.ErrorsFor("criteria"));
        await (await admin.PostAsJsonAsync($"{Url}/contests", new { year = 0, name = "x", kind = "Robot" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync($"{Url}/statistics?year=0")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.ContestCategories.IgnoreQueryFilters().CountAsync()));
    }
}

[Collection("sqlite")]
public sealed class ContestsOnSqlite(SqliteApp app) : ContestTests(app);

[Collection("postgres")]
public sealed class ContestsOnPostgres(PostgresApp app) : ContestTests(app);
