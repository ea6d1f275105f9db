using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Programs;

/// <summary>/api/v1/programs: the activity plan with its figures, sessions, and the staff side of sign-ups.</summary>
public static class ProgramsApi
{
    /// <summary>Who plans activities, runs sessions and checks families in: the two centers and the leaders.</summary>
    public const string Editors = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.YouthActivityCenter + "," + Roles.CounselingCenter;

    /// <summary>Who confirms an activity held and up to standard: the leaders and the office, not the center that ran it.</summary>
    public const string Reviewers = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.Office;

    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = Editors };
    private static readonly AuthorizeAttribute ReviewersOnly = new() { Roles = Reviewers };

    public static void MapProgramsApi(this IEndpointRouteBuilder api)
    {
        var p = api.MapGroup("/programs").WithTags("Programs").RequireAuthorization();

        p.MapGet("/statistics", async Task<Results<Ok<ProgramStatistics.Result>, ValidationProblem>> (int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                YearOf(year, clock) is not { } y ? BadYear() : TypedResults.Ok(await ProgramStatistics.HandleAsync(db, MetricPeriod.Year(y), ct)))
            .WithName("GetProgramStatistics")
            .WithSummary("A year's activity plan: planned, held, upToStandard, heldRate (held ÷ planned, %), standardRate (up to standard ÷ held, %), participants by department and audience");
        p.MapGet("/activities", ListAsync).WithName("ListActivities")
            .WithSummary("A year's activities with what their records say (participants, days, rating, shortfalls) and the review; ?year=&department=&format=xlsx|csv");
        p.MapPost("/activities", async Task<Results<Created<Activity>, Refused>> (SaveActivity.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveActivity.HandleAsync(db, null, c, ct), a => $"/api/v1/programs/activities/{a.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateActivity").WithSummary("Plan an activity with its criteria (target participants, grace days, minimum feedback)");
        p.MapPut("/activities/{id:guid}", async Task<Results<Ok<Activity>, Refused>> (Guid id, SaveActivity.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveActivity.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateActivity").WithSummary("Change an activity not yet held or cancelled");
        p.MapPost("/activities/{id:guid}/open", async Task<Results<Ok<Activity>, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await ActivityTransitions.OpenAsync(db, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("OpenActivity").WithSummary("Open a planned activity for sign-up");
        p.MapPost("/activities/{id:guid}/cancel", async Task<Results<Ok<Activity>, Refused>> (Guid id, ActivityTransitions.CancelCommand c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await ActivityTransitions.CancelAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("CancelActivity").WithSummary("Cancel an activity with its reason {reason}; refused while families are signed up");
        p.MapPost("/activities/{id:guid}/held", async Task<Results<Ok<Activity>, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await ActivityTransitions.MarkHeldAsync(db, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("MarkActivityHeld").WithSummary("Mark an activity held: only when its sessions have check-ins");
        p.MapPost("/activities/{id:guid}/review", async Task<Results<Ok<Activity>, Refused>> (Guid id, ActivityTransitions.ReviewCommand c, MuseumDb db, UserContext user, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await ActivityTransitions.ReviewAsync(db, id, c, user.UserName ?? "", clock, ct)))
            .RequireAuthorization(ReviewersOnly).WithName("ReviewActivity").WithSummary("Confirm a held activity up to standard or not {upToStandard, note}; closes it");

        p.MapGet("/sessions", async Task<Ok<List<SessionView>>> (Guid? activity, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await SessionView.ListAsync(db, db.ActivitySessions.Where(s => activity == null || s.ActivityId == activity), clock.GetUtcNow().UtcDateTime, ct)))
            .WithName("ListActivitySessions").WithSummary("Sessions with places left and families waiting; ?activity=");
        p.MapPost("/sessions", async Task<Results<Created<ActivitySession>, Refused>> (SaveSession.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await SaveSession.HandleAsync(db, null, c, clock, ct), s => $"/api/v1/programs/sessions/{s.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateActivitySession").WithSummary("Add a session {activityId, date, start, end, place, capacity ≥ 1, publicSignUp, offerHoldMinutes}");
        p.MapPut("/sessions/{id:guid}", async Task<Results<Ok<ActivitySession>, Refused>> (Guid id, SaveSession.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await SaveSession.HandleAsync(db, id, c, clock, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateActivitySession").WithSummary("Change a session; more places are offered to the waiting list at once");
        p.MapGet("/sessions/{id:guid}/signups", async Task<Ok<List<SignUpView>>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await StaffSignUps.RosterAsync(db, id, clock, ct)))
            .RequireAuthorization(EditorsOnly).WithName("ListSessionSignUps").WithSummary("A session's roster in arrival order: confirmed, offered, waiting, cancelled, checked in, no-shows");

        p.MapPost("/signups", async Task<Results<Created<SignUpView>, Refused>> (SignUpForSession.Command c, MuseumDb db, UserContext user, TimeProvider clock, CancellationToken ct) =>
                await ViewAsync(await SignUpForSession.HandleAsync(db, clock, c, string.IsNullOrWhiteSpace(c.School) ? SignUpChannel.Phone : SignUpChannel.School, user.UserName ?? "", ct), db, clock, true, ct))
            .RequireAuthorization(EditorsOnly).WithName("CreateStaffSignUp")
            .WithSummary("Enter a phone sign-up, or a school's class {school, guardianConsent: true}; waiting-listed when full");
        p.MapPost("/signups/{id:guid}/check-in", async Task<Results<Ok<SignUpView>, Refused>> (Guid id, MuseumDb db, UserContext user, TimeProvider clock, CancellationToken ct) =>
                await OkViewAsync(await StaffSignUps.CheckInAsync(db, id, user.UserName ?? "", clock, ct), db, clock, ct))
            .RequireAuthorization(EditorsOnly).WithName("CheckInSignUp").WithSummary("Check a confirmed family in at the session (once, from the session's day)");
        p.MapPost("/signups/{id:guid}/promote", async Task<Results<Ok<SignUpView>, Refused>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                await OkViewAsync(await StaffSignUps.PromoteAsync(db, id, clock, ct), db, clock, ct))
            .RequireAuthorization(EditorsOnly).WithName("PromoteSignUp").WithSummary("Confirm a waiting family at once if places fit all its children; never into a started session");
        p.MapPost("/signups/{id:guid}/cancel", async Task<Results<Ok<SignUpView>, Refused>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                await OkViewAsync(await FamilySignUps.CancelAsync(db, id, clock, ct), db, clock, ct))
            .RequireAuthorization(EditorsOnly).WithName("CancelStaffSignUp").WithSummary("Cancel a sign-up for a family (phone call); the places are offered to the waiting list");
    }

    internal static int? YearOf(int? year, TimeProvider clock) => Plausible.IsYear(year) ? year ?? MuseumClock.Today(clock).Year : null;

    internal static ValidationProblem BadYear() => Problems.Field("year", Plausible.YearMessage);

    internal static async Task<Results<Created<SignUpView>, Refused>> ViewAsync(Result<SignUp> r, MuseumDb db, TimeProvider clock, bool staff, CancellationToken ct) =>
        r.Value is { } s
            ? TypedResults.Created($"/api/v1/{(staff ? "programs" : "public/programs")}/signups/{(staff ? s.Id : s.Code)}", await SignUpView.OfAsync(db, s, clock.GetUtcNow().UtcDateTime, ct))
            : Problems.From(r.Refusal!);

    internal static async Task<Results<Ok<SignUpView>, Refused>> OkViewAsync(Result<SignUp> r, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
        r.Value is { } s ? TypedResults.Ok(await SignUpView.OfAsync(db, s, clock.GetUtcNow().UtcDateTime, ct)) : Problems.From(r.Refusal!);

    private static async Task<IResult> ListAsync(int? year, Guid? department, string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        if (YearOf(year, clock) is not { } y) return BadYear();
        if (format is not null && !Exports.Wanted(format))
            return Problems.Field("format", "格式只能是 xlsx 或 csv。", "The format must be xlsx or csv.");
        var rows = await ListActivities.HandleAsync(db, y, department, ct);
        return Exports.Wanted(format) ? Exports.File(format, $"activities-{y}", [.. rows.Select(Row)]) : TypedResults.Ok(rows);
    }

    /// <summary>One activity as exported, with the page's headers.</summary>
    public static IDictionary<string, object?> Row(ListActivities.Row a) => new Dictionary<string, object?>
    {
        [L("部门", "Department")] = a.Department,
        [L("活动", "Activity")] = a.Title,
        [L("类型", "Type")] = a.TypeName,
        [L("对象", "Audience")] = a.Audience,
        [L("计划日期", "Planned")] = a.PlannedDate.ToString("yyyy-MM-dd"),
        [L("目标人数", "Target")] = a.TargetParticipants,
        [L("签到人次", "Participants")] = a.Participants,
        [L("平均评分", "Mean rating")] = a.MeanRating,
        [L("状态", "State")] = a.StateName,
        [L("达标", "Up to standard")] = a.UpToStandard is { } u ? (u ? L("是", "Yes") : L("否", "No")) : "",
        [L("评定说明 / 取消原因", "Review note / reason")] = a.CancelReason.Length > 0 ? a.CancelReason : a.ReviewNote,
    };
}
