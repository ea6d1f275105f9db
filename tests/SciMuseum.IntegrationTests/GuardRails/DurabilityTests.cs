using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.Data;
using SciMuseum.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>
/// kill -9 in the middle of a stream of bookings and payments, then a restart: every acknowledged write is there, slot
/// counters equal their tickets, kept ledger month totals equal the ledger, and nothing is half-written. Both databases.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Password = "Durable-Test-2020";
    private readonly string work = Directory.CreateTempSubdirectory("scimuseum-durability-").FullName;
    private readonly List<Func<Task>> cleanups = [];

    [Fact]
    public Task On_sqlite_every_acknowledged_write_survives_kill_9() =>
        RunAsync("Sqlite", $"Data Source={Path.Combine(work, "durable.db")}");

    [Fact]
    public Task On_postgres_every_acknowledged_write_survives_kill_9()
    {
        var server = Environment.GetEnvironmentVariable("SCIMUSEUM_TEST_PG") is { Length: > 0 } pg ? pg
            : throw new InvalidOperationException("SCIMUSEUM_TEST_PG is not set (scripts/test.sh starts a throw-away PostgreSQL).");
        var database = $"scimuseum_durable_{Guid.NewGuid():N}";
        cleanups.Add(async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
        return RunAsync("Postgres", $"{server};Database={database}");
    }

    private async Task RunAsync(string provider, string connection)
    {
        var env = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider, ["ConnectionStrings__SciMuseum"] = connection, ["SciMuseum__Demo"] = "none",
            ["SciMuseum__Admin__Password"] = Password, ["Visitors__RateLimit__Permits"] = "1000000", ["Auth__RateLimit__Permits"] = "1000000",
        };
        // A bound, not a wait: ready is polled. A cold start migrates a new database; on two busy cores that once took over 120 s.
        var startup = TimeSpan.FromSeconds(300);
        var app = await AppProcess.StartAsync(env, work, startup);
        var (client, slots, lineId) = await PrepareAsync(app);

        var bookings = new ConcurrentBag<(string Code, int Visitors)>();
        var payments = new ConcurrentBag<(Guid Id, decimal Amount)>();
        var killed = new CancellationTokenSource();
        async Task StreamAsync(Func<int, Task> send)
        {
            for (var i = 0; !killed.IsCancellationRequested; i++)
            {
                try { await send(i); }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { if (killed.IsCancellationRequested) return; }
            }
        }
        var streams = Enumerable.Range(0, 3).Select(s => StreamAsync(async i =>
        {
            var visitors = 1 + (i + s) % 3;
            var date = Today.AddDays(1 + (i + s) % slots.Count);
            var r = await client.PostAsJsonAsync("/api/v1/public/reservations?museum=main", new
            {
                date = date.ToString("yyyy-MM-dd"), slotId = slots[date], phone = "13912345678",
                visitors = Enumerable.Range(0, visitors).Select(_ => Visitor()).ToArray(),
            }, killed.Token);
            if (r.StatusCode == HttpStatusCode.Created)
                bookings.Add(((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!, visitors));
        })).Concat(Enumerable.Range(0, 3).Select(s => StreamAsync(async i =>
        {
            var amount = 10m + i + s / 100m;
            var r = await client.PostAsJsonAsync("/api/v1/finance/expenditures?museum=main", new
            {
                lineId, date = $"2020-{1 + i % 12:00}-15", amount, payee = "南阳市某公司", category = i % 5 == 0 ? "OfficialReception" : "General",
                voucherNumber = $"D{s}-{i}-{Guid.NewGuid():N}"[..20],
            }, killed.Token);
            if (r.StatusCode == HttpStatusCode.Created)
                payments.Add(((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), amount));
        }))).ToList();

        // Kill mid-stream, once enough writes were acknowledged to mean something.
        var clock = Stopwatch.StartNew();
        while ((bookings.Count < 20 || payments.Count < 20) && clock.Elapsed < TimeSpan.FromSeconds(60) && !streams.All(t => t.IsCompleted))
            await Task.WhenAny(Task.WhenAll(streams), Task.Delay(50));
        app.Kill();
        killed.Cancel();
        await Task.WhenAll(streams);
        output.WriteLine($"{provider}: killed after {clock.Elapsed.TotalSeconds:0.0} s with {bookings.Count} bookings and {payments.Count} payments acknowledged");
        Assert.True(bookings.Count > 0 && payments.Count > 0, "nothing was acknowledged before the kill");

        await using var restarted = await AppProcess.StartAsync(env, work, startup);
        using var again = new HttpClient { BaseAddress = restarted.Address };
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/public/opening?museum=main")).StatusCode);

        await using var services = new ServiceCollection().AddLogging()
            .AddSciMuseumData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider, ["ConnectionStrings:SciMuseum"] = connection,
            }).Build(), work).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().AsSystem();
        var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();

        var codes = bookings.Select(b => b.Code).ToList();
        var stored = await db.Set<Reservation>().AsNoTracking().Where(r => codes.Contains(r.Code))
            .Select(r => new { r.Code, r.Status, Tickets = db.Set<Ticket>().Count(t => t.ReservationId == r.Id) }).ToListAsync();
        Assert.Equal(codes.Order(), stored.Select(s => s.Code).Order());
        Assert.All(stored, s => Assert.Equal(ReservationStatus.Confirmed, s.Status));
        Assert.Equal(bookings.ToDictionary(b => b.Code, b => b.Visitors), stored.ToDictionary(s => s.Code, s => s.Tickets));
        // Nothing half-written: no booking without tickets, no slot counter apart from its tickets.
        Assert.Equal(0, await db.Set<Reservation>().CountAsync(r => !db.Set<Ticket>().Any(t => t.ReservationId == r.Id)));
        var counters = await db.Set<TimeSlot>().AsNoTracking()
            .Select(s => new { s.Id, s.Booked, Tickets = db.Set<Ticket>().Count(t => t.TimeSlotId == s.Id && t.Status != TicketStatus.Cancelled) }).ToListAsync();
        Assert.All(counters, c => Assert.Equal(c.Tickets, c.Booked));

        var ids = payments.Select(p => p.Id).ToList();
        Assert.Equal(ids.Order(), (await db.Expenditures.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync()).Order());
        var museum = await db.Museums.Where(m => m.Code == "main").Select(m => m.Id).SingleAsync();
        var kept = await MonthsAsync(db, museum);
        await LedgerTotals.RebuildAsync(db, museum);
        Assert.Equal(await MonthsAsync(db, museum), kept);
        output.WriteLine($"{provider}: after restart all {codes.Count} bookings ({counters.Sum(c => c.Booked)} places) and {ids.Count} payments are there; "
            + $"slot counters equal tickets; {kept.Count} ledger months equal the ledger");
    }

    private static async Task<List<string>> MonthsAsync(MuseumDb db, Guid museum) =>
        [.. (await db.LedgerMonths.AsNoTracking().Where(m => m.MuseumId == museum).ToListAsync())
            .Where(m => m.Received != 0 || m.Spent != 0 || m.ThreePublicSpent != 0 || m.ProcurementSpent != 0)
            .Select(m => $"{m.LineId} {m.Year}-{m.Month}: {m.Received} {m.Spent} {m.ThreePublicSpent} {m.ProcurementSpent}").Order()];

    /// <summary>Opening rules for the next days (a big slot), a 2020 budget line with funds: what the streams write into.</summary>
    private static async Task<(HttpClient Client, Dictionary<DateOnly, Guid> Slots, Guid LineId)> PrepareAsync(AppProcess app)
    {
        var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@scimuseum.local", password = Password });
        var token = (await login.JsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.PostAsJsonAsync("/api/v1/visitors/calendar/rules?museum=main", new
        {
            effectiveFrom = Today.AddDays(-1).ToString("yyyy-MM-dd"), openWeekdays = Enum.GetNames<DayOfWeek>(), dailyCap = 100_000,
            slots = new[] { new { start = "00:00:00", end = "23:59:00", capacity = 100_000 } },
        })).EnsureSuccessStatusCode();
        var slots = new Dictionary<DateOnly, Guid>();
        for (var d = 1; d <= 5; d++)
        {
            var date = Today.AddDays(d);
            var day = await (await client.GetAsync($"/api/v1/public/opening?museum=main&date={date:yyyy-MM-dd}")).JsonAsync(HttpStatusCode.OK);
            slots[date] = Guid.Parse(day.GetProperty("slots")[0].GetProperty("id").GetString()!);
        }
        (await client.PostAsJsonAsync("/api/v1/finance/budgets?museum=main", new { year = 2020, title = "2020年部门预算" })).EnsureSuccessStatusCode();
        var departments = await (await client.GetAsync("/api/v1/organization/departments?museum=main")).JsonAsync(HttpStatusCode.OK);
        var line = await (await client.PostAsJsonAsync("/api/v1/finance/lines?museum=main", new
        {
            year = 2020, code = "P01", name = "科技馆运行经费", kind = "Project", source = "LocalFiscal", approved = 5_000_000m,
            departmentId = departments[0].GetProperty("id").GetGuid(),
        })).JsonAsync(HttpStatusCode.OK);
        var lineId = line.GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync("/api/v1/finance/receipts?museum=main", new { lineId, date = "2020-01-02", amount = 5_000_000m, documentNumber = "拨-1" }))
            .EnsureSuccessStatusCode();
        return (client, slots, lineId);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var cleanup in cleanups) await cleanup();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
    }
}
