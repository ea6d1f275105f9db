using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>
/// Judging: judges as one identity each, conflicts checked before a panel is formed, anonymised review, scores by access
/// code refused for what a judge may not score, the panel's mean and flags, sign-off that locks and an audited re-open.
/// </summary>
public abstract class JudgingTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/competitions";

    /// <summary>A contest with one judged category and three entries: no. 1 from 第九小学 advised by 张伟, no. 2 by 李小红 of 第十小学, no. 3 from 第十小学.</summary>
    private sealed record Setup(HttpClient Staff, string Q, Guid ContestId, Guid CategoryId, Guid[] Criteria, Guid[] Entries, Guid SchoolA, Guid SchoolB);

    private async Task<Setup> ContestAsync()
    {
        var museum = await app.CreateMuseumAsync();
        var staff = await app.NewUserAsync(museum.Id, Roles.ScienceActivities);
        var q = $"museum={museum.Code}";
        var contest = await (await staff.PostAsJsonAsync($"{Url}/contests",
            new { year = 2030, name = "第44届青少年科技创新大赛", kind = "Innovation", registrationDeadline = "2099-12-31" })).JsonAsync(HttpStatusCode.Created);
        var contestId = contest.GetProperty("id").GetGuid();
        var category = await (await staff.PostAsJsonAsync($"{Url}/contests/{contestId}/categories", new
        {
            name = "青少年科技创新成果", entryKind = "Individual", maxTeamSize = 1, scoring = "Judges", prizeMode = "Quota", first = 1, second = 1, third = 1,
            criteria = new[] { new { name = "创新性", weight = 60, maxPoints = 10 }, new { name = "科学性", weight = 40, maxPoints = 10 } },
        })).JsonAsync(HttpStatusCode.Created);
        var categoryId = category.GetProperty("id").GetGuid();
        async Task<(Guid Id, string Code)> School(string name)
        {
            var unit = await (await staff.PostAsJsonAsync($"{Url}/contests/{contestId}/units",
                new { name, kind = "School", contactName = "联系人", contactPhone = "13800000001" })).JsonAsync(HttpStatusCode.Created);
            var id = unit.GetProperty("id").GetGuid();
            return (id, (await (await staff.PostAsync($"{Url}/units/{id}/access-code", null)).JsonAsync(HttpStatusCode.OK)).GetProperty("code").GetString()!);
        }
        var a = await School("南阳市第九小学");
        var b = await School("南阳市第十小学");
        async Task<Guid> Register(string code, string title, string student, string phone, string advisor) =>
            (await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/entries?{q}", new
            {
                code, categoryId, title, link = "https://video.example.cn/1", advisor,
                entrants = new[] { new { name = student, grade = "五年级", guardianPhone = phone } },
            })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Guid[] entries =
        [
            await Register(a.Code, "会走路的风筝", "王小明", "13912340001", "张伟老师"),
            await Register(b.Code, "雨水回收花园", "李小红", "13912340002", "刘老师"),
            await Register(b.Code, "智能垃圾桶", "赵小刚", "13912340003", "刘老师"),
        ];
        var criteria = await app.InSystemScopeAsync((_, db) => db.ContestCriteria.IgnoreQueryFilters().Where(c => c.CategoryId == categoryId)
            .OrderBy(c => c.SortOrder).Select(c => c.Id).ToArrayAsync());
        return new Setup(staff, q, contestId, categoryId, criteria, entries, a.Id, b.Id);
    }

    private static async Task<(Guid Id, string Code)> JudgeAsync(Setup s, object judge)
    {
        var created = await (await s.Staff.PostAsJsonAsync($"{Url}/contests/{s.ContestId}/judges", judge)).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var code = (await (await s.Staff.PostAsync($"{Url}/judges/{id}/access-code", null)).JsonAsync(HttpStatusCode.OK)).GetProperty("code").GetString()!;
        return (id, code);
    }

    private static async Task<JsonElement> AssignAsync(Setup s, Guid judgeId) =>
        await (await s.Staff.PostAsJsonAsync($"{Url}/categories/{s.CategoryId}/judges", new { judgeId })).JsonAsync(HttpStatusCode.OK);

    private Task<HttpResponseMessage> ScoreAsync(Setup s, string code, Guid entry, decimal first, decimal second) =>
        app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/scores?{s.Q}", new
        {
            code, entryId = entry, points = new[] { new { criterionId = s.Criteria[0], points = first }, new { criterionId = s.Criteria[1], points = second } },
        });

    private Task<int> ScoresAsync(Setup s) => app.InSystemScopeAsync((_, db) =>
        db.ContestScores.IgnoreQueryFilters().CountAsync(x => s.Entries.Contains(x.EntryId)));

    private static Task SetPhaseAsync(Setup s, string phase) =>
        s.Staff.PutAsJsonAsync($"{Url}/categories/{s.CategoryId}/phase", new { phase }).ContinueWith(t => t.Result.JsonAsync(HttpStatusCode.OK)).Unwrap();

    [Fact]
    public async Task Conflicts_follow_the_person_and_are_withheld_before_a_judge_is_assigned()
    {
        var s = await ContestAsync();
        var zhang = await JudgeAsync(s, new { name = "张伟", title = "高级教师", phone = "13900000001", unitId = s.SchoolA });
        var chen = await JudgeAsync(s, new
        {
            name = "陈静", title = "教授", idCard = "41130319800101123X",
            relatives = new[] { new { name = "李小红", school = "南阳市第十小学" } },
            recusals = new[] { new { entryNumber = 3, reason = "曾指导该作品选题" } },
        });

        // The same person again — the mobile written another way, or the same ID card — is one identity, not a second judge.
        var again = await (await s.Staff.PostAsJsonAsync($"{Url}/contests/{s.ContestId}/judges", new { name = "张 伟", phone = "+86 139 0000 0001" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("已登记", Assert.Single(again.ErrorsFor("phone")));
        var sameId = await (await s.Staff.PostAsJsonAsync($"{Url}/contests/{s.ContestId}/judges", new { name = "陈静", idCard = "41130319800101123x", phone = "13700000000" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(sameId.ErrorsFor("idCard"));

        var assigned = await AssignAsync(s, zhang.Id);
        Assert.Equal(2, assigned.GetProperty("entries").GetInt32());
        var reasons = assigned.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("reason").GetString()!).ToList();
        Assert.Contains(reasons, r => r.StartsWith("本单位作品"));
        Assert.Contains(reasons, r => r.StartsWith("本人辅导的学生"));
        Assert.Equal(1, (await AssignAsync(s, chen.Id)).GetProperty("entries").GetInt32());

        var conflicts = (await s.Staff.GetJsonAsync($"{Url}/categories/{s.CategoryId}/conflicts")).EnumerateArray()
            .Select(c => (c.GetProperty("judge").GetString(), c.GetProperty("number").GetInt32(), c.GetProperty("kind").GetString())).ToList();
        Assert.Contains(("张伟", 1, "OwnUnit"), conflicts);
        Assert.Contains(("张伟", 1, "OwnStudent"), conflicts);
        Assert.Contains(("陈静", 2, "Relative"), conflicts);
        Assert.Contains(("陈静", 3, "Declared"), conflicts);

        // Before review opens a judge sees nothing; then only their entries, anonymised.
        var view = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/judge?{s.Q}", new { code = chen.Code })).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(view.GetProperty("categories")[0].GetProperty("entries").EnumerateArray());
        await SetPhaseAsync(s, "Review");
        view = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/judge?{s.Q}", new { code = chen.Code })).JsonAsync(HttpStatusCode.OK);
        var given = Assert.Single(view.GetProperty("categories")[0].GetProperty("entries").EnumerateArray());
        Assert.Equal(1, given.GetProperty("number").GetInt32());
        Assert.DoesNotContain("第九小学", view.GetRawText());
        Assert.DoesNotContain("王小明", view.GetRawText());
        Assert.DoesNotContain("张伟", view.GetRawText());
    }

    [Fact]
    public async Task Scores_out_of_range_for_an_entry_not_assigned_from_a_conflicted_judge_or_before_review_are_refused_and_nothing_is_written()
    {
        var s = await ContestAsync();
        var zhang = await JudgeAsync(s, new { name = "张伟", phone = "13900000001", unitId = s.SchoolA });
        var other = await JudgeAsync(s, new { name = "周敏", phone = "13900000002" });
        var outsider = await JudgeAsync(s, new { name = "吴昊", phone = "13900000003" });
        await AssignAsync(s, zhang.Id);
        await AssignAsync(s, other.Id);

        var early = await (await ScoreAsync(s, other.Code, s.Entries[1], 8, 8)).ProblemAsync(HttpStatusCode.Conflict, "/problems/review-not-open");
        Assert.Contains("尚未开始", early.GetProperty("detail").GetString());
        await SetPhaseAsync(s, "Review");

        var before = await ScoresAsync(s);
        var own = await (await ScoreAsync(s, zhang.Code, s.Entries[0], 9, 9)).ProblemAsync(HttpStatusCode.Conflict, "/problems/conflict-of-interest");
        Assert.Contains("本单位作品", own.GetProperty("detail").GetString());
        await (await ScoreAsync(s, outsider.Code, s.Entries[1], 9, 9)).ProblemAsync(HttpStatusCode.Conflict, "/problems/not-assigned");
        var range = await (await ScoreAsync(s, other.Code, s.Entries[1], 10.5m, 8)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("创新性满分 10 分", Assert.Single(range.ErrorsFor("points[0].points")));
        await (await ScoreAsync(s, other.Code, s.Entries[1], -1, 8)).ProblemAsync(HttpStatusCode.BadRequest);
        var missing = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/scores?{s.Q}", new
            { code = other.Code, entryId = s.Entries[1], points = new[] { new { criterionId = s.Criteria[0], points = 5 } } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(missing.ErrorsFor("points"));
        await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/scores?{s.Q}", new { code = "WRONGCODE1", entryId = s.Entries[1], points = new[] { new { criterionId = s.Criteria[0], points = 5 } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await ScoresAsync(s));
    }

    [Fact]
    public async Task Two_judges_score_staff_see_the_mean_and_flag_and_sign_off_locks_until_the_head_reopens_with_a_reason()
    {
        var s = await ContestAsync();
        var a = await JudgeAsync(s, new { name = "周敏", phone = "13900000002" });
        var b = await JudgeAsync(s, new { name = "吴昊", phone = "13900000003" });
        await AssignAsync(s, a.Id);
        await AssignAsync(s, b.Id);
        await SetPhaseAsync(s, "Review");

        // 周敏: 9 and 8 → 9/10×60 + 8/10×40 = 86; revised before sign-off to 90 (9, 9).
        Assert.Equal(86m, (await (await ScoreAsync(s, a.Code, s.Entries[0], 9, 8)).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetDecimal());
        var revised = await (await ScoreAsync(s, a.Code, s.Entries[0], 9, 9)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((90m, 1, 3), (revised.GetProperty("total").GetDecimal(), revised.GetProperty("scoredEntries").GetInt32(), revised.GetProperty("givenEntries").GetInt32()));
        await (await ScoreAsync(s, b.Code, s.Entries[0], 6, 6)).JsonAsync(HttpStatusCode.OK);   // 60: 30 points apart → 待复核
        var refused = await (await s.Staff.PostAsync($"{Url}/categories/{s.CategoryId}/sign-off", null)).ProblemAsync(HttpStatusCode.Conflict, "/problems/judging-incomplete");
        Assert.Contains("尚有 4 份评分未完成", refused.GetProperty("detail").GetString());
        foreach (var judge in new[] { a.Code, b.Code })
        {
            await (await ScoreAsync(s, judge, s.Entries[1], 7, 7)).JsonAsync(HttpStatusCode.OK);
            await (await ScoreAsync(s, judge, s.Entries[2], 5, judge == a.Code ? 6 : 5)).JsonAsync(HttpStatusCode.OK);
        }

        var overview = await s.Staff.GetJsonAsync($"{Url}/categories/{s.CategoryId}/judging");
        var first = overview.GetProperty("entries")[0];
        Assert.Equal((1, 75m, 30m, true), (first.GetProperty("number").GetInt32(), first.GetProperty("score").GetDecimal(), first.GetProperty("spread").GetDecimal(), first.GetProperty("flagged").GetBoolean()));
        Assert.Equal("First", first.GetProperty("prize").GetString());
        Assert.True(first.GetProperty("normalised").GetDecimal() > 0);
        Assert.Contains("同分时", overview.GetProperty("tieRule").GetString());
        Assert.All(overview.GetProperty("judges").EnumerateArray(), j => Assert.Equal(3, j.GetProperty("scored").GetInt32()));

        var signed = await (await s.Staff.PostAsync($"{Url}/categories/{s.CategoryId}/sign-off", null)).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, signed.GetProperty("signedOffAt").ValueKind);
        var before = await ScoresAsync(s);
        var late = await (await ScoreAsync(s, a.Code, s.Entries[0], 10, 10)).ProblemAsync(HttpStatusCode.Conflict, "/problems/signed-off");
        Assert.Contains("签发锁定", late.GetProperty("detail").GetString());
        await (await s.Staff.PutAsJsonAsync($"{Url}/categories/{s.CategoryId}/phase", new { phase = "Review" })).ProblemAsync(HttpStatusCode.Conflict, "/problems/signed-off");
        Assert.Equal(before, await ScoresAsync(s));

        // Only the department's head (or an administrator) re-opens, with a reason the audit log keeps.
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Staff.PostAsJsonAsync($"{Url}/categories/{s.CategoryId}/reopen", new { reason = "x" })).StatusCode);
        var museumId = await app.InSystemScopeAsync((_, db) => db.Contests.IgnoreQueryFilters().Where(c => c.Id == s.ContestId).Select(c => c.MuseumId).SingleAsync());
        var head = await app.NewUserAsync(museumId, Roles.ScienceActivitiesLead);
        await (await head.PostAsJsonAsync($"{Url}/categories/{s.CategoryId}/reopen", new { reason = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await head.PostAsJsonAsync($"{Url}/categories/{s.CategoryId}/reopen", new { reason = "第 1 号作品评委分差 30 分，复核后更正" })).JsonAsync(HttpStatusCode.OK);
        Assert.True(await app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(x => x.MuseumId == museumId && x.Entity == "ContestCategory" && x.Reason!.Contains("复核后更正"))));
        await (await ScoreAsync(s, b.Code, s.Entries[0], 8, 8)).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_2020_demo_categories_are_signed_off_and_their_judging_matches_the_award_tables()
    {
        var admin = await app.AdminAsync();
        var stats = await admin.GetJsonAsync($"{Url}/statistics?year=2020");
        var innovation = stats.GetProperty("contests").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Innovation");
        Assert.Equal(985, innovation.GetProperty("awardedEntries").GetInt32());
        var awards = innovation.GetProperty("awards").EnumerateArray().Single(a => a.GetProperty("category").GetString() == "青少年科技创新成果");
        var overview = await admin.GetJsonAsync($"{Url}/categories/{awards.GetProperty("categoryId").GetGuid()}/judging");
        Assert.NotEqual(JsonValueKind.Null, overview.GetProperty("signedOffAt").ValueKind);
        Assert.Equal(5, overview.GetProperty("judges").GetArrayLength());
        Assert.Equal(0, overview.GetProperty("missing").GetInt32());
        var prizes = overview.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("prize").GetString()).ToList();
        Assert.Equal((31, 45, 81), (prizes.Count(p => p == "First"), prizes.Count(p => p == "Second"), prizes.Count(p => p == "Third")));
    }
}

[Collection("sqlite")]
public sealed class JudgingOnSqlite(SqliteApp app) : JudgingTests(app);

[Collection("postgres")]
public sealed class JudgingOnPostgres(PostgresApp app) : JudgingTests(app);
