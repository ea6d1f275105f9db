using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Counseling;

/// <summary>
/// The case records' access domain: only the assigned counselor reads or writes a case; the administrator, a leader and
/// the center's head are refused and audited; every read is audited; the notes are ciphertext in the database.
/// </summary>
public abstract class CaseRecordsTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/counseling/cases";

    private static object Intake(string name = "小测", int age = 13, string? guardian = "测试家长") => new
    {
        minorName = name, age, school = "测试中学", guardianName = guardian, guardianRelation = guardian is null ? null : "母亲",
        guardianPhone = guardian is null ? null : "13900001111", presentingProblem = "考试前失眠，情绪低落。", risk = "Low", openedOn = "2021-04-01",
    };

    private async Task<(TestMuseum Museum, HttpClient Counselor, Guid CaseId)> OpenCaseAsync()
    {
        var museum = await app.CreateMuseumAsync();
        var counselor = await app.NewUserAsync(museum.Id, Roles.Counselor);
        var created = await (await counselor.PostAsJsonAsync(Url, Intake())).JsonAsync(HttpStatusCode.Created);
        return (museum, counselor, created.GetProperty("id").GetGuid());
    }

    private Task<int> AuditCountAsync(Guid museumId, AuditAction action, string key) => app.InSystemScopeAsync((_, db) =>
        db.AuditEntries.CountAsync(a => a.MuseumId == museumId && a.Entity == "CounselingCase" && a.Action == action && a.EntityKey == key));

    [Fact]
    public async Task A_note_written_by_the_counselor_is_only_ciphertext_in_the_database()
    {
        var (museum, counselor, id) = await OpenCaseAsync();
        var note = $"秘密笔记-{Guid.NewGuid():N}";
        var view = await (await counselor.PostAsJsonAsync($"{Url}/{id}/entries", new { date = "2021-04-08", kind = "Note", text = note })).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(note, view.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        var read = await counselor.GetJsonAsync($"{Url}/{id}");
        Assert.Equal("小测", read.GetProperty("minorName").GetString());

        // Raw SQL, past EF: the stored column holds the sealed form only, and the audit log carries no plaintext either.
        var stored = await app.InSystemScopeAsync((_, db) => db.Database
            .SqlQueryRaw<string>("SELECT \"TextSealed\" AS \"Value\" FROM \"CounselingCaseEntries\" WHERE \"CaseId\" = {0}", id).ToListAsync());
        var sealedNote = Assert.Single(stored);
        Assert.StartsWith("cc1:test1:", sealedNote);
        Assert.DoesNotContain(note, sealedNote);
        var problems = await app.InSystemScopeAsync((_, db) => db.Database
            .SqlQueryRaw<string>("SELECT \"PresentingProblemSealed\" AS \"Value\" FROM \"CounselingCases\" WHERE \"Id\" = {0}", id).ToListAsync());
        Assert.StartsWith("cc1:", Assert.Single(problems));
        Assert.False(await app.InSystemScopeAsync((_, db) => db.AuditEntries.AnyAsync(a => a.MuseumId == museum.Id && (a.After!.Contains(note) || a.After.Contains("考试前失眠")))));

        if (app is SqliteApp)
        {
            // The database file itself (and its write-ahead log), byte for byte.
            var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
            {
                var bytes = await ReadSharedAsync(path);
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(note)));
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("考试前失眠")));
            }
        }
        Assert.True(await AuditCountAsync(museum.Id, AuditAction.Read, id.ToString()) >= 1);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task The_administrator_a_leader_and_the_centers_head_are_refused_every_case_route_and_each_refusal_is_audited()
    {
        var (museum, _, id) = await OpenCaseAsync();
        var admin = await app.NewUserAsync(museum.Id, Roles.SystemAdmin);
        var leader = await app.NewUserAsync(museum.Id, Roles.MuseumLeader);
        var head = await app.NewUserAsync(museum.Id, Roles.CounselingCenter);
        foreach (var client in new[] { admin, leader, head })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Url}/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{Url}/{id}/entries", new { date = "2021-04-08", kind = "Note", text = "x" })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AdminAsync()).GetAsync(Url)).StatusCode);
        Assert.Equal(6, await AuditCountAsync(museum.Id, AuditAction.Refused, id.ToString()));
        Assert.True(await AuditCountAsync(museum.Id, AuditAction.Refused, "/api/v1/counseling/cases/") + await AuditCountAsync(museum.Id, AuditAction.Refused, "/api/v1/counseling/cases") >= 3);
        Assert.Equal(0, await app.InSystemScopeAsync((_, db) => db.CaseEntries.CountAsync(e => e.CaseId == id)));

        // The head sees counts and who carries the case, never what it says.
        var overview = await head.GetJsonAsync("/api/v1/counseling/overview?year=2021");
        Assert.Equal(1, overview.GetProperty("openCases").GetInt32());
        Assert.DoesNotContain("考试前失眠", overview.GetRawText());
        Assert.DoesNotContain("小测", overview.GetRawText());
    }

    [Fact]
    public async Task Another_counselor_is_refused_and_audited_and_another_museums_counselor_gets_404()
    {
        var (museum, _, id) = await OpenCaseAsync();
        var colleague = await app.NewUserAsync(museum.Id, Roles.Counselor);
        await (await colleague.GetAsync($"{Url}/{id}")).ProblemAsync(HttpStatusCode.Forbidden, "/problems/not-assigned");
        Assert.Equal(1, await AuditCountAsync(museum.Id, AuditAction.Refused, id.ToString()));
        Assert.DoesNotContain(id.ToString(), (await colleague.GetJsonAsync(Url)).GetRawText());

        var elsewhere = await app.NewUserAsync((await app.CreateMuseumAsync()).Id, Roles.Counselor);
        await (await elsewhere.GetAsync($"{Url}/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await elsewhere.PostAsJsonAsync($"{Url}/{id}/entries", new { date = "2021-04-08", kind = "Note", text = "x" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_minor_without_a_guardian_is_refused_and_nothing_is_written()
    {
        var museum = await app.CreateMuseumAsync();
        var counselor = await app.NewUserAsync(museum.Id, Roles.Counselor);
        var before = await app.InSystemScopeAsync((_, db) => db.CounselingCases.IgnoreQueryFilters().CountAsync());
        var problem = await (await counselor.PostAsJsonAsync(Url, Intake(guardian: null))).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("guardianName"));
        Assert.NotEmpty(problem.ErrorsFor("guardianPhone"));
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.CounselingCases.IgnoreQueryFilters().CountAsync()));
        // An adult (a young person over 18 seen by the center) needs none.
        await (await counselor.PostAsJsonAsync(Url, Intake(age: 19, guardian: null))).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_note_on_a_closed_case_is_refused_a_high_risk_alerts_the_head_and_a_hand_over_moves_access()
    {
        var (museum, counselor, id) = await OpenCaseAsync();
        await (await counselor.PutAsJsonAsync($"{Url}/{id}/risk", new { risk = "High" })).JsonAsync(HttpStatusCode.OK);
        var alert = await app.InSystemScopeAsync((_, db) => db.Alerts.SingleAsync(a => a.MuseumId == museum.Id && a.Source == "counseling.risk"));
        Assert.Equal(museum.Departments[Core.Organization.DepartmentKind.CounselingCenter], alert.DepartmentId);
        Assert.DoesNotContain("考试前失眠", alert.Detail);
        var head = await app.NewUserAsync(museum.Id, Roles.CounselingCenter);
        var overview = await head.GetJsonAsync("/api/v1/counseling/overview?year=2021");
        Assert.Equal(1, overview.GetProperty("highRiskOpen").GetInt32());
        Assert.Single(overview.GetProperty("alerts").EnumerateArray());

        var colleagueEmail = await app.CreateUserAsync(museum.Id, Roles.Counselor);
        var colleagueId = await app.InSystemScopeAsync((_, db) => db.Users.Where(u => u.Email == colleagueEmail).Select(u => u.Id).SingleAsync());
        await (await counselor.PostAsJsonAsync($"{Url}/{id}/handover", new { toCounselorId = colleagueId, reason = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await counselor.PostAsJsonAsync($"{Url}/{id}/handover", new { toCounselorId = colleagueId, reason = "调岗，交由李老师跟进" })).JsonAsync(HttpStatusCode.OK);
        await (await counselor.GetAsync($"{Url}/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
        var colleague = await app.SignInAsync(colleagueEmail);
        var view = await colleague.GetJsonAsync($"{Url}/{id}");
        Assert.Equal("调岗，交由李老师跟进", view.GetProperty("handOvers")[0].GetProperty("reason").GetString());

        await (await colleague.PostAsJsonAsync($"{Url}/{id}/close", new { date = "2021-05-01", summary = "目标达成，结案。" })).JsonAsync(HttpStatusCode.OK);
        var entries = await app.InSystemScopeAsync((_, db) => db.CaseEntries.CountAsync(e => e.CaseId == id));
        await (await colleague.PostAsJsonAsync($"{Url}/{id}/entries", new { date = "2021-05-02", kind = "Note", text = "结案后补记" }))
            .ProblemAsync(HttpStatusCode.Conflict, "/problems/case-closed");
        Assert.Equal(entries, await app.InSystemScopeAsync((_, db) => db.CaseEntries.CountAsync(e => e.CaseId == id)));
    }
}

[Collection("sqlite")]
public sealed class CaseRecordsOnSqlite(SqliteApp app) : CaseRecordsTests(app);

[Collection("postgres")]
public sealed class CaseRecordsOnPostgres(PostgresApp app) : CaseRecordsTests(app);
