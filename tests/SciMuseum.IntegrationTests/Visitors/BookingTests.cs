using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Visitors;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>Real-name booking: the public contract, the rules, bad input refused without taking a place, capacity never oversold.</summary>
public abstract class BookingTests(SciMuseumApp app)
{
    [Fact]
    public async Task The_demo_museum_publishes_todays_opening_with_slot_ids_capacity_and_remaining_places()
    {
        var today = await app.Anonymous().GetJsonAsync("/api/v1/public/opening");
        Assert.Equal(Today.ToString("yyyy-MM-dd"), today.GetProperty("date").GetString());
        // The 2021-on rule: Tuesday to Sunday, three slots of 400.
        var open = Today.DayOfWeek != DayOfWeek.Monday;
        Assert.Equal(open, today.GetProperty("isOpen").GetBoolean());
        var monday = Today.AddDays(((int)DayOfWeek.Monday - (int)Today.DayOfWeek + 7) % 7);
        var closed = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={monday:yyyy-MM-dd}");
        Assert.False(closed.GetProperty("isOpen").GetBoolean());
        Assert.Equal("每周一闭馆", closed.GetProperty("reason").GetString());
        var tuesday = Today.AddDays(((int)DayOfWeek.Tuesday - (int)Today.DayOfWeek + 7) % 7);
        var day = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={tuesday:yyyy-MM-dd}");
        var slots = day.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(["09:00", "11:30", "14:00"], slots.Select(s => s.GetProperty("start").GetString()));
        Assert.All(slots, s =>
        {
            Assert.True(Guid.TryParse(s.GetProperty("id").GetString(), out _));
            Assert.Equal(400, s.GetProperty("capacity").GetInt32());
            Assert.InRange(s.GetProperty("remaining").GetInt32(), 0, 400);
        });
        Assert.Equal(1200, day.GetProperty("dailyCap").GetInt32());
    }

    [Fact]
    public async Task A_booking_answers_201_with_its_code_and_a_signed_qr_per_visitor_and_takes_the_places()
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(2);
        var slot = await app.SlotOnAsync(m, date);
        var id = NewId();
        var booking = await app.BookedAsync(m, slot, date, Visitor(id, "张三"), Visitor(name: "Anna-Lena O'Brien"));
        Assert.Matches("^[2-9A-Z]{10}$", booking.GetProperty("code").GetString());
        var tickets = booking.GetProperty("tickets").EnumerateArray().ToList();
        Assert.Equal(2, tickets.Count);
        Assert.All(tickets, t => Assert.StartsWith("SM1.", t.GetProperty("qr").GetString()));
        // The QR text carries nothing personal.
        Assert.DoesNotContain(id, tickets[0].GetProperty("qr").GetString());
        Assert.Equal(id[..4] + "**********" + id[^4..], tickets[0].GetProperty("idMasked").GetString());
        var opening = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={date:yyyy-MM-dd}&{m.Q}");
        Assert.Equal(998, opening.GetProperty("slots")[0].GetProperty("remaining").GetInt32());

