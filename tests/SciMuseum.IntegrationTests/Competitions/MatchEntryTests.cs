using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>
/// Robot matches entered at the venue: one result per team and round, the live ranking by points then fewer seconds (the
/// award tables' own ranking), corrections audited with a reason, sign-off that locks, bad input refused field by field.
/// </summary>
public abstract class MatchEntryTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/competitions";

    /// <summary>
    /// A robot contest with 擂台赛 (matches, 2 rounds, one first and one second prize) holding teams no. 1 and 2, a judged
    /// 创意赛 with team no. 3, and a second contest's match event with its own team.
    /// </summary>
    private sealed record Setup(HttpClient Staff, Guid MuseumId, Guid ContestId, Guid Event, Guid Judged, Guid[] Teams, Guid JudgedTeam, Guid OtherContestTeam);

    private async Task<Setup> ContestAsync()
    {
        var museum = await app.CreateMuseumAsync();
        var staff = await app.NewUserAsync(museum.Id, Roles.ScienceActivities);
        var q = $"museum={museum.Code}";
        async Task<JsonElement> Post(string url, object body) => await (await staff.PostAsJsonAsync(url, body)).JsonAsync(HttpStatusCode.Created);
        async Task<(Guid Contest, string Code)> Contest(string name)
        {
            var id = (await Post($"{Url}/contests", new { year = 2030, name, kind = "Robot", registrationDeadline = "2099-12-31" })).GetProperty("id").GetGuid();
            var unit = (await Post($"{Url}/contests/{id}/units", new { name = "南阳市第九小学", kind = "School", contactName = "联系人", contactPhone = "13800000001" })).GetProperty("id").GetGuid();
            return (id, (await (await staff.PostAsync($"{Url}/units/{unit}/access-code", null)).JsonAsync(HttpStatusCode.OK)).GetProperty("code").GetString()!);
        }
        async Task<Guid> Event(Guid contest, string name, int rounds) =>
            (await Post($"{Url}/contests/{contest}/categories", new
            {
                name, entryKind = "Team", maxTeamSize = 3, scoring = "Matches", prizeMode = "Quota", first = 1, second = 1, third = 0, rounds,
            })).GetProperty("id").GetGuid();
        var n = 0;
        async Task<Guid> Team(string code, Guid category, string title) =>
            (await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/entries?{q}", new
            {
                code, categoryId = category, title, advisor = "刘老师",
                entrants = new[] { new { name = $"队员{++n}", grade = "六年级", guardianPhone = $"139123400{n:00}" } },
            })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var (contest, code) = await Contest("第13届青少年机器人竞赛");
        var arena = await Event(contest, "擂台赛", 2);
        Assert.Equal(2, (await staff.GetJsonAsync($"{Url}/categories/{arena}/matches")).GetProperty("rounds").GetInt32());
        var judged = (await Post($"{Url}/contests/{contest}/categories", new
        {
            name = "创意赛", entryKind = "Team", maxTeamSize = 3, scoring = "Judges", prizeMode = "Quota", first = 1, second = 0, third = 0,
            criteria = new[] { new { name = "创意", weight = 100, maxPoints = 10 } },
        })).GetProperty("id").GetGuid();
        Guid[] teams = [await Team(code, arena, "雷霆队"), await Team(code, arena, "闪电队")];
        var judgedTeam = await Team(code, judged, "创客队");
        var (other, otherCode) = await Contest("第14届青少年机器人竞赛");
        var otherTeam = await Team(otherCode, await Event(other, "擂台赛", 3), "外赛队");
        return new Setup(staff, museum.Id, contest, arena, judged, teams, judgedTeam, otherTeam);
    }

    private static Task<HttpResponseMessage> RecordAsync(Setup s, Guid entry, int round, decimal points, int? seconds, Guid? category = null) =>
        s.Staff.PostAsJsonAsync($"{Url}/matches", new { categoryId = category ?? s.Event, entryId = entry, round, points, seconds });

    private Task<int> MatchesAsync(Setup s) => app.InSystemScopeAsync((_, db) =>
        db.ContestMatchResults.IgnoreQueryFilters().CountAsync(m => m.MuseumId == s.MuseumId));

    private static List<(int Number, decimal? Points, string? Prize)> Ranking(JsonElement board) =>
        [.. board.GetProperty("ranking").EnumerateArray().Select(r => (r.GetProperty("number").GetInt32(),
            r.GetProperty("points").ValueKind == JsonValueKind.Null ? (decimal?)null : r.GetProperty("points").GetDecimal(), r.GetProperty("prize").GetString()))];

    [Fact]
    public async Task Matches_entered_one_by_one_rank_the_event_by_points_then_fewer_seconds_as_the_award_table_does()
    {
        var s = await ContestAsync();
        var created = await (await RecordAsync(s, s.Teams[0], 1, 50, 90)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((1, 1, 50m), (created.GetProperty("number").GetInt32(), created.GetProperty("round").GetInt32(), created.GetProperty("points").GetDecimal()));
        await (await RecordAsync(s, s.Teams[1], 1, 50, 80)).JsonAsync(HttpStatusCode.Created);

        // Level on points: the team that took fewer seconds is ahead.
        var board = await s.Staff.GetJsonAsync($"{Url}/categories/{s.Event}/matches");
        Assert.Equal([(2, 50m, "First"), (1, 50m, "Second")], Ranking(board));
        Assert.Contains("用时少者在前", board.GetProperty("tieRule").GetString());

        await (await RecordAsync(s, s.Teams[0], 2, 30.5m, null)).JsonAsync(HttpStatusCode.Created);
        board = await s.Staff.GetJsonAsync($"{Url}/categories/{s.Event}/matches");
        Assert.Equal([(1, 80.5m, "First"), (2, 50m, "Second")], Ranking(board));
        Assert.Equal(3, board.GetProperty("matches").GetArrayLength());
        Assert.Equal(2, board.GetProperty("ranking")[0].GetProperty("played").GetInt32());

        var results = await s.Staff.GetJsonAsync($"{Url}/contests/{s.ContestId}/results?category={s.Event}");
        var first = results.GetProperty("categories")[0].GetProperty("entries")[0];
        Assert.Equal((1, 80.5m, "First"), (first.GetProperty("number").GetInt32(), first.GetProperty("score").GetDecimal(), first.GetProperty("prize").GetString()));
    }

    [Fact]
    public async Task Bad_matches_are_refused_field_by_field_and_nothing_is_written()
    {
        var s = await ContestAsync();
        await (await RecordAsync(s, s.Teams[0], 1, 40, 100)).JsonAsync(HttpStatusCode.Created);
        var before = await MatchesAsync(s);

        async Task<string> Refused(Task<HttpResponseMessage> send, string field)
        {
            var problem = await (await send).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
            return Assert.Single(problem.ErrorsFor(field));
        }
        Assert.Contains("由评委打分", await Refused(RecordAsync(s, s.JudgedTeam, 1, 40, null, s.Judged), "categoryId"));
        Assert.Contains("没有报名擂台赛", await Refused(RecordAsync(s, s.JudgedTeam, 1, 40, null), "entryId"));
        Assert.Contains("没有报名擂台赛", await Refused(RecordAsync(s, s.OtherContestTeam, 1, 40, null), "entryId"));
        Assert.Contains("1–2", await Refused(RecordAsync(s, s.Teams[1], 3, 40, null), "round"));
        Assert.NotEmpty(await Refused(RecordAsync(s, s.Teams[1], 0, 40, null), "round"));
        Assert.Contains("已录入（40 分）", await Refused(RecordAsync(s, s.Teams[0], 1, 45, null), "round"));
        Assert.Contains("不能为负", await Refused(RecordAsync(s, s.Teams[1], 1, -1, null), "points"));
        Assert.Contains("0–3,600", await Refused(RecordAsync(s, s.Teams[1], 1, 40, -5), "seconds"));
        Assert.Contains("0–3,600", await Refused(RecordAsync(s, s.Teams[1], 1, 40, 3601), "seconds"));
        var missing = await (await s.Staff.PostAsJsonAsync($"{Url}/matches", new { categoryId = s.Event, entryId = s.Teams[1], round = 1 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(missing.ErrorsFor("points"));
        Assert.Equal(before, await MatchesAsync(s));

        // Reading a judged category's matches is refused too, and another museum sees no such event.
        await (await s.Staff.GetAsync($"{Url}/categories/{s.Judged}/matches")).ProblemAsync(HttpStatusCode.Conflict, "/problems/scored-by-judges");
        var stranger = await app.NewUserAsync((await app.CreateMuseumAsync()).Id, Roles.ScienceActivities);
        await (await stranger.GetAsync($"{Url}/categories/{s.Event}/matches")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.NewUserAsync(s.MuseumId, Roles.Office)).PostAsJsonAsync($"{Url}/matches", new { })).StatusCode);
    }

    [Fact]
    public async Task A_correction_is_audited_with_its_reason_and_sign_off_locks_the_event()
    {
        var s = await ContestAsync();
        var match = (await (await RecordAsync(s, s.Teams[0], 1, 40, 100)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await s.Staff.PutAsJsonAsync($"{Url}/matches/{match}", new { points = 45, seconds = 100, reason = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        var corrected = await (await s.Staff.PutAsJsonAsync($"{Url}/matches/{match}", new { points = 45, seconds = 95, reason = "裁判复核录像，漏计一个得分区" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal((45m, 95), (corrected.GetProperty("points").GetDecimal(), corrected.GetProperty("seconds").GetInt32()));
        var audit = await app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters()
            .SingleAsync(a => a.MuseumId == s.MuseumId && a.Entity == nameof(MatchResult) && a.Action == AuditAction.Update));
        Assert.Contains("漏计一个得分区", audit.Reason);
        Assert.Contains("40", audit.Before);
        Assert.Contains("45", audit.After);

        await (await s.Staff.PostAsync($"{Url}/categories/{s.Event}/sign-off", null)).JsonAsync(HttpStatusCode.OK);
        var before = await MatchesAsync(s);
        var late = await (await RecordAsync(s, s.Teams[1], 1, 60, 70)).ProblemAsync(HttpStatusCode.Conflict, "/problems/signed-off");
        Assert.Contains("签发锁定", late.GetProperty("detail").GetString());
        await (await s.Staff.PutAsJsonAsync($"{Url}/matches/{match}", new { points = 99, reason = "再改" })).ProblemAsync(HttpStatusCode.Conflict, "/problems/signed-off");
        Assert.Equal(before, await MatchesAsync(s));
        Assert.True((await s.Staff.GetJsonAsync($"{Url}/categories/{s.Event}/matches")).GetProperty("signedOff").GetBoolean());

        var stranger = await app.NewUserAsync((await app.CreateMuseumAsync()).Id, Roles.ScienceActivities);
        await (await stranger.PutAsJsonAsync($"{Url}/matches/{match}", new { points = 1, reason = "x" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Two_phones_saving_the_same_match_at_once_write_it_once_and_the_unique_index_is_the_final_guard()
    {
        var s = await ContestAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => RecordAsync(s, s.Teams[1], 2, 60 + i, 70)));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
        Assert.Equal(1, await MatchesAsync(s));

        // Past the handler's check (a write that skipped it), the database itself refuses a second result for the round.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => app.InSystemScopeAsync(async (_, db) =>
        {
            db.ContestMatchResults.Add(new MatchResult { MuseumId = s.MuseumId, EntryId = s.Teams[1], Round = 2, Points = 1 });
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(1, await MatchesAsync(s));
    }

    [Fact]
    public async Task The_2020_robot_events_rank_their_demo_matches_into_the_award_tables_prizes()
    {
        var admin = await app.AdminAsync();
        var stats = await admin.GetJsonAsync($"{Url}/statistics?year=2020");
        var robot = stats.GetProperty("contests").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Robot");
        var arena = robot.GetProperty("awards").EnumerateArray().Single(a => a.GetProperty("category").GetString() == "擂台赛");
        var board = await admin.GetJsonAsync($"{Url}/categories/{arena.GetProperty("categoryId").GetGuid()}/matches");
        var prizes = Ranking(board).Select(r => r.Prize).ToList();
        Assert.Equal((16, 17, 21), (prizes.Count(p => p == "First"), prizes.Count(p => p == "Second"), prizes.Count(p => p == "Third")));
        Assert.Equal(3, board.GetProperty("rounds").GetInt32());
        Assert.Equal(board.GetProperty("teams").GetArrayLength() * 3, board.GetProperty("matches").GetArrayLength());
    }
}

[Collection("sqlite")]
public sealed class MatchEntryOnSqlite(SqliteApp app) : MatchEntryTests(app);

[Collection("postgres")]
public sealed class MatchEntryOnPostgres(PostgresApp app) : MatchEntryTests(app);
