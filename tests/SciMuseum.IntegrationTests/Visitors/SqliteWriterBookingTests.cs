using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>
/// Issue 19: on SQLite a booking runs as prepared commands on the file's writer thread (<see cref="BookOnSqlite"/>) and
/// writes what the EF path writes, in the formats EF reads back and queries by. The other booking tests run this path
/// too on SQLite (refusals, no-show bar, same ID twice at once, the cap under parallel bookings).
/// </summary>
[Collection("sqlite")]
public sealed class SqliteWriterBookingTests(SqliteApp app)
{
    private async Task<BookVisit.Booked> BookAsync(VisitMuseum m, Guid slot, DateOnly date, bool onWriter, params BookVisit.VisitorInput[] visitors)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(new ClaimsPrincipal(), m.Museum.Id);
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
        var secrets = await VisitorSecrets.ForMuseumAsync(db, scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>());
        var outcome = await BookVisit.HandleAsync(db, secrets, TimeProvider.System, new BookVisit.Command(date, slot, "13912345678", [.. visitors]),
            oneStatement: onWriter);
        Assert.Null(outcome.Refusal);
        return outcome.Value!;
    }

    [Fact]
    public async Task A_booking_on_the_writer_thread_writes_the_rows_the_EF_path_writes()
    {
        var m = await app.OpenMuseumAsync();
        var (d1, d2) = (Today.AddDays(1), Today.AddDays(2));
        var (s1, s2) = (await app.SlotOnAsync(m, d1), await app.SlotOnAsync(m, d2));
        BookVisit.VisitorInput[] people = [new("张三", IdType.ResidentId, NewId()), new("Anna-Lena O'Brien", IdType.Passport, "E12345678")];

        var writer = await BookAsync(m, s1, d1, onWriter: true, people);
        var ef = await BookAsync(m, s2, d2, onWriter: false, people);
        Assert.Equal(2, writer.Slot.Booked);
        Assert.Equal(2, ef.Slot.Booked);
        Assert.Equal("00:00–23:59", writer.Slot.Label);

        var rows = await app.InSystemScopeAsync(async (services, db) =>
        {
            var protector = VisitorSecrets.Protector(services.GetRequiredService<IDataProtectionProvider>());
            var rows = new List<Dictionary<string, object?>>();
            foreach (var (id, date, slot) in new[] { (writer.Reservation.Id, d1, s1), (ef.Reservation.Id, d2, s2) })
            {
                // Found by EF's own parameters (upper-case GUID text, ISO dates): the formats match what EF writes.
                var r = await db.Set<Reservation>().IgnoreQueryFilters().Include(x => x.Tickets)
                    .SingleAsync(x => x.Id == id && x.Date == date && x.TimeSlotId == slot && x.MuseumId == m.Museum.Id);
                Assert.Equal(2, await db.Set<Ticket>().IgnoreQueryFilters().CountAsync(t => t.ReservationId == id && t.Date == date && t.TimeSlotId == slot));
                rows.Add(Columns(db, r));
                foreach (var t in r.Tickets.OrderBy(t => t.Seat))
                {
                    var columns = Columns(db, t);
                    columns["IdProtected"] = protector.Unprotect(t.IdProtected);
                    rows[^1]["seat " + t.Seat] = string.Join("|", columns.Where(c => c.Key != "ReservationId").Select(c => $"{c.Key}={c.Value}"));
                }
                Assert.Equal(r.CreatedAt, r.UpdatedAt);
                Assert.InRange(r.CreatedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
            }
            Assert.Equal([2, 2], await db.Set<TimeSlot>().IgnoreQueryFilters().Where(s => s.Id == s1 || s.Id == s2).Select(s => s.Booked).ToListAsync());
            return rows;
        });
        Assert.Equal(rows[1], rows[0]);
        Assert.Contains("IdProtected=" + people[0].IdNumber, (string)rows[0]["seat 1"]!);
        var shown = await (await app.Anonymous().GetAsync($"/api/v1/public/reservations/{writer.Reservation.Code}?phone=13912345678&{m.Q}"))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(writer.Reservation.Code, shown.GetProperty("code").GetString());

        // The same people again that day: refused by the writer's own read, nothing written.
        var again = await app.BookAsync(m, s1, d1, Visitor(people[0].IdNumber));
        await again.ProblemAsync(HttpStatusCode.Conflict, "/problems/already-booked");
        Assert.Equal(2, await app.InSystemScopeAsync((_, db) => db.Set<Ticket>().IgnoreQueryFilters().CountAsync(t => t.TimeSlotId == s1)));
    }

    private static Dictionary<string, object?> Columns(MuseumDb db, object row) => db.Entry(row).Properties
        .Where(p => p.Metadata.Name is not ("Id" or "Code" or "Date" or "TimeSlotId" or "CreatedAt" or "UpdatedAt"))
        .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
}
