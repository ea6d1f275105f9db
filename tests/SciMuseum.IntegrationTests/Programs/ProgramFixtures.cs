using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Programs;

/// <summary>A new museum with one activity open for sign-up and a session tomorrow, and the youth center's staff.</summary>
public sealed record ProgramMuseum(TestMuseum Museum, HttpClient Staff, Guid ActivityId, Guid SessionId)
{
    public string Q => $"museum={Museum.Code}";
}

public static class ProgramFixtures
{
    public static DateOnly Tomorrow => MuseumClock.Today(TimeProvider.System).AddDays(1);

    private static int phones = Random.Shared.Next(0, 90_000_000);

    /// <summary>A guardian's phone no other test of this run uses.</summary>
    public static string Phone() => $"137{Interlocked.Increment(ref phones):D8}";

    public static async Task<ProgramMuseum> OpenSessionAsync(this SciMuseumApp app, int capacity)
    {
        var museum = await app.CreateMuseumAsync();
        var staff = await app.NewUserAsync(museum.Id, Roles.YouthActivityCenter);
        var activity = await (await staff.PostAsJsonAsync("/api/v1/programs/activities", new
        {
            departmentId = museum.Departments[DepartmentKind.YouthActivityCenter], title = "暑假公益兴趣班·陶艺", type = "Class", audience = "中小学生",
            plannedDate = Tomorrow.ToString("yyyy-MM-dd"), targetParticipants = capacity, minFeedbackScore = 4,
        })).JsonAsync(HttpStatusCode.Created);
        var activityId = activity.GetProperty("id").GetGuid();
        await (await staff.PostAsync($"/api/v1/programs/activities/{activityId}/open", null)).JsonAsync(HttpStatusCode.OK);
        var session = await (await staff.PostAsJsonAsync("/api/v1/programs/sessions", new
        {
            activityId, date = Tomorrow.ToString("yyyy-MM-dd"), start = "09:00", end = "11:00", place = "活动室 1", capacity, publicSignUp = true,
        })).JsonAsync(HttpStatusCode.Created);
        return new ProgramMuseum(museum, staff, activityId, session.GetProperty("id").GetGuid());
    }

    public static Task<HttpResponseMessage> SignUpAsync(this SciMuseumApp app, ProgramMuseum m, string phone, params string[] children) =>
        app.Anonymous().PostAsJsonAsync($"/api/v1/public/programs/signups?{m.Q}", new
        {
            sessionId = m.SessionId, guardianName = "王女士", guardianPhone = phone, children = children.Select(c => new { name = c, age = 9 }),
        });

    public static async Task<(string Code, string Phone, string Status)> SignedUpAsync(this SciMuseumApp app, ProgramMuseum m, params string[] children)
    {
        var phone = Phone();
        var s = await (await app.SignUpAsync(m, phone, children)).JsonAsync(HttpStatusCode.Created);
        return (s.GetProperty("code").GetString()!, phone, s.GetProperty("status").GetString()!);
    }

    public static async Task<JsonElement> FamilyAsync(this SciMuseumApp app, ProgramMuseum m, (string Code, string Phone, string) f) =>
        await app.Anonymous().GetJsonAsync($"/api/v1/public/programs/signups/{f.Code}?phone={f.Phone}&{m.Q}");

    public static Task<HttpResponseMessage> FamilyPostAsync(this SciMuseumApp app, ProgramMuseum m, (string Code, string Phone, string) f, string action) =>
        app.Anonymous().PostAsJsonAsync($"/api/v1/public/programs/signups/{f.Code}/{action}?{m.Q}", new { phone = f.Phone });

    public static Task<int> TakenAsync(this SciMuseumApp app, Guid sessionId) =>
        app.InSystemScopeAsync((_, db) => db.ActivitySessions.Where(s => s.Id == sessionId).Select(s => s.Taken).SingleAsync());
}