        // The same ID on the same day: refused, in this or another booking, and no place taken.
        var before = await app.CountVisitsAsync();
        await (await app.BookAsync(m, slot, date, Visitor(id))).ProblemAsync(HttpStatusCode.Conflict, "/problems/already-booked");
        Assert.Equal(before, await app.CountVisitsAsync());
        // The ID is stored encrypted, not in clear.
        var stored = await app.InSystemScopeAsync((_, db) => db.Set<Ticket>().Where(t => t.IdMasked == tickets[0].GetProperty("idMasked").GetString()).Select(t => t.IdProtected).FirstAsync());
        Assert.DoesNotContain(id, stored);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "visitors[0].idNumber", """{"name":"张三","idType":"ResidentId","idNumber":"110105194912310021"}""" },
        { "visitors[0].idNumber", """{"name":"张三","idType":"ResidentId","idNumber":"11010520991231002X"}""" },
        { "visitors[0].name", "{\"name\":\"" + new string('张', 200) + "\",\"idType\":\"Passport\",\"idNumber\":\"E12345678\"}" },
        { "visitors[0].name", """{"name":"张三😀","idType":"Passport","idNumber":"E12345678"}""" },
        { "visitors[0].name", """{"name":"<script>alert(1)</script>","idType":"Passport","idNumber":"E12345678"}""" },
        { "visitors[0].idNumber", """{"name":"张三","idType":"HongKongMacauPermit","idNumber":"X123"}""" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_visitors_are_named_field_by_field_and_take_no_place(string field, string visitor)
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(1);
        var slot = await app.SlotOnAsync(m, date);
        var before = await app.CountVisitsAsync();
        var body = $$"""{"date":"{{date:yyyy-MM-dd}}","slotId":"{{slot}}","phone":"13912345678","visitors":[{{visitor}}]}""";
        var problem = await (await app.Anonymous().PostAsync($"/api/v1/public/reservations?{m.Q}", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Equal(before, await app.CountVisitsAsync());
    }

    [Fact]
    public async Task Past_dates_closed_days_unknown_slots_and_wrong_party_sizes_are_refused_without_taking_a_place()
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(1);
        var slot = await app.SlotOnAsync(m, date);
        var admin = await app.AdminAsync();
        await (await admin.PostAsJsonAsync($"/api/v1/visitors/calendar/exceptions?{m.Q}", new { from = Today.AddDays(3).ToString("yyyy-MM-dd"), to = Today.AddDays(3).ToString("yyyy-MM-dd"), isOpen = false, reason = "设备检修" }))
            .JsonAsync(HttpStatusCode.Created);
        var before = await app.CountVisitsAsync();
        async Task<string[]> Refused(DateOnly d, Guid s, object[] visitors, string field) =>
            (await (await app.BookAsync(m, s, d, visitors)).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor(field);

        Assert.NotEmpty(await Refused(Today.AddDays(-1), slot, [Visitor()], "date"));
        Assert.Contains("设备检修", (await Refused(Today.AddDays(3), slot, [Visitor()], "date"))[0]);
        Assert.NotEmpty(await Refused(Today.AddDays(30), slot, [Visitor()], "date"));
        Assert.NotEmpty(await Refused(date, Guid.NewGuid(), [Visitor()], "slotId"));
        Assert.NotEmpty(await Refused(date, slot, [], "visitors"));
        Assert.NotEmpty(await Refused(date, slot, [.. Enumerable.Range(0, 6).Select(_ => Visitor())], "visitors"));
        Assert.NotEmpty(await Refused(date, slot, [.. Enumerable.Range(0, 1000).Select(_ => Visitor())], "visitors"));
        var id = NewId();
        Assert.NotEmpty(await Refused(date, slot, [Visitor(id), Visitor(id)], "visitors[1].idNumber"));
        Assert.Equal(before, await app.CountVisitsAsync());
    }

    [Fact]
    public async Task A_new_rule_remakes_unused_slots_and_gives_used_ones_its_capacity()
    {
        var m = await app.OpenMuseumAsync(capacity: 100);
        var (used, unused) = (Today.AddDays(1), Today.AddDays(2));
        await app.BookedAsync(m, await app.SlotOnAsync(m, used), used, Visitor());
        await app.SlotOnAsync(m, unused);
        var admin = await app.AdminAsync();
        await (await admin.PostAsJsonAsync($"/api/v1/visitors/calendar/rules?{m.Q}", new
        {
            effectiveFrom = Today.ToString("yyyy-MM-dd"), openWeekdays = Enum.GetNames<DayOfWeek>(), dailyCap = 300,
            slots = new[] { new { start = "00:00:00", end = "12:00:00", capacity = 150 }, new { start = "12:00:00", end = "23:59:00", capacity = 150 } },
        })).JsonAsync(HttpStatusCode.OK);
        var remade = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={unused:yyyy-MM-dd}&{m.Q}");
        Assert.Equal([150, 150], remade.GetProperty("slots").EnumerateArray().Select(x => x.GetProperty("capacity").GetInt32()));
        var kept = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={used:yyyy-MM-dd}&{m.Q}");
        var slot = Assert.Single(kept.GetProperty("slots").EnumerateArray());
        Assert.Equal(150, slot.GetProperty("capacity").GetInt32());
        Assert.Equal(1, slot.GetProperty("booked").GetInt32());
    }

    [Fact]
    public async Task Concurrent_bookings_never_oversell_a_slot()
    {
        var m = await app.OpenMuseumAsync(capacity: 12);
        var date = Today.AddDays(1);
        var slot = await app.SlotOnAsync(m, date);
        // Everyone passes the early sold-out check together, inserts, and only then takes a place: the losers roll back.
        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => app.BookAsync(m, slot, date, Visitor())));
        Assert.Equal(12, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            await refused.ProblemAsync(HttpStatusCode.Conflict, "/problems/sold-out");
        var (booked, tickets, ids, reservations) = await app.InSystemScopeAsync(async (_, db) => (
            (await db.Set<TimeSlot>().SingleAsync(s => s.Id == slot)).Booked,
            await db.Set<Ticket>().CountAsync(t => t.TimeSlotId == slot),
            await db.Set<Ticket>().Where(t => t.TimeSlotId == slot).Select(t => t.IdHash).Distinct().CountAsync(),
            await db.Set<Reservation>().CountAsync(r => r.TimeSlotId == slot)));
        Assert.Equal(12, booked);
        Assert.Equal(12, tickets);
        Assert.Equal(12, ids);
        Assert.Equal(12, reservations);
    }

    [Fact]
    public async Task A_sold_out_slot_books_again_at_once_after_a_cancellation_on_this_instance()
    {
        // The instance remembers "sold out" for a second (a storm's refusals skip the database); a place given back here
        // must be bookable at once, and the refusal before it says what is left, as the database would.
        var m = await app.OpenMuseumAsync(capacity: 2);
        var date = Today.AddDays(2);
        var slot = await app.SlotOnAsync(m, date);
        var code = (await app.BookedAsync(m, slot, date, Visitor(), Visitor())).GetProperty("code").GetString();
        for (var i = 0; i < 3; i++)
        {
            var refused = await (await app.BookAsync(m, slot, date, Visitor())).ProblemAsync(HttpStatusCode.Conflict, "/problems/sold-out");
            Assert.Contains("剩余 0 个名额", refused.GetProperty("detail").GetString());
        }
        await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/reservations/{code}/cancel?{m.Q}", new { phone = "13912345678" }))
            .JsonAsync(HttpStatusCode.OK);
        await app.BookedAsync(m, slot, date, Visitor());
        await app.BookedAsync(m, slot, date, Visitor());
        var last = await (await app.BookAsync(m, slot, date, Visitor())).ProblemAsync(HttpStatusCode.Conflict, "/problems/sold-out");
        Assert.Contains("剩余 0 个名额", last.GetProperty("detail").GetString());
        var booked = await app.InSystemScopeAsync(async (_, db) => (await db.Set<TimeSlot>().SingleAsync(s => s.Id == slot)).Booked);
        Assert.Equal(2, booked);
    }

    [Fact]
    public async Task The_same_id_booked_at_once_twice_is_confirmed_once_and_takes_one_place()
    {
        var m = await app.OpenMuseumAsync(capacity: 50);
        var date = Today.AddDays(1);
        var slot = await app.SlotOnAsync(m, date);
        var id = NewId();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.BookAsync(m, slot, date, Visitor(id))));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            await refused.ProblemAsync(HttpStatusCode.Conflict, "/problems/already-booked");
        var (booked, tickets) = await app.InSystemScopeAsync(async (_, db) =>
            ((await db.Set<TimeSlot>().SingleAsync(s => s.Id == slot)).Booked, await db.Set<Ticket>().CountAsync(t => t.TimeSlotId == slot)));
        Assert.Equal(1, booked);
        Assert.Equal(1, tickets);
    }

    [Fact]
    public async Task Cancelling_needs_the_phone_returns_the_places_and_stops_at_the_cut_off()
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(2);
        var slot = await app.SlotOnAsync(m, date);
        var code = (await app.BookedAsync(m, slot, date, Visitor(), Visitor())).GetProperty("code").GetString();
        await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/reservations/{code}/cancel?{m.Q}", new { phone = "13000000000" }))
            .ProblemAsync(HttpStatusCode.NotFound);
        var cancelled = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/reservations/{code}/cancel?{m.Q}", new { phone = "13912345678" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        var opening = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={date:yyyy-MM-dd}&{m.Q}");
        Assert.Equal(1000, opening.GetProperty("slots")[0].GetProperty("remaining").GetInt32());

        // A booking for today is past the cut-off (23:30 yesterday).
        var todayCode = (await app.BookedAsync(m, m.TodaySlot, Today, Visitor())).GetProperty("code").GetString();
        await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/reservations/{todayCode}/cancel?{m.Q}", new { phone = "13912345678" }))
            .ProblemAsync(HttpStatusCode.Conflict, "/problems/too-late");
    }

    [Fact]
    public async Task Three_no_shows_in_90_days_bar_the_id_for_30_days()
    {
        var m = await app.OpenMuseumAsync();
        var id = NewId();
        // Three past bookings never used, written as the booking would have written them.
        await app.InSystemScopeAsync(async (services, db) =>
        {
            db.User.Use(new System.Security.Claims.ClaimsPrincipal(), m.Museum.Id);
            var settings = await VisitorSettingsStore.GetAsync(db);
            var secrets = new VisitorSecrets(settings.TicketKey, VisitorSecrets.Protector(services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()));
            foreach (var daysAgo in new[] { 50, 20, 5 })
            {
                var slot = new TimeSlot { MuseumId = m.Museum.Id, Date = Today.AddDays(-daysAgo), Start = new(9, 0), End = new(10, 0), Capacity = 5, Booked = 1 };
                db.Add(slot);
                db.Add(new Reservation
                {
                    MuseumId = m.Museum.Id, Code = BookVisit.NewCode(), Date = slot.Date, TimeSlotId = slot.Id, Phone = "13912345678",
                    Tickets = [new Ticket { MuseumId = m.Museum.Id, TimeSlotId = slot.Id, Date = slot.Date, Name = "爽约者", IdHash = secrets.Hash(IdType.ResidentId, id) }],
                });
            }
            return await db.SaveChangesAsync();
        });
        var date = Today.AddDays(1);
        var problem = await (await app.BookAsync(m, await app.SlotOnAsync(m, date), date, Visitor(NewId()), Visitor(id))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("爽约 3 次", problem.ErrorsFor("visitors[1].idNumber")[0]);
        Assert.Contains(Today.AddDays(25).ToString("yyyy-MM-dd"), problem.ErrorsFor("visitors[1].idNumber")[0]);
    }
}

[Collection("sqlite")]
public sealed class BookingOnSqlite(SqliteApp app) : BookingTests(app);

[Collection("postgres")]
public sealed class BookingOnPostgres(PostgresApp app) : BookingTests(app);
