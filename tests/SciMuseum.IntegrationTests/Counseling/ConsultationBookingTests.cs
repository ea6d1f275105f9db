using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Counseling;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Counseling;

/// <summary>Parents book a consultation slot without signing in: never oversold, a past slot refused, cancelled with code and phone.</summary>
public abstract class ConsultationBookingTests(SciMuseumApp app)
{
    private static string Public(TestMuseum m, string path) => $"/api/v1/public/counseling{path}?museum={m.Code}";

    private async Task<(TestMuseum Museum, Guid SlotId)> SlotAsync(int capacity)
    {
        var museum = await app.CreateMuseumAsync();
        var head = await app.NewUserAsync(museum.Id, Roles.CounselingCenter);
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd");
        var slot = await (await head.PostAsJsonAsync("/api/v1/counseling/slots", new { date, start = "09:00", end = "10:00", capacity })).JsonAsync(HttpStatusCode.Created);
        return (museum, slot.GetProperty("id").GetGuid());
    }

    private static object Booking(Guid slotId, int n = 0) => new { slotId, name = $"家长{n}", phone = $"139{n:00000000}", ageBand = "Junior" };

    [Fact]
    public async Task Thirty_parents_racing_for_five_places_get_exactly_five_bookings()
    {
        var (museum, slotId) = await SlotAsync(5);
        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(n => app.Anonymous().PostAsJsonAsync(Public(museum, "/bookings"), Booking(slotId, n))));
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            await refused.ProblemAsync(HttpStatusCode.Conflict, "/problems/sold-out");
        var (booked, rows) = await app.InSystemScopeAsync(async (_, db) => (
            await db.ConsultationSlots.Where(s => s.Id == slotId).Select(s => s.Booked).SingleAsync(),
            await db.ConsultationBookings.CountAsync(b => b.SlotId == slotId)));
        Assert.Equal((5, 5), (booked, rows));
    }

    [Fact]
    public async Task A_booking_gives_a_code_that_cancels_it_with_the_phone_and_the_place_comes_back()
    {
        var (museum, slotId) = await SlotAsync(1);
        var anonymous = app.Anonymous();
        var created = await (await anonymous.PostAsJsonAsync(Public(museum, "/bookings"), Booking(slotId, 7))).JsonAsync(HttpStatusCode.Created);
        var code = created.GetProperty("code").GetString()!;
        Assert.Equal("Confirmed", created.GetProperty("status").GetString());
        await (await anonymous.PostAsJsonAsync(Public(museum, "/bookings"), Booking(slotId, 8))).ProblemAsync(HttpStatusCode.Conflict, "/problems/sold-out");

        await (await anonymous.PostAsJsonAsync(Public(museum, $"/bookings/{code}/cancel"), new { phone = "13900000000" })).ProblemAsync(HttpStatusCode.NotFound);
        var cancelled = await (await anonymous.PostAsJsonAsync(Public(museum, $"/bookings/{code}/cancel"), new { phone = "13900000007" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        await (await anonymous.PostAsJsonAsync(Public(museum, $"/bookings/{code}/cancel"), new { phone = "13900000007" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await anonymous.PostAsJsonAsync(Public(museum, "/bookings"), Booking(slotId, 8))).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_past_slot_and_bad_fields_are_refused_and_nothing_is_written()
    {
        var (museum, _) = await SlotAsync(3);
        var past = await app.InSystemScopeAsync(async (_, db) =>
        {
            var slot = new ConsultationSlot { MuseumId = museum.Id, Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), Start = new(9, 0), End = new(10, 0), Capacity = 3 };
            db.ConsultationSlots.Add(slot);
            await db.SaveChangesAsync();
            return slot.Id;
        });
        var before = await app.InSystemScopeAsync((_, db) => db.ConsultationBookings.IgnoreQueryFilters().CountAsync());
        var anonymous = app.Anonymous();
        var problem = await (await anonymous.PostAsJsonAsync(Public(museum, "/bookings"), Booking(past))).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("slotId"));
        var bad = await (await anonymous.PostAsJsonAsync(Public(museum, "/bookings"), new { slotId = past, name = "", phone = "123", ageBand = "Toddler" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.ConsultationBookings.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(0, await app.InSystemScopeAsync((_, db) => db.ConsultationSlots.Where(s => s.Id == past).Select(s => s.Booked).SingleAsync()));
        var head = await app.NewUserAsync(museum.Id, Roles.CounselingCenter);
        await (await head.PostAsJsonAsync("/api/v1/counseling/slots", new { date = "2020-01-01", start = "09:00", end = "10:00", capacity = 2 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
    }
}

[Collection("sqlite")]
public sealed class ConsultationBookingOnSqlite(SqliteApp app) : ConsultationBookingTests(app);

[Collection("postgres")]
public sealed class ConsultationBookingOnPostgres(PostgresApp app) : ConsultationBookingTests(app);
