using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Counseling;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;

namespace SciMuseum.Web.Counseling;

/// <summary>/api/v1/public/counseling: parents book and cancel a consultation slot without signing in.</summary>
public static class PublicCounselingApi
{
    public sealed record SlotView(Guid Id, DateOnly Date, string Time, int Remaining);

    /// <summary>A booking as its parent sees it: the code to keep, the slot, the status. The phone is theirs already; not echoed.</summary>
    public sealed record BookingView(string Code, DateOnly Date, string Time, string Name, AgeBand AgeBand, ConsultationBookingStatus Status);

    public static BookingView View(BookConsultation.Booked b) =>
        new(b.Booking.Code, b.Slot.Date, b.Slot.Label, b.Booking.Name, b.Booking.AgeBand, b.Booking.Status);

    public static void MapPublicCounselingApi(this IEndpointRouteBuilder api)
    {
        var pub = api.MapGroup("/public/counseling").WithTags("Public").AllowAnonymous();

        pub.MapGet("/slots", async (MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok((await CounselingSlots.ComingAsync(db, clock, 30, ct)).Select(s => new SlotView(s.Id, s.Date, s.Label, s.Remaining)).ToList()))
            .WithName("ListPublicConsultationSlots").WithSummary("The coming 30 days' consultation slots with places left");
        pub.MapPost("/bookings", async Task<Results<Created<BookingView>, Refused>> (BookConsultation.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var r = await BookConsultation.HandleAsync(db, clock, c, ct);
                return r.Value is { } b ? TypedResults.Created($"/api/v1/public/counseling/bookings/{b.Booking.Code}", View(b)) : Problems.From(r.Refusal!);
            })
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("BookConsultation").ProducesProblem(409)
            .WithSummary("Book a consultation slot: {slotId, name (or alias), phone, ageBand} → 201 with a confirmation code; 409 sold-out; a past slot is a 400");
        pub.MapGet("/bookings/{code}", async Task<Results<Ok<BookingView>, Refused>> (string code, string? phone, MuseumDb db, CancellationToken ct) =>
            {
                var r = await CancelConsultation.FindAsync(db, code, phone ?? "", ct);
                return r.Value is { } b ? TypedResults.Ok(View(b)) : Problems.From(r.Refusal!);
            })
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("GetConsultationBooking").WithSummary("A booking, for whoever knows its code and phone (?phone=)");
        pub.MapPost("/bookings/{code}/cancel", async Task<Results<Ok<BookingView>, Refused>> (string code, CancelConsultation.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var r = await CancelConsultation.HandleAsync(db, clock, code, c.Phone!, ct);
                return r.Value is { } b ? TypedResults.Ok(View(b)) : Problems.From(r.Refusal!);
            })
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("CancelConsultationBooking").ProducesProblem(409)
            .WithSummary("Cancel with the code and the phone; the place goes back");
    }
}
