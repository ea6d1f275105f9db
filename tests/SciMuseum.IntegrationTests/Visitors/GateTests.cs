using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>核验入馆: each ticket admits once, even when two gates scan it together; forgeries and other days are turned away.</summary>
public abstract class GateTests(SciMuseumApp app)
{
    private static async Task<string> AnswerAsync(HttpClient gate, string text, string? q = null) =>
        (await (await gate.PostAsJsonAsync($"/api/v1/visitors/checkins?{q}", new { text })).JsonAsync(HttpStatusCode.OK)).GetProperty("answer").GetString()!;

    [Fact]
    public async Task A_ticket_is_admitted_once_then_reported_as_already_admitted_with_its_time()
    {
        var m = await app.OpenMuseumAsync();
        var gate = await app.NewUserAsync(m.Museum.Id, Roles.GateStaff);
        var booking = await app.BookedAsync(m, m.TodaySlot, Today, Visitor(), Visitor());
        var qr = booking.GetProperty("tickets")[0].GetProperty("qr").GetString()!;
        // The QR's one-statement admit answers with the ticket's name, masked ID and slot, as the full read did.
        var first = await (await gate.PostAsJsonAsync("/api/v1/visitors/checkins", new { text = qr })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Admitted", first.GetProperty("answer").GetString());
        Assert.Equal(1, first.GetProperty("admitted").GetInt32());
        Assert.Equal("王小明", first.GetProperty("name").GetString());
        Assert.Equal(booking.GetProperty("tickets")[0].GetProperty("idMasked").GetString(), first.GetProperty("idMasked").GetString());
        Assert.Equal("00:00–23:59", first.GetProperty("slot").GetString());
        var ticketId = booking.GetProperty("tickets")[0].GetProperty("id").GetGuid();
        var row = await app.InSystemScopeAsync(async (_, db) => await db.Set<SciMuseum.Core.Visitors.Ticket>()
            .Where(t => t.Id == ticketId).Select(t => new { t.Status, t.AdmittedAt, t.AdmittedBy }).SingleAsync());
        Assert.Equal(SciMuseum.Core.Visitors.TicketStatus.Admitted, row.Status);
        Assert.NotNull(row.AdmittedAt);
        Assert.NotEqual("", row.AdmittedBy);
        var again = await (await gate.PostAsJsonAsync("/api/v1/visitors/checkins", new { text = qr })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("AlreadyAdmitted", again.GetProperty("answer").GetString());
        Assert.StartsWith(Today.ToString("yyyy-MM-dd"), again.GetProperty("admittedAt").GetString());
        // The booking code admits the rest of the party at once.
        var party = await (await gate.PostAsJsonAsync("/api/v1/visitors/checkins", new { text = booking.GetProperty("code").GetString() })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, party.GetProperty("admitted").GetInt32());
        var occupancy = await gate.GetJsonAsync("/api/v1/visitors/occupancy");
        Assert.Equal(2, occupancy.GetProperty("admitted").GetInt32());
    }

    [Fact]
    public async Task Forged_tampered_unknown_and_other_day_tickets_are_turned_away()
    {
        var m = await app.OpenMuseumAsync();
        var gate = await app.NewUserAsync(m.Museum.Id, Roles.GateStaff);
        var tomorrow = Today.AddDays(1);
        var future = await app.BookedAsync(m, await app.SlotOnAsync(m, tomorrow), tomorrow, Visitor());
        var qr = future.GetProperty("tickets")[0].GetProperty("qr").GetString()!;
        Assert.Equal("WrongDay", await AnswerAsync(gate, qr));
        var tampered = qr[..^2] + (qr[^2] == 'A' ? "B" : "A") + qr[^1];
        Assert.Equal("Unknown", await AnswerAsync(gate, tampered));
        Assert.Equal("Unknown", await AnswerAsync(gate, "SM1." + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=') + ".AAAAAAAAAAAAAAAA"));
        Assert.Equal("Unknown", await AnswerAsync(gate, "not a ticket"));
        // Another museum's genuine ticket means nothing here.
        var other = await app.OpenMuseumAsync();
        var otherQr = (await app.BookedAsync(other, other.TodaySlot, Today, Visitor())).GetProperty("tickets")[0].GetProperty("qr").GetString()!;
        Assert.Equal("Unknown", await AnswerAsync(gate, otherQr));

        var cancelled = await app.BookedAsync(m, m.TodaySlot, Today, Visitor());
        await app.InSystemScopeAsync(async (_, db) =>
        {
            db.User.Use(new System.Security.Claims.ClaimsPrincipal(), m.Museum.Id);
            return await SciMuseum.Core.Visitors.CancelReservation.HandleAsync(db, TimeProvider.System, cancelled.GetProperty("code").GetString()!, null, "staff");
        });
        Assert.Equal("Cancelled", await AnswerAsync(gate, cancelled.GetProperty("tickets")[0].GetProperty("qr").GetString()!));
    }

    [Fact]
    public async Task Two_gates_scanning_the_same_tickets_at_once_admit_each_exactly_once()
    {
        var m = await app.OpenMuseumAsync();
        var tickets = new List<string>();
        for (var i = 0; i < 10; i++)
            tickets.AddRange((await app.BookedAsync(m, m.TodaySlot, Today, Visitor(), Visitor())).GetProperty("tickets").EnumerateArray()
                .Select(t => t.GetProperty("qr").GetString()!));
        var (a, b) = (await app.NewUserAsync(m.Museum.Id, Roles.GateStaff), await app.NewUserAsync(m.Museum.Id, Roles.GateStaff));
        var answers = await Task.WhenAll(tickets.SelectMany(t => new[] { AnswerAsync(a, t), AnswerAsync(b, t) }));
        Assert.Equal(20, answers.Count(x => x == "Admitted"));
        Assert.Equal(20, answers.Count(x => x == "AlreadyAdmitted"));
    }

    [Fact]
    public async Task A_walk_in_is_admitted_at_once_and_counts_against_the_cap()
    {
        var m = await app.OpenMuseumAsync(capacity: 3);
        var gate = await app.NewUserAsync(m.Museum.Id, Roles.GateStaff);
        await app.BookedAsync(m, m.TodaySlot, Today, Visitor(), Visitor());
        var walkIn = await (await gate.PostAsJsonAsync("/api/v1/visitors/walkins", new { phone = "13712345678", visitors = new[] { Visitor() } })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Admitted", walkIn.GetProperty("tickets")[0].GetProperty("status").GetString());
        await (await gate.PostAsJsonAsync("/api/v1/visitors/walkins", new { phone = "13712345678", visitors = new[] { Visitor() } })).ProblemAsync(HttpStatusCode.Conflict, "/problems/sold-out");
    }

    [Fact]
    public async Task Personal_data_is_for_gate_and_visitor_staff_only_while_figures_are_for_finance_too()
    {
        var m = await app.OpenMuseumAsync();
        var finance = await app.NewUserAsync(m.Museum.Id, Roles.PlanningFinance);
        await (await finance.GetAsync("/api/v1/visitors/reservations")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await finance.PostAsJsonAsync("/api/v1/visitors/checkins", new { text = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, (await finance.GetJsonAsync("/api/v1/visitors/statistics?year=2020")).GetProperty("admitted").GetInt32());
        var booking = await app.BookedAsync(m, m.TodaySlot, Today, Visitor(name: "李四"));
        var gate = await app.NewUserAsync(m.Museum.Id, Roles.GateStaff);
        var list = await gate.GetJsonAsync("/api/v1/visitors/reservations?q=李四");
        var ticket = list.GetProperty("items")[0].GetProperty("tickets")[0];
        Assert.Equal("李四", ticket.GetProperty("name").GetString());
        Assert.Contains("**********", ticket.GetProperty("idMasked").GetString());
        Assert.Equal(booking.GetProperty("code").GetString(), list.GetProperty("items")[0].GetProperty("code").GetString());
    }
}

[Collection("sqlite")]
public sealed class GateOnSqlite(SqliteApp app) : GateTests(app);

[Collection("postgres")]
public sealed class GateOnPostgres(PostgresApp app) : GateTests(app)
{
    /// <summary>
    /// Issue 19: the gate's admission writes Status, AdmittedAt, AdmittedBy and UpdatedAt. With none of them in any index
    /// of Ticket (keys, included columns or predicate) and room left on each page, PostgreSQL updates the row in place
    /// (a heap-only tuple) and writes no index entry; an index naming one of them makes every admission write them all.
    /// </summary>
    [Fact]
    public async Task No_index_of_a_ticket_names_a_column_the_admission_writes_and_pages_keep_room_for_it()
    {
        var (indexes, options) = await app.InSystemScopeAsync(async (_, db) => (
            await db.Database.SqlQueryRaw<string>("""
                SELECT pg_get_indexdef(indexrelid) AS "Value" FROM pg_index WHERE indrelid = '"Ticket"'::regclass
                """).ToListAsync(),
            await db.Database.SqlQueryRaw<string>("""
                SELECT coalesce(array_to_string(reloptions, ','), '') AS "Value" FROM pg_class WHERE oid = '"Ticket"'::regclass
                """).SingleAsync()));
        Assert.True(indexes.Count >= 5, string.Join("\n", indexes));
        Assert.Contains(indexes, d => d.Contains("UNIQUE", StringComparison.Ordinal) && d.Contains("\"CancelledAt\" IS NULL", StringComparison.Ordinal));
        foreach (var column in new[] { "Status", "AdmittedAt", "AdmittedBy", "UpdatedAt" })
            Assert.DoesNotContain(indexes, d => d.Contains($"\"{column}\"", StringComparison.Ordinal));
        Assert.Contains($"fillfactor={SciMuseum.Core.Visitors.Ticket.AdmissionFillFactor}", options);
    }
}
