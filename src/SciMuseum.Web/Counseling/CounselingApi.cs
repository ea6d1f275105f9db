using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Counseling;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Counseling;

/// <summary>/api/v1/counseling: the center's logs, lectures, figures, consultation slots and the head's overview (no case content anywhere here).</summary>
public static class CounselingApi
{
    /// <summary>Who keeps the logs, lectures and slots: the center's counselors and head, and the leaders.</summary>
    public const string Editors = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.CounselingCenter + "," + Roles.Counselor;

    /// <summary>Who reads the logs and bookings: the editors and the auditor.</summary>
    public const string Readers = Editors + "," + Roles.Auditor;

    /// <summary>Who sees the head's overview of cases (counts, risk alerts, assignments; never content).</summary>
    public const string Overseers = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.CounselingCenter;

    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = Editors };
    private static readonly AuthorizeAttribute ReadersOnly = new() { Roles = Readers };
    private static readonly AuthorizeAttribute OverseersOnly = new() { Roles = Overseers };

    public static void MapCounselingApi(this IEndpointRouteBuilder api)
    {
        var c = api.MapGroup("/counseling").WithTags("Counseling").RequireAuthorization();

        c.MapGet("/statistics", StatisticsAsync).WithName("GetCounselingStatistics")
            .WithSummary("A year's counts: hotlineCalls, parentVisits, consultations, roomVisitors, onlineSessions, lectures, lectureParticipants, cases opened/closed, high-risk, referrals");
        c.MapGet("/overview", async Task<Results<Ok<CenterOverview.Result>, ValidationProblem>> (int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var y = year ?? MuseumClock.Today(clock).Year;
                if (!Plausible.IsYear(y)) return Problems.Field("year", Plausible.YearMessage);
                return TypedResults.Ok(await CenterOverview.HandleAsync(db, y, ct));
            })
            .RequireAuthorization(OverseersOnly).WithName("GetCounselingOverview")
            .WithSummary("The center head's view: open and high-risk case counts, risk alerts, each counselor's case load by number — no case content");
        c.MapGet("/counselors", async (MuseumDb db, CancellationToken ct) => TypedResults.Ok(await Counselors.OfMuseumAsync(db, ct)))
            .RequireAuthorization(ReadersOnly).WithName("ListCounselors").WithSummary("The museum's counselors (for hand-over)");

        c.MapGet("/logs", LogsAsync).RequireAuthorization(ReadersOnly).WithName("ListCounselingLogs")
            .WithSummary("A year's hotline calls and visits (?kind=ParentVisit|RoomVisit|OnlineSession for one kind of visit); ?format=xlsx|csv");
        c.MapPost("/calls", async Task<Results<Created<HotlineCall>, Refused>> (SaveHotlineCall.Command cmd, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveHotlineCall.HandleAsync(db, null, cmd, ct), x => $"/api/v1/counseling/calls/{x.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("LogHotlineCall").WithSummary("Log a hotline call: date, minutes, topic, referral (no caller's name)");
        c.MapPut("/calls/{id:guid}", async Task<Results<Ok<HotlineCall>, Refused>> (Guid id, SaveHotlineCall.Command cmd, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveHotlineCall.HandleAsync(db, id, cmd, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateHotlineCall").WithSummary("Correct a hotline call");
        c.MapDelete("/calls/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.HotlineCalls, id, ct))
            .RequireAuthorization(EditorsOnly).WithName("DeleteHotlineCall").WithSummary("Remove a hotline call (kept in history)");
        c.MapPost("/visits", async Task<Results<Created<CenterVisit>, Refused>> (SaveCenterVisit.Command cmd, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveCenterVisit.HandleAsync(db, null, cmd, ct), x => $"/api/v1/counseling/visits/{x.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("LogCenterVisit").WithSummary("Log a parent visit, an individual-room visit or an online session");
        c.MapPut("/visits/{id:guid}", async Task<Results<Ok<CenterVisit>, Refused>> (Guid id, SaveCenterVisit.Command cmd, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveCenterVisit.HandleAsync(db, id, cmd, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateCenterVisit").WithSummary("Correct a visit");
        c.MapDelete("/visits/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.CenterVisits, id, ct))
            .RequireAuthorization(EditorsOnly).WithName("DeleteCenterVisit").WithSummary("Remove a visit (kept in history)");

        c.MapGet("/lectures", LecturesAsync).WithName("ListCounselingLectures")
            .WithSummary("A year's group lectures with their series, participants and totals; ?format=xlsx|csv");
        c.MapPost("/lectures", async Task<Results<Created<Lecture>, Refused>> (SaveLecture.Command cmd, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveLecture.HandleAsync(db, null, cmd, ct), x => $"/api/v1/counseling/lectures/{x.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateCounselingLecture").WithSummary("Record a lecture (in the center, a school, a community or online), alone or as a session of a series");
        c.MapPut("/lectures/{id:guid}", async Task<Results<Ok<Lecture>, Refused>> (Guid id, SaveLecture.Command cmd, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveLecture.HandleAsync(db, id, cmd, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateCounselingLecture").WithSummary("Correct a lecture");
        c.MapDelete("/lectures/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.Lectures, id, ct))
            .RequireAuthorization(EditorsOnly).WithName("DeleteCounselingLecture").WithSummary("Remove a lecture (kept in history)");
        c.MapPost("/series", async Task<Results<Created<LectureSeries>, Refused>> (SaveLectureSeries.Command cmd, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveLectureSeries.HandleAsync(db, null, cmd, ct), x => $"/api/v1/counseling/series/{x.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateLectureSeries").WithSummary("Start a lecture series (a parent class in several sessions)");
        c.MapPut("/series/{id:guid}", async Task<Results<Ok<LectureSeries>, Refused>> (Guid id, SaveLectureSeries.Command cmd, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveLectureSeries.HandleAsync(db, id, cmd, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateLectureSeries").WithSummary("Rename a lecture series");

        c.MapGet("/slots", async (MuseumDb db, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await CounselingSlots.ComingAsync(db, clock, 60, ct)))
            .RequireAuthorization(ReadersOnly).WithName("ListConsultationSlots").WithSummary("The coming 60 days' consultation slots with places booked");
        c.MapPost("/slots", async Task<Results<Created<ConsultationSlot>, Refused>> (CounselingSlots.Command cmd, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await CounselingSlots.CreateAsync(db, clock, cmd, ct), x => $"/api/v1/counseling/slots/{x.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateConsultationSlot").WithSummary("Open a consultation slot parents may book online");
        c.MapGet("/bookings", BookingsAsync).RequireAuthorization(ReadersOnly).WithName("ListConsultationBookings")
            .WithSummary("Parents' bookings from..to (at most 92 days; phones masked)");

        c.MapCaseApi();
    }

    private static async Task<Results<Ok<CounselingStatistics.Figures>, ValidationProblem>> StatisticsAsync(int? year, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? MuseumClock.Today(clock).Year;
        if (!Plausible.IsYear(y)) return Problems.Field("year", Plausible.YearMessage);
        return TypedResults.Ok(await CounselingStatistics.ForAsync(db, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), ct));
    }

    private static async Task<IResult> LogsAsync(int? year, CenterVisitKind? kind, string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? MuseumClock.Today(clock).Year;
        if (!Plausible.IsYear(y)) return Problems.Field("year", Plausible.YearMessage);
        if (format is not null && !Exports.Wanted(format)) return Problems.Field("format", "格式只能是 xlsx 或 csv。", "The format must be xlsx or csv.");
        var logs = await ListLogs.HandleAsync(db, y, kind, 5000, ct);
        if (!Exports.Wanted(format)) return TypedResults.Ok(logs);
        var rows = logs.Calls.Select(x => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [L("日期", "Date")] = x.Date.ToString("yyyy-MM-dd"), [L("类型", "Kind")] = L("来电", "Call"), [L("人次", "People")] = 1,
                [L("时长（分钟）", "Minutes")] = x.DurationMinutes, [L("主题", "Topic")] = x.Topic, [L("转介", "Referral")] = x.Referral,
            })
            .Concat(logs.Visits.Select(x => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [L("日期", "Date")] = x.Date.ToString("yyyy-MM-dd"), [L("类型", "Kind")] = CounselingLabels.Visit(x.Kind), [L("人次", "People")] = x.People,
                [L("时长（分钟）", "Minutes")] = null, [L("主题", "Topic")] = x.Topic, [L("转介", "Referral")] = "",
            }));
        return Exports.File(format, $"counseling-logs-{y}", [.. rows]);
    }

    private static async Task<IResult> LecturesAsync(int? year, string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? MuseumClock.Today(clock).Year;
        if (!Plausible.IsYear(y)) return Problems.Field("year", Plausible.YearMessage);
        if (format is not null && !Exports.Wanted(format)) return Problems.Field("format", "格式只能是 xlsx 或 csv。", "The format must be xlsx or csv.");
        var result = await ListLectures.HandleAsync(db, y, ct);
        if (!Exports.Wanted(format)) return TypedResults.Ok(result);
        return Exports.File(format, $"counseling-lectures-{y}", [.. result.Items.Select(l => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [L("日期", "Date")] = l.Date.ToString("yyyy-MM-dd"), [L("主题", "Topic")] = l.Topic, [L("主讲", "Speaker")] = l.Speaker,
            [L("地点", "Place")] = l.Place, [L("场所", "Kind of place")] = CounselingLabels.Place(l.PlaceKind), [L("参加人数", "Participants")] = l.Participants,
            [L("系列", "Series")] = l.Series ?? "", [L("期数", "Session")] = l.Session,
        })]);
    }

    private static async Task<Results<Ok<List<CounselingSlots.BookingItem>>, ValidationProblem>> BookingsAsync(DateOnly? from, DateOnly? to, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var first = from ?? MuseumClock.Today(clock);
        var last = to ?? first.AddDays(30);
        if (last < first || last.DayNumber - first.DayNumber > 92) return Problems.Field("to", "日期范围应在 0–92 天之间。", "The range must be 0–92 days.");
        return TypedResults.Ok(await CounselingSlots.BookingsAsync(db, first, last, ct));
    }
}
