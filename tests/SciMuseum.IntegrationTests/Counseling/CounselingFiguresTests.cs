using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Counseling;

/// <summary>The center's 2020 counts come from its records; the evaluation's 心理健康讲座 reads them and still totals 87.64.</summary>
public abstract class CounselingFiguresTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/counseling";

    [Fact]
    public async Task The_2020_statistics_give_the_reports_counts_from_individual_records()
    {
        var admin = await app.AdminAsync();
        var s = await admin.GetJsonAsync($"{Url}/statistics?year=2020");
        Assert.InRange(s.GetProperty("hotlineCalls").GetInt32(), 100, 109);
        Assert.InRange(s.GetProperty("parentVisits").GetInt32(), 70, 79);
        Assert.InRange(s.GetProperty("consultations").GetInt32(), 30, 39);
        Assert.InRange(s.GetProperty("roomVisitors").GetInt32(), 500, 599);
        Assert.Equal(35, s.GetProperty("lectures").GetInt32());
        Assert.InRange(s.GetProperty("lectureParticipants").GetInt32(), 1000, 1199);
        Assert.True(s.GetProperty("onlineSessions").GetInt32() > 0);

        var lectures = await admin.GetJsonAsync($"{Url}/lectures?year=2020");
        var items = lectures.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(35, items.Count);
        string[] Places(string date) => [.. items.Where(i => i.GetProperty("date").GetString() == date).Select(i => i.GetProperty("place").GetString()!)];
        Assert.Equal(["华山社区"], Places("2020-05-24"));
        Assert.Equal(["邓州市张井小学", "邓州市杨庄小学"], Places("2020-06-23").Order());
        Assert.Single(Places("2020-06-06"));
        Assert.Single(Places("2020-09-19"));
        var series = lectures.GetProperty("series").EnumerateArray().ToDictionary(x => x.GetProperty("title").GetString()!, x => x);
        var canDo = series.Single(x => x.Key.Contains("你能行")).Value;
        Assert.Equal((7, "2020-07-04", "2020-08-29"), (canDo.GetProperty("sessions").GetInt32(), canDo.GetProperty("first").GetString(), canDo.GetProperty("last").GetString()));
        Assert.True(canDo.GetProperty("participants").GetInt32() >= 300);
        var summer = series.Single(x => x.Key.Contains("成长型父母")).Value;
        Assert.Equal((12, "2020-07-12", "2020-08-23"), (summer.GetProperty("sessions").GetInt32(), summer.GetProperty("first").GetString(), summer.GetProperty("last").GetString()));
        Assert.True(summer.GetProperty("participants").GetInt32() >= 230);
        var autumn = series.Single(x => x.Key.Contains("相亲相爱一家人")).Value;
        Assert.Equal(8, autumn.GetProperty("sessions").GetInt32());
        Assert.True(autumn.GetProperty("participants").GetInt32() >= 150);

        var metric = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=counseling.lectures&year=2020");
        Assert.Equal(35m, metric.GetProperty("value").GetDecimal());
        var calls = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=counseling.hotlineCalls&year=2020");
        Assert.Equal(s.GetProperty("hotlineCalls").GetInt32(), calls.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task The_2020_evaluation_binds_mental_health_lectures_to_the_lecture_records_and_still_totals_87_64()
    {
        var admin = await app.AdminAsync();
        var e = (await admin.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray()
            .Single(x => x.GetProperty("name").GetString() == "2020年度部门整体支出绩效自评");
        var indicator = (await admin.GetJsonAsync(e.GetProperty("indicatorsUrl").GetString()!)).EnumerateArray()
            .Single(x => x.GetProperty("name").GetString() == "心理健康讲座");
        Assert.Equal("counseling.lectures", indicator.GetProperty("metricKey").GetString());
        Assert.Equal("Metric", indicator.GetProperty("source").GetString());
        Assert.Equal(35m, indicator.GetProperty("actual").GetDecimal());
        Assert.Equal(2m, indicator.GetProperty("score").GetDecimal());
        Assert.StartsWith("/staff/counseling/lectures", indicator.GetProperty("sourceLink").GetString());
        Assert.Equal(87.64m, e.GetProperty("totalScore").GetDecimal());
    }

    [Fact]
    public async Task A_call_logged_by_a_counselor_is_counted_and_bad_input_is_refused_field_by_field_without_writing()
    {
        var museum = await app.CreateMuseumAsync();
        var counselor = await app.NewUserAsync(museum.Id, Roles.Counselor);
        await (await counselor.PostAsJsonAsync($"{Url}/calls", new { date = "2021-03-02", durationMinutes = 25, topic = "考试焦虑", referral = "来馆面询" }))
            .JsonAsync(HttpStatusCode.Created);
        await (await counselor.PostAsJsonAsync($"{Url}/visits", new { date = "2021-03-03", kind = "RoomVisit", people = 12 })).JsonAsync(HttpStatusCode.Created);
        await (await counselor.PostAsJsonAsync($"{Url}/lectures", new { date = "2021-03-05", topic = "情绪管理", speaker = "王老师", place = "某小学", placeKind = "School", participants = 80 }))
            .JsonAsync(HttpStatusCode.Created);
        var s = await counselor.GetJsonAsync($"{Url}/statistics?year=2021");
        Assert.Equal((1, 12, 1, 80), (s.GetProperty("hotlineCalls").GetInt32(), s.GetProperty("roomVisitors").GetInt32(), s.GetProperty("lectures").GetInt32(), s.GetProperty("lectureParticipants").GetInt32()));

        var before = await app.InSystemScopeAsync((_, db) => db.HotlineCalls.IgnoreQueryFilters().CountAsync());
        var problem = await (await counselor.PostAsJsonAsync($"{Url}/calls", new { date = "2021-03-02", durationMinutes = -1, topic = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("durationMinutes"));
        Assert.NotEmpty(problem.ErrorsFor("topic"));
        await (await counselor.GetAsync($"{Url}/statistics?year=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await counselor.PostAsJsonAsync($"{Url}/lectures", new { date = "2021-03-05", topic = "x", speaker = "y", place = "z", placeKind = "School", participants = 1, seriesId = Guid.NewGuid(), session = 1 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.HotlineCalls.IgnoreQueryFilters().CountAsync()));

        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsJsonAsync($"{Url}/calls", new { date = "2021-03-02", durationMinutes = 5, topic = "x" })).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class CounselingFiguresOnSqlite(SqliteApp app) : CounselingFiguresTests(app);

[Collection("postgres")]
public sealed class CounselingFiguresOnPostgres(PostgresApp app) : CounselingFiguresTests(app);
