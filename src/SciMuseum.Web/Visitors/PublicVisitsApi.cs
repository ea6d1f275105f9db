using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Visitors;

/// <summary>/api/v1/public: opening information, booking, cancelling and group requests, without signing in.</summary>
public static class PublicVisitsApi
{
    public const string RateLimitPolicy = "public-writes";

    public static void MapPublicVisitsApi(this IEndpointRouteBuilder api)
    {
        var pub = api.MapGroup("/public").WithTags("Public").AllowAnonymous();

        pub.MapGet("/opening", (DateOnly? date, Opening opening, CancellationToken ct) => opening.DayAsync(date, ct))
            .WithName("GetOpening").WithSummary("A day's status (open/closed, reason), each slot's id, times, capacity and remaining places, current notices; ?date=YYYY-MM-DD, today by default");
        pub.MapGet("/calendar", CalendarAsync).WithName("GetPublicCalendar").WithSummary("Open or closed, with the reason, for each day from..to (at most 92 days)");
        pub.MapGet("/calendar.ics", Feeds.CalendarIcsAsync).WithName("GetCalendarIcs").WithSummary("The opening calendar as iCalendar (closures and special openings, 90 days back, 180 ahead)");
        pub.MapGet("/notices", async (MuseumDb db, Opening opening, TimeProvider clock, CancellationToken ct) =>
            await opening.CurrentNoticesAsync(MuseumClock.Today(clock), ct)).WithName("ListPublicNotices").WithSummary("Notices shown to visitors today");
        pub.MapGet("/notices.atom", Feeds.NoticesAtomAsync).WithName("GetNoticesAtom").WithSummary("Current notices as an Atom feed");
        pub.MapGet("/rules", async (MuseumDb db, CancellationToken ct) => TypedResults.Ok(new { (await VisitorSettingsStore.GetAsync(db, ct)).Rules }))
            .WithName("GetBookingRules").WithSummary("The booking rules as visitors read them");

        pub.MapPost("/reservations", BookAsync).RequireRateLimiting(RateLimitPolicy).WithName("CreateReservation").ProducesProblem(409)
            .WithSummary("Book a slot: {date, slotId, phone, visitors:[{name, idType, idNumber}]} → 201 with the booking code and a QR per visitor; 409 sold-out / already-booked");
        pub.MapGet("/reservations/{code}", ShowAsync).RequireRateLimiting(RateLimitPolicy).WithName("GetReservation")
            .WithSummary("A booking with its tickets, for whoever knows its code and phone (?phone=)");
        pub.MapPost("/reservations/{code}/cancel", CancelAsync).RequireRateLimiting(RateLimitPolicy).WithName("CancelReservation").ProducesProblem(409)
            .WithSummary("Cancel with the code and phone, until the cut-off (23:30 the day before by default)");
        pub.MapPost("/groups", RequestGroupAsync).RequireRateLimiting(RateLimitPolicy).WithName("RequestGroupVisit")
            .WithSummary("Ask for a group visit (团体预约); staff approve or reject it");
        pub.MapGet("/groups/{code}", async Task<Results<Ok<GroupView>, Refused>> (string code, string? phone, MuseumDb db, CancellationToken ct) =>
            {
                var found = await FindBooking.GroupAsync(db, code, phone, ct);
                return found.Value is { } g ? TypedResults.Ok(VisitViews.Group(g)) : Problems.From(found.Refusal!);
            }).RequireRateLimiting(RateLimitPolicy).WithName("GetGroupVisit").WithSummary("A group visit request, for whoever knows its code and the leader's phone (?phone=)");
    }

    private static async Task<Results<Ok<List<object>>, ValidationProblem>> CalendarAsync(DateOnly? from, DateOnly? to, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var start = from ?? MuseumClock.Today(clock);
        var end = to ?? start.AddDays(30);
        if (end < start || end.DayNumber - start.DayNumber > 92)
            return Problems.Field("to", "日期范围应在 0–92 天之间。", "The range must be 0–92 days.");
        var calendar = await VisitorCache.CalendarAsync(db, ct);
        return TypedResults.Ok(calendar.Days(start, end).Select(d => (object)new { d.Date, d.IsOpen, d.Reason, DailyCap = d.IsOpen ? d.Rule?.DailyCap ?? 0 : 0 }).ToList());
    }

    internal static async Task<Results<Created<ReservationView>, Refused>> BookAsync(
        BookVisit.Command c, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct)
    {
        var secrets = await VisitorSecrets.ForMuseumAsync(db, protection, ct);
        var outcome = await BookVisit.HandleAsync(db, secrets, clock, c, VisitChannel.Individual, "visitor", ct);
        return await AnswerAsync(outcome, db, secrets, clock, ct);
    }

    internal static async Task<Results<Created<ReservationView>, Refused>> AnswerAsync(
        Result<BookVisit.Booked> outcome, MuseumDb db, VisitorSecrets secrets, TimeProvider clock, CancellationToken ct) =>
        outcome.Value is { } b
            ? TypedResults.Created($"/api/v1/public/reservations/{b.Reservation.Code}",
                VisitViews.Reservation(b.Reservation, b.Slot, await VisitorSettingsStore.GetAsync(db, ct), secrets, clock, fullPhone: true))
            : Problems.From(outcome.Refusal!);

    private static async Task<Results<Ok<ReservationView>, Refused>> ShowAsync(
        string code, string? phone, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct)
    {
        var found = await FindBooking.ReservationAsync(db, code, phone, ct);
        if (found.Value is not { } b) return Problems.From(found.Refusal!);
        var secrets = await VisitorSecrets.ForMuseumAsync(db, protection, ct);
        return TypedResults.Ok(VisitViews.Reservation(b.Reservation, b.Slot, await VisitorSettingsStore.GetAsync(db, ct), secrets, clock, fullPhone: true));
    }

    private static async Task<Results<Ok<ReservationView>, Refused>> CancelAsync(
        string code, CancelReservation.Command c, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct) =>
        await CancelOutcomeAsync(await CancelReservation.HandleAsync(db, clock, code, c.Phone, "visitor", ct), db, protection, clock, ct);

    internal static async Task<Results<Ok<ReservationView>, Refused>> CancelOutcomeAsync(
        Result<Reservation> outcome, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct)
    {
        if (outcome.Value is not { } reservation) return Problems.From(outcome.Refusal!);
        var slot = await db.Set<TimeSlot>().AsNoTracking().FirstAsync(s => s.Id == reservation.TimeSlotId, ct);
        var secrets = await VisitorSecrets.ForMuseumAsync(db, protection, ct);
        return TypedResults.Ok(VisitViews.Reservation(reservation, slot, await VisitorSettingsStore.GetAsync(db, ct), secrets, clock, fullPhone: true));
    }

    private static async Task<Results<Created<GroupView>, Refused>> RequestGroupAsync(
        Groups.RequestCommand c, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct)
    {
        var secrets = await VisitorSecrets.ForMuseumAsync(db, protection, ct);
        var outcome = await Groups.RequestAsync(db, secrets, clock, c, ct);
        if (outcome.Value is not { } group) return Problems.From(outcome.Refusal!);
        return TypedResults.Created($"/api/v1/public/groups/{group.Code}",
            VisitViews.Group(group, await db.Set<TimeSlot>().AsNoTracking().FirstAsync(s => s.Id == group.TimeSlotId, ct), null));
    }
}
