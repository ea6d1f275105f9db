using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Visitors;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>
/// Issue 11, defect 4 (calendar): a closure cannot rewrite days that were open, nor close days already past without a
/// leader, nor leave confirmed bookings silently valid.
/// </summary>
public abstract class ClosureTests(SciMuseumApp app)
{
    private const string Exceptions = "/api/v1/visitors/calendar/exceptions";

    [Fact]
    public async Task Closing_2020_is_refused_even_for_the_administrator_and_2020_keeps_154_open_days_and_87_64()
    {
        var admin = await app.AdminAsync();
        var exceptions = await CountExceptionsAsync();
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync(Exceptions,
            new { from = "2020-01-01", to = "2020-12-31", isOpen = false, reason = "全年闭馆" }), HttpStatusCode.Conflict, "/problems/days-had-visitors");
        Assert.Contains("93812", problem.GetProperty("detail").GetString());
        Assert.Equal(exceptions, await CountExceptionsAsync());
        var stats = await admin.GetJsonAsync("/api/v1/visitors/statistics?year=2020");
        Assert.Equal(154, stats.GetProperty("openDays").GetInt32());
        Assert.Equal(93_812, stats.GetProperty("admitted").GetInt32());
        var evaluation = (await admin.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "2020年度部门整体支出绩效自评");
        Assert.Equal(87.64m, evaluation.GetProperty("totalScore").GetDecimal());
    }

    [Theory]
    [InlineData("0001-01-01", "2020-12-31", "from")]
    [InlineData("2030-01-01", "9999-12-31", "to")]
    public async Task A_closure_outside_the_plausible_dates_is_a_field_error(string from, string to, string field)
    {
        var admin = await app.AdminAsync();
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync(Exceptions, new { from, to, isOpen = false, reason = "测试" }),
            HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Equal(154, (await admin.GetJsonAsync("/api/v1/visitors/statistics?year=2020")).GetProperty("openDays").GetInt32());
    }

    [Fact]
    public async Task Closing_a_day_with_confirmed_bookings_names_them_and_cancels_them_only_when_asked()
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(2);
        var slot = await app.SlotOnAsync(m, date);
        var booking = await app.BookedAsync(m, slot, date, Visitor(), Visitor());
        var code = booking.GetProperty("code").GetString()!;
        var admin = await app.AdminAsync();
        var closure = new { from = date.ToString("yyyy-MM-dd"), to = date.ToString("yyyy-MM-dd"), isOpen = false, reason = "设备检修" };

        var visits = await app.CountVisitsAsync();
        var problem = await app.RefusedWithoutWritingAsync(() => admin.PostAsJsonAsync($"{Exceptions}?{m.Q}", closure),
            HttpStatusCode.Conflict, "/problems/confirmed-bookings");
        Assert.Equal(1, problem.GetProperty("reservations").GetInt32());
        Assert.Equal(2, problem.GetProperty("tickets").GetInt32());
        Assert.Contains("1 个有效预约（2 张票）", problem.GetProperty("detail").GetString());
        Assert.Equal(visits, await app.CountVisitsAsync());
        Assert.True((await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={date:yyyy-MM-dd}&{m.Q}")).GetProperty("isOpen").GetBoolean());

        var added = await (await admin.PostAsJsonAsync($"{Exceptions}?{m.Q}", new { closure.from, closure.to, closure.isOpen, closure.reason, cancelBookings = true }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, added.GetProperty("cancelledReservations").GetInt32());
        Assert.Equal(2, added.GetProperty("cancelledTickets").GetInt32());
        Assert.False((await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={date:yyyy-MM-dd}&{m.Q}")).GetProperty("isOpen").GetBoolean());
        var (status, tickets, booked, cancelledBy) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var r = await db.Set<Reservation>().IgnoreQueryFilters().Include(x => x.Tickets).SingleAsync(x => x.Code == code && x.MuseumId == m.Museum.Id);
            var s = await db.Set<TimeSlot>().IgnoreQueryFilters().SingleAsync(x => x.Id == slot);
            return (r.Status, r.Tickets.Select(t => t.Status).ToList(), s.Booked, r.CancelledBy);
        });
        Assert.Equal(ReservationStatus.Cancelled, status);
        Assert.All(tickets, t => Assert.Equal(TicketStatus.Cancelled, t));
        Assert.Equal(0, booked);
        Assert.Contains("闭馆", cancelledBy);
        var reason = await app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.MuseumId == m.Museum.Id && a.Entity == nameof(CalendarException)).Select(a => a.Reason).SingleAsync());
        Assert.Contains("取消 1 个预约", reason);
        Assert.Contains("设备检修", reason);
    }

    [Fact]
    public async Task Closing_days_already_past_needs_a_leader_and_then_keeps_the_reason()
    {
        var m = await app.OpenMuseumAsync();
        var past = Today.AddDays(-10).ToString("yyyy-MM-dd");
        var closure = new { from = past, to = past, isOpen = false, reason = "补记停电闭馆" };
        var manager = await app.NewUserAsync(m.Museum.Id, Roles.ExhibitionEducation);
        var problem = await app.RefusedWithoutWritingAsync(() => manager.PostAsJsonAsync(Exceptions, closure), HttpStatusCode.Forbidden, "/problems/past-period");
        Assert.Contains("馆领导", problem.GetProperty("detail").GetString());
        Assert.True((await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={past}&{m.Q}")).GetProperty("isOpen").GetBoolean());

        var leader = await app.NewUserAsync(m.Museum.Id, Roles.MuseumLeader);
        await (await leader.PostAsJsonAsync(Exceptions, closure)).JsonAsync(HttpStatusCode.Created);
        Assert.False((await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={past}&{m.Q}")).GetProperty("isOpen").GetBoolean());
        var reason = await app.InSystemScopeAsync((_, db) => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.MuseumId == m.Museum.Id && a.Entity == nameof(CalendarException)).Select(a => a.Reason).SingleAsync());
        Assert.Equal("补记停电闭馆", reason);
    }

    private Task<int> CountExceptionsAsync() => app.InSystemScopeAsync((_, db) => db.Set<CalendarException>().IgnoreQueryFilters().CountAsync());
}

[Collection("sqlite")]
public sealed class ClosureOnSqlite(SqliteApp app) : ClosureTests(app);

[Collection("postgres")]
public sealed class ClosureOnPostgres(PostgresApp app) : ClosureTests(app);
