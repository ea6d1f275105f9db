using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Visitors;

/// <summary>/api/v1/visitors/calendar, /notices, /settings: what the museum publishes about its opening.</summary>
public static class CalendarApi
{
    public static void MapVisitorCalendarApi(this RouteGroupBuilder v, AuthorizeAttribute managers)
    {
        v.MapGet("/calendar/rules", async (MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<OpeningRule>().AsNoTracking().Include(r => r.Slots).OrderBy(r => r.EffectiveFrom).ToListAsync(ct)))
            .WithName("ListOpeningRules").WithSummary("Opening rules from their start dates: weekdays, daily cap, time slots");
        v.MapPost("/calendar/rules", async (CalendarAdmin.RuleCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await CalendarAdmin.SaveRuleAsync(db, clock, c, ct)))
            .RequireAuthorization(managers).WithName("SaveOpeningRule")
            .WithSummary("Add an opening rule from a date (weekdays, daily cap, slots), or replace the one of that date");
        v.MapDelete("/calendar/rules/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => RemoveAsync<OpeningRule>(db, id, ct))
            .RequireAuthorization(managers).WithName("DeleteOpeningRule").WithSummary("Delete an opening rule");

        v.MapGet("/calendar/exceptions", async (MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<CalendarException>().AsNoTracking().OrderByDescending(e => e.From).ToListAsync(ct)))
            .WithName("ListCalendarExceptions").WithSummary("Closures and special openings with their reasons");
        v.MapPost("/calendar/exceptions", AddExceptionAsync).RequireAuthorization(managers).WithName("CreateCalendarException")
            .WithSummary("A closure (with reason) or special opening over a date range; closing days with admitted visitors is refused (409), "
                + "days with confirmed bookings need cancelBookings (409 names how many), past days and signed-off years need a leader");
        v.MapDelete("/calendar/exceptions/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => RemoveAsync<CalendarException>(db, id, ct))
            .RequireAuthorization(managers).WithName("DeleteCalendarException").WithSummary("Delete a closure or special opening");

        v.MapGet("/notices", async (MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.Set<Notice>().AsNoTracking().OrderByDescending(n => n.PublishFrom).Take(500).ToListAsync(ct)).Select(VisitViews.Notice)))
            .WithName("ListNotices").WithSummary("Notices, current and past");
        v.MapPost("/notices", async (CalendarAdmin.NoticeCommand c, MuseumDb db, CancellationToken ct) =>
            {
                var n = Apply(new Notice(), c);
                db.Add(n);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/visitors/notices/{n.Id}", VisitViews.Notice(n));
            }).RequireAuthorization(managers).ForgetsOpening().WithName("CreateNotice").WithSummary("Publish a notice");
        v.MapPut("/notices/{id:guid}", async Task<Results<Ok<NoticeView>, ProblemHttpResult>> (Guid id, CalendarAdmin.NoticeCommand c, MuseumDb db, CancellationToken ct) =>
            {
                if (await db.Set<Notice>().FirstOrDefaultAsync(n => n.Id == id, ct) is not { } n) return Problems.NotFound("找不到该公告。", "No such notice.");
                Apply(n, c);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(VisitViews.Notice(n));
            }).RequireAuthorization(managers).ForgetsOpening().WithName("UpdateNotice").WithSummary("Change a notice");
        v.MapDelete("/notices/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.Set<Notice>(), id, ct))
            .RequireAuthorization(managers).ForgetsOpening().WithName("DeleteNotice").WithSummary("Delete a notice");

        v.MapGet("/settings", async (MuseumDb db, CancellationToken ct) => TypedResults.Ok(Settings(await VisitorSettingsStore.GetAsync(db, ct))))
            .WithName("GetVisitorSettings").WithSummary("The museum's booking settings (party size, no-show rule, cut-off, retention)");
        v.MapPut("/settings", async (CalendarAdmin.SettingsCommand c, MuseumDb db, CancellationToken ct) =>
                TypedResults.Ok(Settings(await CalendarAdmin.SaveSettingsAsync(db, c, ct))))
            .RequireAuthorization(managers).WithName("SaveVisitorSettings").WithSummary("The booking rules: window, party size, cut-off, 爽约 rule, group limits, retention");
    }

    public sealed record ExceptionView(Guid Id, DateOnly From, DateOnly To, bool IsOpen, string Reason, int CancelledReservations, int CancelledTickets);

    private static async Task<Results<Created<ExceptionView>, ProblemHttpResult>> AddExceptionAsync(CalendarAdmin.ExceptionCommand c, MuseumDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var outcome = await AddCalendarException.HandleAsync(db, clock, c, ct);
        if (outcome is AddCalendarException.Added { Exception: var e } added)
            return TypedResults.Created($"/api/v1/visitors/calendar/exceptions/{e.Id}",
                new ExceptionView(e.Id, e.From, e.To, e.IsOpen, e.Reason, added.CancelledReservations, added.CancelledTickets));
        if (outcome is AddCalendarException.PastPeriod p) return Problems.PastPeriod(p.Verdict);
        var text = AddCalendarException.Explain(outcome);
        if (outcome is not AddCalendarException.HasBookings booked) return Problems.Refused("days-had-visitors", text, text);
        var problem = Problems.Refused("confirmed-bookings", text, text);
        problem.ProblemDetails.Extensions["reservations"] = booked.Reservations;
        problem.ProblemDetails.Extensions["tickets"] = booked.Tickets;
        return problem;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync<T>(MuseumDb db, Guid id, CancellationToken ct) where T : SciMuseum.Core.Common.MuseumEntity =>
        await CalendarAdmin.RemoveAsync<T>(db, id, ct) ? TypedResults.NoContent() : Problems.NotFound("本馆没有这条记录。", "No such record in this museum.");

    private static Notice Apply(Notice n, CalendarAdmin.NoticeCommand c)
    {
        n.Title = c.Title!.Trim();
        n.Body = c.Body?.Trim() ?? "";
        n.PublishFrom = c.PublishFrom!.Value;
        n.PublishUntil = c.PublishUntil;
        n.IsPinned = c.IsPinned == true;
        return n;
    }

    // The ticket key stays in the database.
    private static CalendarAdmin.SettingsCommand Settings(VisitorSettings s) => new(s.BookingDaysAhead, s.MaxVisitorsPerBooking, s.CancelCutoff,
        s.NoShowLimit, s.NoShowWindowDays, s.NoShowBarDays, s.GroupMin, s.GroupMax, s.PupilsPerTeacher, s.GroupLeadDays, s.RetentionDays, s.Rules);

    /// <summary>Notices are part of the published opening: a change on this instance forgets its copies at once.</summary>
    private static RouteHandlerBuilder ForgetsOpening(this RouteHandlerBuilder endpoint) => endpoint.AddEndpointFilter(async (ctx, next) =>
    {
        var result = await next(ctx);
        VisitorCache.Changed(ctx.HttpContext.RequestServices.GetRequiredService<MuseumDb>().User.MuseumId);
        return result;
    });
}
