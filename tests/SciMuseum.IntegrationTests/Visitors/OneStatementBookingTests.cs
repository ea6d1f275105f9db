using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.Data;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>
/// Issue 19: on PostgreSQL a booking is one statement, one round trip, and writes what the EF path (SQLite's) writes.
/// The other booking tests run this path too on PostgreSQL (refusals, no-show bar, same ID twice at once).
/// </summary>
[Collection("postgres")]
public sealed class OneStatementBookingOnPostgres(PostgresApp app)
{
    /// <summary>Every command the context sends: one per round trip.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        public List<string> Sent { get; } = [];

        private void Add(DbCommand c) { lock (Sent) Sent.Add(c.CommandText); }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand c, CommandEventData e, InterceptionResult<DbDataReader> r) { Add(c); return r; }
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<DbDataReader> r, CancellationToken ct = default) { Add(c); return ValueTask.FromResult(r); }
        public override InterceptionResult<int> NonQueryExecuting(DbCommand c, CommandEventData e, InterceptionResult<int> r) { Add(c); return r; }
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<int> r, CancellationToken ct = default) { Add(c); return ValueTask.FromResult(r); }
        public override InterceptionResult<object> ScalarExecuting(DbCommand c, CommandEventData e, InterceptionResult<object> r) { Add(c); return r; }
        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<object> r, CancellationToken ct = default) { Add(c); return ValueTask.FromResult(r); }
    }

    /// <summary>Books through the handler on a context that logs its commands, the calendar and rules already held by this instance.</summary>
    private async Task<(BookVisit.Booked Booked, List<string> Sent)> BookAsync(VisitMuseum m, Guid slot, DateOnly date, bool oneStatement,
        params BookVisit.VisitorInput[] visitors)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = scope.ServiceProvider.GetRequiredService<UserContext>();
        user.Use(new ClaimsPrincipal(), m.Museum.Id);
        var log = new CommandLog();
        var options = new DbContextOptionsBuilder<PostgresMuseumDb>(scope.ServiceProvider.GetRequiredService<DbContextOptions<PostgresMuseumDb>>())
            .AddInterceptors(log).Options;
        await using var db = new PostgresMuseumDb(options, user);
        var secrets = await VisitorSecrets.ForMuseumAsync(db, scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>());
        await VisitorCache.CalendarAsync(db);
        log.Sent.Clear();
        // The one statement runs on a pooled connection of its own, past EF's interceptors: Npgsql's own tracing counts it
        // (each command is an activity, a child of the one started here).
        using var parent = new Activity("book").Start();
        var traced = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.ParentSpanId != parent.SpanId) return;
                if ((a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement")) is string sql) lock (traced) traced.Add(sql);
            },
        };
        ActivitySource.AddActivityListener(listener);
        var outcome = await BookVisit.HandleAsync(db, secrets, TimeProvider.System, new BookVisit.Command(date, slot, "13912345678", [.. visitors]),
            oneStatement: oneStatement);
        Assert.Null(outcome.Refusal);
        lock (traced) return (outcome.Value!, [.. log.Sent, .. traced]);
    }

    [Fact]
    public async Task A_booking_is_one_round_trip_and_writes_the_rows_the_EF_path_writes()
    {
        var m = await app.OpenMuseumAsync();
        var (d1, d2) = (Today.AddDays(1), Today.AddDays(2));
        var (s1, s2) = (await app.SlotOnAsync(m, d1), await app.SlotOnAsync(m, d2));
        BookVisit.VisitorInput[] people = [new("张三", IdType.ResidentId, NewId()), new("Anna-Lena O'Brien", IdType.Passport, "E12345678")];

        var audit0 = await AuditRowsAsync(m);
        var (one, sent) = await BookAsync(m, s1, d1, oneStatement: true, people);
        var audit1 = await AuditRowsAsync(m);
        var (ef, efSent) = await BookAsync(m, s2, d2, oneStatement: false, people);
        var audit2 = await AuditRowsAsync(m);

        var statement = Assert.Single(sent);
        Assert.Contains("UPDATE \"TimeSlot\"", statement);
        Assert.Contains("INSERT INTO \"Ticket\"", statement);
        // The EF path: the slot, the IDs' tickets (bar and duplicates in one read), the inserts, the UPDATE (and BEGIN/COMMIT).
        Assert.True(efSent.Count >= 4, $"the EF path made {efSent.Count} round trips");
        Assert.Equal(audit1 - audit0, audit2 - audit1);
        Assert.Equal(2, one.Slot.Booked);
        Assert.Equal(2, ef.Slot.Booked);

        var (rows, slots) = await app.InSystemScopeAsync(async (services, db) =>
        {
            var protector = VisitorSecrets.Protector(services.GetRequiredService<IDataProtectionProvider>());
            var rows = new List<Dictionary<string, object?>>();
            foreach (var id in new[] { one.Reservation.Id, ef.Reservation.Id })
            {
                var r = await db.Set<Reservation>().IgnoreQueryFilters().Include(x => x.Tickets).SingleAsync(x => x.Id == id);
                rows.Add(Columns(db, r));
                foreach (var t in r.Tickets.OrderBy(t => t.Seat))
                {
                    var columns = Columns(db, t);
                    Assert.Equal(r.Id, columns["ReservationId"]);
                    columns["IdProtected"] = protector.Unprotect(t.IdProtected);
                    rows[^1]["seat " + t.Seat] = string.Join("|", columns.Where(c => c.Key != "ReservationId").Select(c => $"{c.Key}={c.Value}"));
                }
                Assert.Equal(r.CreatedAt, r.UpdatedAt);
                Assert.InRange(r.CreatedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
            }
            var slots = await db.Set<TimeSlot>().Where(s => s.Id == s1 || s.Id == s2).Select(s => s.Booked).ToListAsync();
            return (rows, slots);
        });
        Assert.Equal(rows[1], rows[0]);
        Assert.Equal("13912345678", rows[0]["Phone"]);
        Assert.Contains("IdProtected=" + people[0].IdNumber, (string)rows[0]["seat 1"]!);
        Assert.Equal([2, 2], slots);
        Assert.Equal(one.Reservation.Code, (await (await app.Anonymous().GetAsync(
            $"/api/v1/public/reservations/{one.Reservation.Code}?phone=13912345678&{m.Q}")).JsonAsync(HttpStatusCode.OK)).GetProperty("code").GetString());
    }

    /// <summary>A row's columns but those that differ by design between two bookings (keys, code, day, slot, stamps).</summary>
    private static Dictionary<string, object?> Columns(MuseumDb db, object row) => db.Entry(row).Properties
        .Where(p => p.Metadata.Name is not ("Id" or "Code" or "Date" or "TimeSlotId" or "CreatedAt" or "UpdatedAt"))
        .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);

    private Task<int> AuditRowsAsync(VisitMuseum m) =>
        app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.MuseumId == m.Museum.Id));

    [Fact]
    public async Task Fifty_parallel_bookings_confirm_exactly_the_cap()
    {
        var m = await app.OpenMuseumAsync(capacity: 17);
        var date = Today.AddDays(1);
        var slot = await app.SlotOnAsync(m, date);
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => app.BookAsync(m, slot, date, Visitor())));
        Assert.Equal(17, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            await refused.ProblemAsync(HttpStatusCode.Conflict, "/problems/sold-out");
        var (booked, tickets, ids, reservations) = await app.InSystemScopeAsync(async (_, db) => (
            (await db.Set<TimeSlot>().SingleAsync(s => s.Id == slot)).Booked,
            await db.Set<Ticket>().CountAsync(t => t.TimeSlotId == slot),
            await db.Set<Ticket>().Where(t => t.TimeSlotId == slot).Select(t => t.IdHash).Distinct().CountAsync(),
            await db.Set<Reservation>().CountAsync(r => r.TimeSlotId == slot)));
        Assert.Equal((17, 17, 17, 17), (booked, tickets, ids, reservations));
        var last = await (await app.BookAsync(m, slot, date, Visitor())).ProblemAsync(HttpStatusCode.Conflict, "/problems/sold-out");
        Assert.Contains("剩余 0 个名额", last.GetProperty("detail").GetString());
    }
}
