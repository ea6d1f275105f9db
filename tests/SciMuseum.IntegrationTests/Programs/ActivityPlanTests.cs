using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Programs;

/// <summary>The activity plan: the 2020 demo's 37 / 36 / 34 from its records, and an activity's way from plan to review.</summary>
public abstract class ActivityPlanTests(SciMuseumApp app)
{
    [Fact]
    public async Task The_2020_demo_plan_gives_37_planned_36_held_34_up_to_standard_from_its_records()
    {
        var admin = await app.AdminAsync();
        var s = await admin.GetJsonAsync("/api/v1/programs/statistics?year=2020");
        Assert.Equal(37, s.GetProperty("planned").GetInt32());
        Assert.Equal(36, s.GetProperty("held").GetInt32());
        Assert.Equal(34, s.GetProperty("upToStandard").GetInt32());
        Assert.Equal(97.3m, s.GetProperty("heldRate").GetDecimal());
        Assert.Equal(94.4m, s.GetProperty("standardRate").GetDecimal());

        var rows = (await admin.GetJsonAsync("/api/v1/programs/activities?year=2020")).EnumerateArray().ToList();
        var below = rows.Where(r => r.GetProperty("upToStandard").ValueKind == System.Text.Json.JsonValueKind.False).ToList();
        Assert.Equal(2, below.Count);
        // The records say the same as the reviewers: each of the two misses a criterion, and the notes quote the report.
        Assert.All(below, r => Assert.False(r.GetProperty("recordsShowUpToStandard").GetBoolean()));
        Assert.Contains(below, r => r.GetProperty("reviewNote").GetString()!.Contains("参与活动人数不多"));
        Assert.Contains(below, r => r.GetProperty("reviewNote").GetString()!.Contains("评奖及奖品发放事宜拖延时间较长"));
        var cancelled = Assert.Single(rows, r => r.GetProperty("state").GetString() == "Cancelled");
        Assert.Contains("四区", cancelled.GetProperty("title").GetString());
        Assert.Contains("经费缩减", cancelled.GetProperty("cancelReason").GetString());

        var heldRate = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=programs.heldRate&year=2020");
        Assert.Equal(97.3m, heldRate.GetProperty("value").GetDecimal());
        var standardRate = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=programs.standardRate&year=2020");
        Assert.Equal(94.4m, standardRate.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task An_activity_is_held_only_with_check_ins_and_counts_once_a_reviewer_confirms_it()
    {
        var m = await app.OpenSessionAsync(capacity: 3);
        var family = await app.SignedUpAsync(m, "李小华");
        // Not held without a check-in: the records decide.
        await (await m.Staff.PostAsync($"/api/v1/programs/activities/{m.ActivityId}/held", null)).ProblemAsync(HttpStatusCode.Conflict, "/problems/not-held");
        var id = (await app.FamilyAsync(m, family)).GetProperty("id").GetGuid();
        // Check-in opens on the session's day (tomorrow): move the session to today in the database to check in.
        await app.InSystemScopeAsync(async (_, db) => await db.ActivitySessions.Where(s => s.Id == m.SessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Date, ProgramFixtures.Tomorrow.AddDays(-1))));
        await (await m.Staff.PostAsync($"/api/v1/programs/signups/{id}/check-in", null)).JsonAsync(HttpStatusCode.OK);
        await (await m.Staff.PostAsync($"/api/v1/programs/signups/{id}/check-in", null)).ProblemAsync(HttpStatusCode.Conflict, "/problems/already-checked-in");
        await (await m.Staff.PostAsync($"/api/v1/programs/activities/{m.ActivityId}/held", null)).JsonAsync(HttpStatusCode.OK);

        // The center may not review its own activity; the office does, with a note.
        await (await m.Staff.PostAsJsonAsync($"/api/v1/programs/activities/{m.ActivityId}/review", new { upToStandard = false, note = "x" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var office = await app.NewUserAsync(m.Museum.Id, Roles.Office);
        var noNote = await (await office.PostAsJsonAsync($"/api/v1/programs/activities/{m.ActivityId}/review", new { upToStandard = false }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(noNote.ErrorsFor("note"));
        await (await office.PostAsJsonAsync($"/api/v1/programs/activities/{m.ActivityId}/review", new { upToStandard = false, note = "1 人参加，未达目标 3 人。" }))
            .JsonAsync(HttpStatusCode.OK);

        var year = ProgramFixtures.Tomorrow.Year;
        var s = await office.GetJsonAsync($"/api/v1/programs/statistics?year={year}");
        Assert.Equal(1, s.GetProperty("planned").GetInt32());
        Assert.Equal(1, s.GetProperty("held").GetInt32());
        Assert.Equal(0, s.GetProperty("upToStandard").GetInt32());
        Assert.Equal(1, s.GetProperty("participants").GetInt32());
        var row = (await office.GetJsonAsync($"/api/v1/programs/activities?year={year}"))[0];
        Assert.Contains("未达目标", string.Join("", row.GetProperty("shortfalls").EnumerateArray().Select(x => x.GetString())));
    }

    [Fact]
    public async Task A_cancellation_needs_its_reason_and_bad_plans_are_refused_field_by_field_without_writing()
    {
        var museum = await app.CreateMuseumAsync();
        var staff = await app.NewUserAsync(museum.Id, Roles.CounselingCenter);
        var bad = await (await staff.PostAsJsonAsync("/api/v1/programs/activities", new
        {
            departmentId = museum.Departments[DepartmentKind.CounselingCenter], title = "", type = "Training", plannedDate = "2020-10-20",
            plannedEnd = "2020-10-01", targetParticipants = 0, minFeedbackScore = 9,
        })).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        foreach (var field in new[] { "title", "targetParticipants", "minFeedbackScore", "plannedEnd" }) Assert.NotEmpty(bad.ErrorsFor(field));
        await (await staff.GetAsync("/api/v1/programs/statistics?year=0")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await app.InSystemScopeAsync((_, db) => db.Activities.IgnoreQueryFilters().CountAsync(a => a.MuseumId == museum.Id)));

        var created = await (await staff.PostAsJsonAsync("/api/v1/programs/activities", new
        {
            departmentId = museum.Departments[DepartmentKind.CounselingCenter], title = "四区心理健康培训", type = "Training", plannedDate = "2021-10-20", targetParticipants = 200,
        })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var noReason = await (await staff.PostAsJsonAsync($"/api/v1/programs/activities/{id}/cancel", new { reason = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noReason.ErrorsFor("reason"));
        await (await staff.PostAsJsonAsync($"/api/v1/programs/activities/{id}/cancel", new { reason = "疫情防控，经费缩减" })).JsonAsync(HttpStatusCode.OK);
        var s = await staff.GetJsonAsync("/api/v1/programs/statistics?year=2021");
        Assert.Equal(1, s.GetProperty("planned").GetInt32());
        Assert.Equal(0, s.GetProperty("held").GetInt32());
        Assert.Equal(0m, s.GetProperty("heldRate").GetDecimal());

        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsJsonAsync("/api/v1/programs/activities", new { title = "x" })).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class ActivityPlanOnSqlite(SqliteApp app) : ActivityPlanTests(app);

[Collection("postgres")]
public sealed class ActivityPlanOnPostgres(PostgresApp app) : ActivityPlanTests(app);
