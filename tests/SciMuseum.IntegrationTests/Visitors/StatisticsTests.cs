using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Visitors;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>The report's visitor figures come from admission records and the calendar; groups, feeds and privacy work end to end.</summary>
public abstract class StatisticsTests(SciMuseumApp app)
{
    [Fact]
    public async Task The_2020_demo_admitted_93812_visitors_on_154_open_days_with_no_day_over_its_cap()
    {
        var admin = await app.AdminAsync();
        var year = await admin.GetJsonAsync("/api/v1/visitors/statistics?year=2020");
        Assert.Equal(93_812, year.GetProperty("admitted").GetInt32());
        Assert.Equal(154, year.GetProperty("openDays").GetInt32());
        var months = year.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(93_812, months.Sum(x => x.GetProperty("admitted").GetInt32()));
        Assert.All(months.Skip(1).Take(4), x => Assert.Equal(0, x.GetProperty("admitted").GetInt32())); // closed Feb–May
        Assert.Equal(93_812, year.GetProperty("individual").GetInt32() + year.GetProperty("group").GetInt32() + year.GetProperty("walkIn").GetInt32());
        Assert.True(year.GetProperty("group").GetInt32() > 0);
        Assert.InRange(year.GetProperty("noShowRate").GetDecimal(), 1m, 10m);

        var days = (await admin.GetJsonAsync("/api/v1/visitors/daily?from=2020-01-01&to=2020-12-31")).EnumerateArray().ToList();
        Assert.All(days, d => Assert.True(d.GetProperty("admitted").GetInt32() <= d.GetProperty("cap").GetInt32(), d.ToString()));
        Assert.Equal(600, days.Single(d => d.GetProperty("date").GetString() == "2020-06-13").GetProperty("cap").GetInt32());
        Assert.Equal(1200, days.Single(d => d.GetProperty("date").GetString() == "2020-10-01").GetProperty("cap").GetInt32());
        Assert.Contains("疫情", days.Single(d => d.GetProperty("date").GetString() == "2020-03-01").GetProperty("reason").GetString());

        var xlsx = await admin.GetAsync("/api/v1/visitors/statistics?year=2020&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
    }

    [Fact]
    public async Task Visitor_metrics_give_performance_indicators_the_same_figures()
    {
        var museum = await app.DemoMuseumIdAsync();
        var (admitted, openDays) = await app.InSystemScopeAsync(async (services, db) =>
        {
            db.User.Use(new System.Security.Claims.ClaimsPrincipal(), museum);
            var provider = services.GetServices<IMetricProvider>().OfType<VisitorsMetricProvider>().Single();
            return ((await provider.ComputeAsync("visitors.admitted", null, MetricPeriod.Year(2020)))!,
                (await provider.ComputeAsync("visitors.openDays", null, MetricPeriod.Year(2020)))!);
        });
        Assert.Equal(93_812m, admitted.Value);
        Assert.Equal(154m, openDays.Value);
        Assert.Contains("/staff/visitors/statistics", admitted.SourceLink);
    }

    [Fact]
    public async Task A_group_request_waits_for_approval_then_holds_its_places_and_checks_in_as_a_whole()
    {
        var m = await app.OpenMuseumAsync(capacity: 100);
        var date = Today.AddDays(5);
        var slot = await app.SlotOnAsync(m, date);
        var request = new
        {
            organisation = "南阳市第一小学", leaderName = "赵老师", leaderPhone = "13812345678", date = date.ToString("yyyy-MM-dd"), slotId = slot,
            pupils = 40, teachers = 2, busInfo = "大巴 1 辆", members = new[] { Visitor() },
        };
        var pending = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/groups?{m.Q}", request)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Pending", pending.GetProperty("status").GetString());
        var opening = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={date:yyyy-MM-dd}&{m.Q}");
        Assert.Equal(100, opening.GetProperty("slots")[0].GetProperty("remaining").GetInt32());

        var office = await app.NewUserAsync(m.Museum.Id, Roles.Office);
        var id = pending.GetProperty("id").GetString();
        await (await office.PostAsJsonAsync($"/api/v1/visitors/groups/{id}/reject", new { note = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        var approved = await (await office.PostAsJsonAsync($"/api/v1/visitors/groups/{id}/approve", new { note = "同意" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Matches("^[2-9A-Z]{10}$", approved.GetProperty("reservationCode").GetString());
        opening = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={date:yyyy-MM-dd}&{m.Q}");
        Assert.Equal(58, opening.GetProperty("slots")[0].GetProperty("remaining").GetInt32());
        await (await office.PostAsJsonAsync($"/api/v1/visitors/groups/{id}/approve", new { note = "" })).ProblemAsync(HttpStatusCode.Conflict, "/problems/already-decided");

        var small = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/groups?{m.Q}", new
        {
            organisation = "小团", leaderName = "钱老师", leaderPhone = "13812345678", date = date.ToString("yyyy-MM-dd"), slotId = slot, pupils = 60, teachers = 1,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(small.ErrorsFor("teachers"));
    }

    [Fact]
    public async Task Opening_information_is_published_as_ics_and_atom()
    {
        var m = await app.OpenMuseumAsync();
        var admin = await app.AdminAsync();
        await (await admin.PostAsJsonAsync($"/api/v1/visitors/notices?{m.Q}", new { title = "寒假开放通知", body = "寒假期间每天开放。", publishFrom = Today.ToString("yyyy-MM-dd") }))
            .JsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/v1/visitors/calendar/exceptions?{m.Q}", new { from = Today.AddDays(10).ToString("yyyy-MM-dd"), to = Today.AddDays(11).ToString("yyyy-MM-dd"), isOpen = false, reason = "布展闭馆" }))
            .JsonAsync(HttpStatusCode.Created);
        var ics = await app.Anonymous().GetStringAsync($"/api/v1/public/calendar.ics?{m.Q}");
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.Contains($"DTSTART;VALUE=DATE:{Today.AddDays(10):yyyyMMdd}\r\nDTEND;VALUE=DATE:{Today.AddDays(11):yyyyMMdd}\r\nSUMMARY:闭馆：布展闭馆", ics);
        var atom = XDocument.Parse(await app.Anonymous().GetStringAsync($"/api/v1/public/notices.atom?{m.Q}"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        Assert.Equal("寒假开放通知", atom.Root!.Element(a + "entry")!.Element(a + "title")!.Value);
        var opening = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?{m.Q}");
        Assert.Equal("寒假开放通知", opening.GetProperty("notices")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Personal_data_past_the_retention_period_is_anonymised_and_the_counts_stay()
    {
        var m = await app.OpenMuseumAsync();
        var booking = await app.BookedAsync(m, m.TodaySlot, Today, Visitor(name: "周八"));
        var (anonymised, name, phone, count) = await app.InSystemScopeAsync(async (_, db) =>
        {
            db.User.Use(new System.Security.Claims.ClaimsPrincipal(), m.Museum.Id);
            // Move the visit 400 days back; the default retention is 365 days.
            await db.Set<Ticket>().ExecuteUpdateAsync(u => u.SetProperty(t => t.Date, Today.AddDays(-400)));
            await db.Set<Reservation>().ExecuteUpdateAsync(u => u.SetProperty(r => r.Date, Today.AddDays(-400)));
            var n = await Anonymiser.RunAsync(db, TimeProvider.System);
            var ticket = await db.Set<Ticket>().AsNoTracking().SingleAsync();
            var reservation = await db.Set<Reservation>().AsNoTracking().SingleAsync();
            return (n, ticket.Name, reservation.Phone, await db.Set<Ticket>().CountAsync());
        });
        Assert.Equal(1, anonymised);
        Assert.Equal(Anonymiser.AnonymousName, name);
        Assert.Equal("", phone);
        Assert.Equal(1, count);
        Assert.NotNull(booking.GetProperty("code").GetString());
    }
}

[Collection("sqlite")]
public sealed class VisitorStatisticsOnSqlite(SqliteApp app) : StatisticsTests(app);

[Collection("postgres")]
public sealed class VisitorStatisticsOnPostgres(PostgresApp app) : StatisticsTests(app);
