using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Exhibits;

/// <summary>
/// The stored downtime runs and monthly repair totals equal what the work orders themselves give, as orders are opened,
/// closed, reopened and closed again, when two orders on one exhibit overlap, and after a rebuild from the orders.
/// </summary>
public abstract class DowntimeTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/exhibits";

    private static DateOnly Today => MuseumClock.Today(TimeProvider.System);

    private sealed record Figures(IntegrityRate.Result Integrity, RepairTime.Result Repair, int Jobs);

    private async Task<T> AsMuseumAsync<T>(Guid museum, Func<MuseumDb, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test")], "t")), museum);
        return await work(scope.ServiceProvider.GetRequiredService<MuseumDb>());
    }

    /// <summary>The stored figures and the same figures read from the orders, for a period.</summary>
    private Task<(Figures Stored, Figures FromOrders)> FiguresAsync(Guid museum, MetricPeriod period) => AsMuseumAsync(museum, async db =>
    {
        var today = Today.AddDays(1); // any day past the period's end: an open order runs to the period's end either way
        var stored = new Figures(await ExhibitFigures.IntegrityAsync(db, period, today, default), await ExhibitFigures.RepairTimeAsync(db, period, default),
            await ExhibitFigures.MaintenanceJobsAsync(db, period, default));
        var (from, to) = Periods.Utc(period.From, period.To);
        var fromOrders = new Figures(await ExhibitFigures.IntegrityFromOrdersAsync(db, period, today, default), await ExhibitFigures.RepairTimeFromOrdersAsync(db, period, default),
            await db.WorkOrders.CountAsync(o => o.DoneAt >= from && o.DoneAt < to));
        return (stored, fromOrders);
    });

    private async Task AssertSameAsync(Guid museum)
    {
        var month = new MetricPeriod(new DateOnly(Today.Year, Today.Month, 1), new DateOnly(Today.Year, Today.Month, 1).AddMonths(1).AddDays(-1));
        var lastMonth = new MetricPeriod(month.From.AddMonths(-1), month.From.AddDays(-1));
        // Whole months, months cut at one end or both, and cuts inside one month: each reads the stored months differently.
        foreach (var period in new[] { month, lastMonth, MetricPeriod.Year(Today.Year), MetricPeriod.Year(Today.Year - 1), new MetricPeriod(Today.AddDays(-20), Today),
                     new MetricPeriod(Today.AddDays(-100), Today.AddDays(-2)), new MetricPeriod(lastMonth.From.AddDays(3), lastMonth.To.AddDays(-3)),
                     new MetricPeriod(Today.AddDays(-400), Today) })
        {
            var (stored, orders) = await FiguresAsync(museum, period);
            Assert.Equal(orders.Integrity.Overall, stored.Integrity.Overall);
            Assert.Equal(orders.Integrity.DownExhibitDays, stored.Integrity.DownExhibitDays);
            Assert.Equal(orders.Integrity.OnDisplayExhibitDays, stored.Integrity.OnDisplayExhibitDays);
            Assert.Equal(orders.Integrity.ByHall.OrderBy(h => h.Key), stored.Integrity.ByHall.OrderBy(h => h.Key));
            Assert.Equal(orders.Repair, stored.Repair);
            Assert.Equal(orders.Jobs, stored.Jobs);
        }
        await AssertMonthsAsync(museum);
    }

    /// <summary>The stored down-months are the closed runs counted again per hall and month (rows that cancelled out to zero aside).</summary>
    private async Task AssertMonthsAsync(Guid museum)
    {
        var (stored, recount) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var runs = await db.ExhibitDowntimes.IgnoreQueryFilters().Where(d => d.MuseumId == museum).ToListAsync();
            var months = await db.HallDownMonths.IgnoreQueryFilters().Where(m => m.MuseumId == museum).ToListAsync();
            return (months.Where(m => m.Days != 0 || m.Spanning != 0).Select(m => (m.HallId, m.Month, m.Days, m.Spanning)).Order().ToList(),
                DownMonths.Of(runs).Select(m => (m.HallId, m.Month, m.Days, m.Spanning)).Order().ToList());
        });
        Assert.Equal(recount, stored);
    }

    private Task<List<(int From, int? To)>> RunsAsync(Guid exhibit) => app.InSystemScopeAsync(async (_, db) =>
        (await db.ExhibitDowntimes.IgnoreQueryFilters().Where(d => d.ExhibitId == exhibit).OrderBy(d => d.FromDay).ToListAsync()).Select(d => (d.FromDay, d.ToDay)).ToList());

    private static async Task MoveAsync(HttpClient client, Guid order, params string[] states)
    {
        foreach (var to in states)
            await (await client.PostAsJsonAsync($"{Url}/work-orders/{order}/transitions", new { to })).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Closing_reopening_and_closing_again_keeps_the_stored_downtime_and_repair_time_equal_to_the_orders_and_overlaps_count_once()
    {
        var museum = await app.CreateMuseumAsync();
        var client = await app.NewUserAsync(museum.Id, Roles.ExhibitMaintenance);
        var (hallA, hallB) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var a = new Hall { MuseumId = museum.Id, Floor = 1, Name = "力学展厅" };
            var b = new Hall { MuseumId = museum.Id, Floor = 2, Name = "电磁展厅" };
            db.Halls.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        async Task<Guid> ExhibitAsync(string code, Guid hall, DateOnly? purchased) => (await (await client.PostAsJsonAsync(Url, new
        {
            code, name = "展品 " + code, category = "Interactive", hallId = hall, purchaseDate = purchased?.ToString("yyyy-MM-dd"),
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var pendulum = await ExhibitAsync("DT-1", hallA, null);
        var coil = await ExhibitAsync("DT-2", hallB, Today.AddDays(-3)); // joins the display within the periods: the count on display changes
        var bench = await ExhibitAsync("DT-3", hallB, null);
        async Task<Guid> OrderAsync(Guid exhibit, string? downtime, int daysAgo)
        {
            var id = (await (await client.PostAsJsonAsync($"{Url}/work-orders", new { exhibitId = exhibit, description = "故障", downtime }))
                .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            // Reported some days ago (the API stamps now): the refresh on the next move reads the order as stored.
            await app.InSystemScopeAsync((_, db) => db.WorkOrders.IgnoreQueryFilters().Where(o => o.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.ReportedAt, o => o.ReportedAt.AddDays(-daysAgo))));
            await app.InSystemScopeAsync((_, db) => db.WorkOrderTransitions.IgnoreQueryFilters().Where(t => t.WorkOrderId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.At, t => t.At.AddDays(-daysAgo))));
            return id;
        }
        var first = await OrderAsync(pendulum, null, 10);
        var second = await OrderAsync(pendulum, "Electrical", 6); // overlaps the first on the same exhibit
        var routine = await OrderAsync(coil, "None", 1); // a check that does not take the exhibit down
        var coilFault = await OrderAsync(coil, "Mechanical", 5); // reported before the exhibit was acquired: counts from its purchase
        var longFault = await OrderAsync(bench, "Damage", 75); // down over two months and more: a run that spans whole months
        await MoveAsync(client, first, "InProgress");
        await MoveAsync(client, coilFault, "InProgress");
        await MoveAsync(client, longFault, "InProgress");
        await AssertSameAsync(museum.Id);
        var day = Today.DayNumber;
        Assert.Equal(new List<(int, int?)> { (day - 10, (int?)null) }, await RunsAsync(pendulum));
        Assert.Equal(new List<(int, int?)> { (day - 3, (int?)null) }, await RunsAsync(coil));

        await MoveAsync(client, first, "WaitingForParts", "InProgress", "Done");
        await MoveAsync(client, routine, "InProgress", "Done");
        await MoveAsync(client, longFault, "Done");
        await AssertSameAsync(museum.Id);
        Assert.Contains(await app.InSystemScopeAsync((_, db) => db.HallDownMonths.IgnoreQueryFilters().Where(m => m.MuseumId == museum.Id).ToListAsync()),
            m => m.HallId == hallB && m.Spanning == 1);
        Assert.Equal(new List<(int, int?)> { (day - 10, (int?)null) }, await RunsAsync(pendulum)); // the second order still holds it down
        Assert.Equal(3, (await FiguresAsync(museum.Id, MetricPeriod.Year(Today.Year))).Stored.Jobs);

        await MoveAsync(client, first, "InProgress"); // reopened: its repair time leaves the month
        await AssertSameAsync(museum.Id);
        Assert.Equal(2, (await FiguresAsync(museum.Id, MetricPeriod.Year(Today.Year))).Stored.Jobs);

        await MoveAsync(client, first, "WaitingForProcurement", "InProgress", "Done");
        await MoveAsync(client, second, "InProgress", "Done");
        await MoveAsync(client, coilFault, "Done");
        await AssertSameAsync(museum.Id);
        Assert.Equal(new List<(int, int?)> { (day - 10, (int?)day) }, await RunsAsync(pendulum)); // two overlapping orders: one run, each day once
        Assert.Equal(new List<(int, int?)> { (day - 3, (int?)day) }, await RunsAsync(coil));
        var (stored, _) = await FiguresAsync(museum.Id, new MetricPeriod(Today.AddDays(-20), Today));
        Assert.Equal(11 + 4 + 21, stored.Integrity.DownExhibitDays); // the long fault: every day of the period
        Assert.Equal(5, stored.Jobs);

        // Retiring an exhibit takes its downtime out of the rate; a rebuild from the orders gives the same rows.
        await (await client.PutAsJsonAsync($"{Url}/{coil}", new { code = "DT-2", name = "展品 DT-2", category = "Interactive", hallId = hallB, status = "Retired",
            purchaseDate = Today.AddDays(-3).ToString("yyyy-MM-dd") })).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(await RunsAsync(coil));
        await AssertSameAsync(museum.Id);
        var before = await app.InSystemScopeAsync((_, db) => db.ExhibitDowntimes.IgnoreQueryFilters().Where(d => d.MuseumId == museum.Id)
            .OrderBy(d => d.ExhibitId).ThenBy(d => d.FromDay).Select(d => new { d.ExhibitId, d.HallId, d.FromDay, d.ToDay }).ToListAsync());
        var months = await app.InSystemScopeAsync((_, db) => db.RepairMonths.IgnoreQueryFilters().Where(m => m.MuseumId == museum.Id).Select(m => m.Jobs).SumAsync());
        await app.InSystemScopeAsync(async (_, db) => { await ExhibitDowntimes.RebuildAsync(db, museum.Id, default); return 0; });
        Assert.Equal(before, await app.InSystemScopeAsync((_, db) => db.ExhibitDowntimes.IgnoreQueryFilters().Where(d => d.MuseumId == museum.Id)
            .OrderBy(d => d.ExhibitId).ThenBy(d => d.FromDay).Select(d => new { d.ExhibitId, d.HallId, d.FromDay, d.ToDay }).ToListAsync()));
        Assert.Equal(months, await app.InSystemScopeAsync((_, db) => db.RepairMonths.IgnoreQueryFilters().Where(m => m.MuseumId == museum.Id).Select(m => m.Jobs).SumAsync()));
        await AssertSameAsync(museum.Id);

        // Removing an exhibit takes its runs and their days out of the stored months.
        Assert.True((await client.DeleteAsync($"{Url}/{bench}")).IsSuccessStatusCode);
        Assert.Empty(await RunsAsync(bench));
        Assert.DoesNotContain(await app.InSystemScopeAsync((_, db) => db.HallDownMonths.IgnoreQueryFilters().Where(m => m.MuseumId == museum.Id).ToListAsync()),
            m => m.HallId == hallB && m.Days != 0);
        await AssertSameAsync(museum.Id);
    }

    /// <summary>
    /// The race <see cref="ExhibitDowntimes.RefreshAsync"/>'s row lock guards against: two moves on one exhibit rewrite its
    /// runs at once, each from the orders as it saw them before the other committed. Closing orders alone cannot show it
    /// on PostgreSQL (their upserts of the same repair month already queue them), so the orders here were done in different
    /// months and are reopened together (each takes its own month's repair time away), then closed together, in rounds.
    /// Without the lock the PostgreSQL run fails here (a duplicate run key, or runs and months missing the other's order).
    /// </summary>
    [Fact]
    public async Task Orders_on_one_exhibit_reopened_and_closed_at_the_same_instant_leave_its_stored_downtime_equal_to_the_orders()
    {
        var museum = await app.CreateMuseumAsync();
        var client = await app.NewUserAsync(museum.Id, Roles.ExhibitMaintenance);
        var hall = await app.InSystemScopeAsync(async (_, db) =>
        {
            var h = new Hall { MuseumId = museum.Id, Floor = 1, Name = "声学展厅" };
            db.Halls.Add(h);
            await db.SaveChangesAsync();
            return h.Id;
        });
        var exhibit = (await (await client.PostAsJsonAsync(Url, new { code = "DT-R", name = "回音壁", category = "Interactive", hallId = hall }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var orders = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var id = (await (await client.PostAsJsonAsync($"{Url}/work-orders", new { exhibitId = exhibit, description = $"故障 {i}", downtime = "Mechanical" }))
                .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await MoveAsync(client, id, "InProgress", "Done");
            // Reported and done about 35 days apart each, so each was done in a month of its own and each closes its own run.
            var back = 35 * (i + 1);
            await app.InSystemScopeAsync((_, db) => db.WorkOrders.IgnoreQueryFilters().Where(o => o.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.ReportedAt, o => o.ReportedAt.AddDays(-back)).SetProperty(o => o.DoneAt, o => o.DoneAt!.Value.AddDays(2 - back))));
            await app.InSystemScopeAsync((_, db) => db.WorkOrderTransitions.IgnoreQueryFilters().Where(t => t.WorkOrderId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.At, t => t.At.AddDays(-back))));
            orders.Add(id);
        }
        await app.InSystemScopeAsync(async (_, db) => { await ExhibitDowntimes.RebuildAsync(db, museum.Id, default); return 0; });
        await AssertSameAsync(museum.Id);
        Assert.Equal(8, (await RunsAsync(exhibit)).Count);
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(orders.Select(o => MoveAsync(client, o, "InProgress"))); // reopened together: one open run from the oldest report
            await AssertSameAsync(museum.Id);
            Assert.Equal(await RebuiltRunsAsync(exhibit), await RunsAsync(exhibit));
            Assert.Single(await RunsAsync(exhibit));
            await Task.WhenAll(orders.Select(o => MoveAsync(client, o, "Done")));
            await AssertSameAsync(museum.Id);
            Assert.Equal(await RebuiltRunsAsync(exhibit), await RunsAsync(exhibit));
        }
    }

    /// <summary>The exhibit's runs computed again from its orders as stored.</summary>
    private Task<List<(int From, int? To)>> RebuiltRunsAsync(Guid exhibit) => app.InSystemScopeAsync(async (_, db) =>
    {
        var e = await db.Exhibits.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == exhibit);
        var all = await db.WorkOrders.IgnoreQueryFilters().AsNoTracking().Where(o => o.ExhibitId == exhibit && o.Downtime != DowntimeReason.None)
            .Select(o => new ExhibitDowntimes.Order(o.ReportedAt, o.DoneAt)).ToListAsync();
        return ExhibitDowntimes.Runs(e.PurchaseDate, all);
    });

    [Fact]
    public async Task The_2020_demo_figures_from_the_stored_tables_equal_those_from_its_work_orders()
    {
        var museum = await app.DemoMuseumIdAsync();
        foreach (var period in new[] { MetricPeriod.Year(2020), new MetricPeriod(new(2020, 2, 1), new(2020, 4, 30)), new MetricPeriod(new(2020, 11, 15), new(2020, 12, 31)) })
        {
            var (stored, orders) = await FiguresAsync(museum, period);
            Assert.Equal(orders.Integrity, stored.Integrity with { ByHall = orders.Integrity.ByHall });
            Assert.Equal(orders.Integrity.ByHall.OrderBy(h => h.Key), stored.Integrity.ByHall.OrderBy(h => h.Key));
            Assert.Equal(orders.Repair, stored.Repair);
            Assert.Equal(orders.Jobs, stored.Jobs);
        }
        var (year, _) = await FiguresAsync(museum, MetricPeriod.Year(2020));
        Assert.InRange(year.Integrity.Overall!.Value, 95m, 100m);
        Assert.InRange(year.Jobs, 400, 499);
    }
}

[Collection("sqlite")]
public sealed class DowntimeOnSqlite(SqliteApp app) : DowntimeTests(app);

[Collection("postgres")]
public sealed class DowntimeOnPostgres(PostgresApp app) : DowntimeTests(app);
