using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Visitors;

/// <summary>/api/v1/visitors: the gate, occupancy, bookings, groups, the calendar and the figures, for staff.</summary>
public static class VisitorsApi
{
    private static readonly AuthorizeAttribute Gate = new() { Roles = VisitorRoles.Gate };
    private static readonly AuthorizeAttribute Managers = new() { Roles = VisitorRoles.Managers };
    private static readonly AuthorizeAttribute Personal = new() { Roles = VisitorRoles.PersonalData };
    private static readonly AuthorizeAttribute Readers = new() { Roles = VisitorRoles.StatisticsReaders };

    public sealed record CheckInCommand(string? Text);

    public sealed record WalkInCommand(Guid? SlotId, string? Phone, List<BookVisit.VisitorInput>? Visitors);

    public static void MapVisitorsApi(this IEndpointRouteBuilder api)
    {
        var v = api.MapGroup("/visitors").WithTags("Visitors").RequireAuthorization();

        v.MapGet("/statistics", StatisticsAsync).RequireAuthorization(Readers).WithName("GetVisitorStatistics")
            .WithSummary("Visitors admitted and open days for a year (?year=) or period (?from=&to=), per month, slot and channel; ?format=xlsx|csv exports the days");
        v.MapGet("/daily", async (DateOnly from, DateOnly to, VisitorStatistics s, CancellationToken ct) =>
                to < from || to.DayNumber - from.DayNumber > 400
                    ? (IResult)Problems.Field("to", "日期范围应在 0–400 天之间。", "The range must be 0–400 days.")
                    : TypedResults.Ok(await s.DailyAsync(from, to, ct)))
            .RequireAuthorization(Readers).WithName("GetVisitorDaily").WithSummary("Bookings and admissions per day from..to (at most 400 days)");

        // The context is made only when the scan needs more than the admitting statement (CheckIn.HandleAsync, issue 19).
        v.MapPost("/checkins", async (CheckInCommand c, HttpContext http, UserContext user, DbContextOptions options, IDataProtectionProvider protection,
                TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await CheckIn.HandleAsync(user, options, http.RequestServices.GetRequiredService<MuseumDb>, protection, clock, c.Text, ct)))
            .RequireAuthorization(Gate).WithName("CheckIn")
            .WithSummary("核验入馆: a QR text, booking code or ID number → admitted / alreadyAdmitted (with time) / wrongDay / wrongSlot / cancelled / unknown");
        v.MapPost("/walkins", WalkInAsync).RequireAuthorization(Gate).WithName("RegisterWalkIn")
            .WithSummary("现场登记: visitors admitted at once into today's slot (the current one by default), counted against the same cap");
        v.MapGet("/occupancy", OccupancyAsync).RequireAuthorization(Gate).WithName("GetOccupancy")
            .WithSummary("Live occupancy of a day (today by default): per slot capacity, places taken, admitted");

        v.MapGet("/reservations", ReservationsAsync).RequireAuthorization(Personal).WithName("ListReservations")
            .WithSummary("A day's bookings with their tickets (names, masked IDs); ?date=&q= (code, name or phone)");
        v.MapPost("/reservations/{code}/cancel", async (string code, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct) =>
                await PublicVisitsApi.CancelOutcomeAsync(await CancelReservation.HandleAsync(db, clock, code, null, db.User.UserName ?? "staff", ct), db, protection, clock, ct))
            .RequireAuthorization(Managers).WithName("CancelReservationAsStaff").ProducesProblem(409).WithSummary("Cancel a booking for a visitor (staff), giving its places back");

        v.MapGet("/groups", GroupsAsync).RequireAuthorization(Personal).WithName("ListGroupVisits").WithSummary("Group visit requests by date; ?status=&from=");
        v.MapPost("/groups/{id:guid}/approve", (Guid id, Groups.DecisionCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                DecideAsync(db, Groups.ApproveAsync(db, id, c, db.User.UserName ?? "", clock, ct), ct))
            .RequireAuthorization(Managers).WithName("ApproveGroupVisit").ProducesProblem(409).WithSummary("Approve a group visit, taking its places from the slot; 409 when already decided or sold out");
        v.MapPost("/groups/{id:guid}/reject", (Guid id, Groups.DecisionCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                DecideAsync(db, Groups.RejectAsync(db, id, c, db.User.UserName ?? "", clock, ct), ct))
            .RequireAuthorization(Managers).WithName("RejectGroupVisit").ProducesProblem(409).WithSummary("Reject a group visit; 409 when already decided");

        v.MapVisitorCalendarApi(Managers);
    }

    private static async Task<IResult> StatisticsAsync(int? year, DateOnly? from, DateOnly? to, string? format, VisitorStatistics s, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? MuseumClock.Today(clock).Year;
        var (start, end) = (from ?? new DateOnly(y, 1, 1), to ?? new DateOnly(y, 12, 31));
        if (end < start || end.DayNumber - start.DayNumber > 3660 || y is < 2000 or > 2100)
            return Problems.Field("to", "统计期间无效。", "The period is not valid.");
        if (Exports.Wanted(format))
            return Exports.File(format, $"visitors-{start:yyyyMMdd}-{end:yyyyMMdd}", [.. (await s.DailyAsync(start, end, ct)).Select(VisitorTables.Day)]);
        var stats = await s.ForPeriodAsync(start, end, ct);
        return TypedResults.Ok(new { Year = start.Year, stats.From, stats.To, stats.Admitted, stats.OpenDays, stats.Individual, stats.Group, stats.WalkIn,
            stats.Booked, stats.NoShows, stats.NoShowRate, stats.AveragePerOpenDay, stats.BusiestDay, stats.BusiestDayAdmitted, stats.Months, stats.Slots,
            stats.PlannedOpenDays, stats.ImportedDays, stats.ImportedVisitors });
    }

    private static async Task<Results<Created<ReservationView>, Refused>> WalkInAsync(
        WalkInCommand c, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct)
    {
        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var slotId = c.SlotId;
        if (slotId is null)
        {
            var day = (await VisitorCache.CalendarAsync(db, ct)).Day(today);
            var slots = await Slots.EnsureAsync(db, day, ct);
            slotId = slots.FirstOrDefault(s => s.End > TimeOnly.FromDateTime(now))?.Id;
            if (slotId is null) return Problems.From(Refusal.OnField("slotId", "今天没有可入馆的时段。", "No slot left today."));
        }
        var command = new BookVisit.Command(today, slotId, c.Phone, c.Visitors);
        var errors = new BookVisit.Validator(clock).Validate(command);
        if (!errors.IsValid) return Problems.Invalid(errors.ToDictionary());
        var secrets = await VisitorSecrets.ForMuseumAsync(db, protection, ct);
        var outcome = await BookVisit.HandleAsync(db, secrets, clock, command, VisitChannel.WalkIn, db.User.UserName ?? "", ct);
        return await PublicVisitsApi.AnswerAsync(outcome, db, secrets, clock, ct);
    }

    private static async Task<DayOccupancy> OccupancyAsync(DateOnly? date, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
        await Occupancy.OfDayAsync(db, date ?? MuseumClock.Today(clock), ct);

    private static async Task<IResult> ReservationsAsync(DateOnly? date, string? q, int? page, int? pageSize, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var day = date ?? MuseumClock.Today(clock);
        var slots = (await Slots.ForDayAsync(db, day, ct)).ToDictionary(s => s.Id, s => s.Label);
        var result = await ListReservations.Query(db, day, q).ToPageAsync(page, pageSize, ct);
        return TypedResults.Ok(new
        {
            result.Total, Page = result.PageNumber, result.PageSize,
            Items = result.Items.Select(r => new
            {
                r.Code, r.Date, Slot = slots.GetValueOrDefault(r.TimeSlotId, ""), r.Channel, r.Status, Phone = VisitViews.MaskPhone(r.Phone),
                Tickets = r.Tickets.Select(t => new { t.Id, t.Name, IdTypeName = IdDocuments.Names[t.IdType], t.IdMasked, t.Status,
                    AdmittedAt = t.AdmittedAt is { } at ? MuseumClock.Format(at) : null }),
            }),
        });
    }

    private static async Task<IResult> GroupsAsync(GroupStatus? status, DateOnly? from, MuseumDb db, CancellationToken ct) =>
        TypedResults.Ok((await ListGroups.HandleAsync(db, status, from, ct)).Select(VisitViews.Group).ToList());

    private static async Task<IResult> DecideAsync(MuseumDb db, Task<Result<GroupVisit>> decision, CancellationToken ct)
    {
        var outcome = await decision;
        if (outcome.Value is not { } g) return Problems.From(outcome.Refusal!);
        return TypedResults.Ok(VisitViews.Group(g, await db.Set<TimeSlot>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == g.TimeSlotId, ct),
            g.ReservationId is { } rid ? await db.Set<Reservation>().Where(r => r.Id == rid).Select(r => r.Code).FirstOrDefaultAsync(ct) : null));
    }
}
