using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace SciMuseum.Bench.Booking;

// Booking storm, pgbench ceiling and gate check-in against the real app in its own process (issues 5 and 19, "Benchmarks").
// Usage: dotnet run -c Release --project bench/booking -- booking [--sqlite|--postgres] [--connection CS]
//        [--attempts 20000] [--cap 1200] [--clients 100] [--gate 5000] [--gate-clients 32] [--double 1000] [--gate-warmup 500] [--request-log]
//        [--signup-attempts 5000] [--signup-places 50] (0 attempts skips the class sign-up storm)
//        [--sqlite-bookings 3000] (PostgreSQL runs: bookings against a second app on SQLite; 0 skips it)
//        [--no-restart] (measure the install's first start) [--instances 2] (PostgreSQL: a second app process on the same database takes every other storm attempt)
//        [--published] (the app from its ReadyToRun publish output: dotnet publish src/SciMuseum.Web -c Release -r linux-x64)
internal static class BookingBench
{
    public static async Task<int> Main(string[] args)
    {
        var o = new Options(args);
        AppProcess.Published = o.Flag("published");
        if (o.Mode != "booking") { Console.Error.WriteLine($"Unknown mode '{o.Mode}'; the one mode is 'booking'."); return 2; }
        var postgres = o.Flag("postgres");
        var attempts = o.Int("attempts", 20_000);
        var cap = o.Int("cap", 1_200);
        var clients = o.Int("clients", 100);
        var gateCount = o.Int("gate", 5_000);
        var gateClients = o.Int("gate-clients", 32);
        var doubleCount = o.Int("double", 1_000);
        // Check-ins before the measured gate, on tickets of their own: the gate's code is compiled and warm, as at a gate
        // that has been open a while (a 3,000-check-in gate lasts about a second, so its p99 was the JIT's).
        var warmCount = o.Int("gate-warmup", 500);
        var gateTickets = gateCount + doubleCount + warmCount;
        var failures = new List<string>();
        void Check(bool ok, string what) { Console.WriteLine($"  {(ok ? "OK  " : "FAIL")} {what}"); if (!ok) failures.Add(what); }
        // A speed target of the issue: printed, never a failure (the 2-core machine is shared).
        static void Target(bool met, string what) => Console.WriteLine($"  target {(met ? "met" : "MISSED")}: {what}");

        PgCluster? cluster = null;
        string connection;
        var sqliteFile = Path.Combine(Path.GetTempPath(), $"scimuseum-bench-booking-{Guid.NewGuid():N}.db");
        if (postgres)
        {
            if (o.Get("connection") is { } given) connection = given;
            else
            {
                cluster = await PgCluster.StartAsync();
                connection = cluster.ConnectionString("scimuseum_bench");
                Console.WriteLine($"throw-away PostgreSQL cluster on 127.0.0.1:{cluster.Port} ({cluster.Bin})");
            }
        }
        else connection = $"Data Source={sqliteFile}";
        var provider = postgres ? "Postgres" : "Sqlite";
        var logFile = Path.Combine(Path.GetTempPath(), $"scimuseum-bench-booking-{Guid.NewGuid():N}.log.json");

        Console.WriteLine($"SciMuseum booking benchmark on {provider}: {attempts:N0} attempts for {cap:N0} places, {clients} clients; "
            + $"gate {gateCount:N0} check-ins by {gateClients} clients, double scan of {doubleCount:N0}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg")[..14]}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

        var setup = Stopwatch.StartNew();
        // The install: the app's first start on the fresh database applies every migration (each one builds its target
        // model: ~60 large methods JIT-compiled once, whose code a process keeps for life), makes the roles, the museum and
        // the administrator. It is stopped and started again, as a museum's app runs every day after its install: the
        // figures below are that restarted app's own (issue 19: RSS). `--no-restart` measures the first start's process.
        var restart = !o.Flag("no-restart");
        if (restart)
        {
            await using var install = await AppProcess.StartAsync(provider, connection, logFile + ".install", false);
            Console.WriteLine($"install: first start on a fresh database (migrations, roles, museum) in {setup.Elapsed.TotalSeconds:0.0} s, "
                + $"its RSS {install.StatusKb("VmRSS") / 1024:N0} MB (peak {install.StatusKb("VmHWM") / 1024:N0} MB); stopped");
            setup.Restart();
        }
        // The app in its own process (migrations, roles, one empty museum, the administrator); this process only loads it.
        await using var app = await AppProcess.StartAsync(provider, connection, logFile, o.Flag("request-log"));
        await using var appServices = AppProcess.DatabaseServices(provider, connection);
        var baseUrl = app.BaseUrl;
        Console.WriteLine($"app on {baseUrl} (its own process, pid {app.Pid}{(AppProcess.Published ? ", ReadyToRun publish output" : "")}), "
            + (restart ? $"restarted on the installed database in {setup.Elapsed.TotalSeconds:0.0} s, RSS {app.StatusKb("VmRSS") / 1024:N0} MB"
                : $"started on a fresh database in {setup.Elapsed.TotalSeconds:0.0} s"));
        // A second instance on the same PostgreSQL (issue 19: "on two app instances sharing one PostgreSQL as well").
        var instances = postgres ? Math.Clamp(o.Int("instances", 1), 1, 2) : 1;
        await using var app2 = instances == 2 ? await AppProcess.StartAsync(provider, connection, logFile + ".2", false) : null;
        if (app2 is not null) Console.WriteLine($"second app on {app2.BaseUrl} (pid {app2.Pid}), same database: it takes every other storm attempt");

        HttpClient NewClient(int connections) => new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false,
        }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };

        using var http = NewClient(Math.Max(clients, gateClients));
        using var http2 = app2 is null ? null : new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false,
        }) { BaseAddress = new Uri(app2.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };

        // A gate account of the museum, as an administrator would make one.
        const string gatePassword = "Gate-Bench-2026";
        var gateEmail = $"gate{Guid.NewGuid():N}@bench.local";
        Guid museumId;
        string museumCode;
        await using (var scope = appServices.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<UserContext>().AsSystem();
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var museum = await db.Museums.OrderBy(m => m.CreatedAt).FirstAsync();
            museumId = museum.Id;
            museumCode = museum.Code;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = gateEmail, Email = gateEmail, EmailConfirmed = true, DisplayName = "闸机基准", MuseumId = museumId };
            if (!(await users.CreateAsync(user, gatePassword)).Succeeded || !(await users.AddToRoleAsync(user, Roles.GateStaff)).Succeeded)
                throw new InvalidOperationException("could not create the gate account");
        }

        async Task<string> TokenAsync(string email, string password)
        {
            var r = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
            r.EnsureSuccessStatusCode();
            return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }
        var adminToken = await TokenAsync(AppProcess.AdminEmail, AppProcess.AdminPassword);
        var gateToken = await TokenAsync(gateEmail, gatePassword);

        // The calendar, through the staff API: from today every day open, one slot 00:30–23:59 (so the gate admits now; a
        // slot starting before 00:30 is refused at the gate all day: the 30-minute early entry wraps past midnight) big enough for the gate's tickets; from tomorrow one slot of `cap` places: the storm's day.
        // (Not from GET /opening: that makes today's slots from the demo's rule before ours exists.)
        var today = MuseumClock.Today(TimeProvider.System);
        var stormDay = today.AddDays(1);
        async Task RuleAsync(DateOnly from, int places)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/visitors/calendar/rules?museum={museumCode}")
            {
                Content = JsonContent.Create(new
                {
                    effectiveFrom = from.ToString("yyyy-MM-dd"), openWeekdays = Enum.GetNames<DayOfWeek>(), dailyCap = places,
                    slots = new[] { new { start = "00:30:00", end = "23:59:00", capacity = places } },
                }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
            var r = await http.SendAsync(request);
            if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"rule from {from}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }
        await RuleAsync(today, gateTickets);
        await RuleAsync(stormDay, cap);
        async Task<Guid> OnlySlotAsync(DateOnly day, int places)
        {
            var opening = await http.GetFromJsonAsync<JsonElement>($"/api/v1/public/opening?date={day:yyyy-MM-dd}");
            var slots = opening.GetProperty("slots").EnumerateArray().ToList();
            if (!opening.GetProperty("isOpen").GetBoolean() || slots.Count != 1 || slots[0].GetProperty("capacity").GetInt32() != places || slots[0].GetProperty("booked").GetInt32() != 0)
                throw new InvalidOperationException($"{day}: expected one empty open slot of {places}, got {opening}");
            return slots[0].GetProperty("id").GetGuid();
        }
        var gateSlot = await OnlySlotAsync(today, gateTickets);
        var stormSlot = await OnlySlotAsync(stormDay, cap);

        static byte[] BookingBody(DateOnly day, Guid slot, int person) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            date = day.ToString("yyyy-MM-dd"), slotId = slot, phone = "13800138000",
            visitors = new[] { new { name = "张三", idType = "ResidentId", idNumber = ResidentIds.Make(person) } },
        }));

        // N requests from `concurrency` clients, each taking the next one as soon as its last answered. Latency per request in ms.
        Task<(double Seconds, double[] Latencies)> LoadAsync(HttpClient client, int count, int concurrency, Func<int, HttpRequestMessage> make,
            Action<int, HttpStatusCode, string> answered) => LoadOnAsync(_ => client, count, concurrency, make, answered);
        async Task<(double Seconds, double[] Latencies)> LoadOnAsync(Func<int, HttpClient> clientOf, int count, int concurrency, Func<int, HttpRequestMessage> make,
            Action<int, HttpStatusCode, string> answered)
        {
            var latencies = new double[count];
            var next = -1;
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                for (int i; (i = Interlocked.Increment(ref next)) < count;)
                {
                    var start = Stopwatch.GetTimestamp();
                    using var request = make(i);
                    using var response = await clientOf(i).SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    answered(i, response.StatusCode, body);
                }
            })));
            var seconds = watch.Elapsed.TotalSeconds;
            Array.Sort(latencies);
            return (seconds, latencies);
        }
        HttpRequestMessage Post(string path, byte[] body, string? token = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }
        var cpu = 0.0;
        // The app's CPU per request since `cpu` was read: what a request costs whatever else the machine runs.
        string CpuPer(int count)
        {
            var used = app.CpuSeconds() - cpu;
            return $"app CPU {used * 1000 / count:0.00} ms per request ({used:0.0} s)";
        }
        static string Figures(int count, (double Seconds, double[] Latencies) run) =>
            $"{count:N0} in {run.Seconds:0.00} s = {count / run.Seconds:N0}/s, latency p50 {Percentile.Of(run.Latencies, 50):0.0} ms, "
            + $"p99 {Percentile.Of(run.Latencies, 99):0.0} ms, max {run.Latencies[^1]:0.0} ms";

        // 1. Today's tickets for the gate, booked through the same public API (this also warms the booking path up).
        Console.WriteLine();
        Console.WriteLine($"gate tickets: booking {gateTickets:N0} for today {today:yyyy-MM-dd}");
        var qrs = new string[gateTickets];
        var gateBookingErrors = new ConcurrentBag<string>();
        var gateBodies = Enumerable.Range(0, qrs.Length).Select(i => BookingBody(today, gateSlot, attempts + i)).ToArray();
        cpu = app.CpuSeconds();
        var gateBooking = await LoadAsync(http, qrs.Length, clients, i => Post("/api/v1/public/reservations", gateBodies[i]), (i, status, body) =>
        {
            if (status == HttpStatusCode.Created)
                qrs[i] = JsonDocument.Parse(body).RootElement.GetProperty("tickets")[0].GetProperty("qr").GetString()!;
            else gateBookingErrors.Add($"{(int)status} {body[..Math.Min(body.Length, 300)]}");
        });
        Console.WriteLine($"  booked {Figures(qrs.Length, gateBooking)}; {CpuPer(qrs.Length)}");
        Check(gateBookingErrors.IsEmpty, $"every gate ticket booked (refused: {gateBookingErrors.Count}{(gateBookingErrors.IsEmpty ? "" : ", first: " + gateBookingErrors.First())})");

        // 2. The storm: `attempts` distinct people for `cap` places.
        Console.WriteLine();
        Console.WriteLine($"booking storm: {attempts:N0} attempts, 1 visitor each, on {stormDay:yyyy-MM-dd} (one slot of {cap:N0})");
        var bodies = Enumerable.Range(0, attempts).Select(i => BookingBody(stormDay, stormSlot, i)).ToArray();
        var codes = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<string, int>();
        var samples = new ConcurrentDictionary<string, string>();
        var rssBefore = app.StatusKb("VmRSS");
        cpu = app.CpuSeconds();
        (double Seconds, double[] Latencies) storm;
        long rssPeak;
        await using (var rss = new RssSampler(() => app.StatusKb("VmRSS")))
        {
            storm = await LoadOnAsync(i => http2 is not null && i % 2 == 1 ? http2 : http, attempts, clients, i => Post("/api/v1/public/reservations", bodies[i]), (i, status, body) =>
            {
                string kind;
                if (status == HttpStatusCode.Created)
                {
                    kind = "201 confirmed";
                    codes.Add(JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()!);
                }
                else if (status == HttpStatusCode.Conflict && Regex.Match(body, "\"type\"\\s*:\\s*\"([^\"]*)\"") is { Success: true } m)
                    kind = $"409 {m.Groups[1].Value}";
                else kind = $"{(int)status} other";
                statuses.AddOrUpdate(kind, 1, (_, n) => n + 1);
                samples.TryAdd(kind, body[..Math.Min(body.Length, 300)]);
            });
            rssPeak = rss.PeakKb;
        }
        if (app2 is not null) Console.WriteLine($"  second app's VmHWM {app2.StatusKb("VmHWM") / 1024:N0} MB");
        foreach (var (kind, n) in statuses.OrderBy(s => s.Key)) Console.WriteLine($"  {kind,-40}{n,8:N0}");
        Console.WriteLine($"  attempts {Figures(attempts, storm)}; {CpuPer(attempts)}{(app2 is null ? "" : " (first app, half the attempts)")}");
        // The app's own peak (its process alone; the load generator is this process), start-up and the gate's bookings included.
        var appPeakKb = app.StatusKb("VmHWM");
        Console.WriteLine($"  app RSS (pid {app.Pid}, /proc status): {rssBefore / 1024:N0} MB before, peak {rssPeak / 1024:N0} MB sampled during the storm, "
            + $"VmHWM {appPeakKb / 1024:N0} MB (target < 300 MB {(appPeakKb < 300 * 1024 ? "met" : "MISSED")}); "
            + $"load generator (this process) {RssSampler.Read("VmHWM") / 1024:N0} MB peak");
        var confirmed = statuses.GetValueOrDefault("201 confirmed");
        var soldOut = statuses.Where(s => s.Key.EndsWith("/problems/sold-out")).Sum(s => s.Value);
        Check(confirmed == cap, $"confirmed = {confirmed:N0}, must be exactly {cap:N0}");
        Check(soldOut == attempts - cap, $"sold out = {soldOut:N0}, must be {attempts - cap:N0}");
        var others = statuses.Where(s => s.Key != "201 confirmed" && !s.Key.EndsWith("/problems/sold-out")).ToList();
        Check(others.Count == 0, $"no other answer (no 500, no already-booked, no 429){string.Concat(others.Select(s => $"; {s.Key} ×{s.Value}: {samples[s.Key]}"))}");
        Check(codes.Distinct().Count() == codes.Count, $"booking codes distinct ({codes.Distinct().Count():N0})");
        Target(attempts / storm.Seconds >= 3000, $"≥ 3,000 attempts/s (stated for PostgreSQL): {attempts / storm.Seconds:N0}/s");

        await using (var scope = appServices.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<UserContext>().AsSystem();
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var booked = await db.Set<TimeSlot>().IgnoreQueryFilters().Where(s => s.Id == stormSlot).Select(s => s.Booked).SingleAsync();
            var tickets = db.Set<Ticket>().IgnoreQueryFilters().Where(t => t.TimeSlotId == stormSlot && t.Status != TicketStatus.Cancelled);
            var ticketCount = await tickets.CountAsync();
            var people = await tickets.Select(t => t.IdHash).Distinct().CountAsync();
            var reservations = await db.Set<Reservation>().IgnoreQueryFilters().CountAsync(r => r.TimeSlotId == stormSlot);
            Console.WriteLine($"  database: slot Booked = {booked:N0}, tickets = {ticketCount:N0} ({people:N0} distinct IDs), reservations = {reservations:N0}");
            Check(booked == cap && ticketCount == cap && people == cap && reservations == cap, $"database: tickets = Booked = {cap:N0}, no duplicate");
        }

        // 2b. The class sign-up storm (issue 13) on the same app and database, printed beside the booking storm.
        var signUpAttempts = o.Int("signup-attempts", 5_000);
        if (signUpAttempts > 0)
        {
            cpu = app.CpuSeconds();
            var signUps = await SignUpStorm.RunAsync(appServices, http, museumCode, signUpAttempts, o.Int("signup-places", 50), clients,
                (n, c, make, answered) => LoadAsync(http, n, c, make, answered), Check);
            Console.WriteLine($"  sign-ups {Figures(signUps.Attempts, (signUps.Seconds, signUps.Latencies))}; {CpuPer(signUps.Attempts)}");
            Console.WriteLine($"  side by side: booking storm {attempts / storm.Seconds:N0} attempts/s, sign-up storm {signUps.Attempts / signUps.Seconds:N0} attempts/s");
        }

        // 3. The ceiling: the same conditional UPDATE straight from pgbench, as many transactions from as many clients.
        double? pgbenchTps = null, pgbenchSuccessTps = null;
        if (postgres)
        {
            Console.WriteLine();
            var csb = new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" };
            await using (var admin = new NpgsqlConnection(csb.ConnectionString))
            {
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS bench_ceiling", admin);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand("CREATE DATABASE bench_ceiling", admin);
                await create.ExecuteNonQueryAsync();
            }
            csb.Database = "bench_ceiling";
            await using (var ceiling = new NpgsqlConnection(csb.ConnectionString))
            {
                await ceiling.OpenAsync();
                await using var table = new NpgsqlCommand("CREATE TABLE \"TimeSlot\" (\"Id\" uuid PRIMARY KEY, \"Capacity\" int NOT NULL, \"Booked\" int NOT NULL);"
                    + $"INSERT INTO \"TimeSlot\" VALUES ('{stormSlot}', {cap}, 0)", ceiling);
                await table.ExecuteNonQueryAsync();
            }
            var scriptDir = cluster?.Dir ?? Path.GetTempPath();
            var script = Path.Combine(scriptDir, "take-place.sql");
            await File.WriteAllTextAsync(script, $"UPDATE \"TimeSlot\" SET \"Booked\" = \"Booked\" + 1 WHERE \"Id\" = '{stormSlot}' AND \"Booked\" + 1 <= \"Capacity\";\n");
            File.SetUnixFileMode(script, (UnixFileMode)0b110_100_100);
            var perClient = attempts / clients;
            string[] pgbenchArgs = ["-h", csb.Host!, "-p", csb.Port.ToString(), "-U", csb.Username ?? "postgres", "-n", "-f", script,
                "-c", clients.ToString(), "-j", Environment.ProcessorCount.ToString(), "-t", perClient.ToString(), "bench_ceiling"];
            var bin = cluster?.Bin ?? PgCluster.FindBin();
            var output = cluster is not null ? await PgCluster.AsPostgres(Path.Combine(bin, "pgbench"), pgbenchArgs) : await Shell.RunAsync(Path.Combine(bin, "pgbench"), pgbenchArgs);
            var tps = Regex.Match(output, @"tps = ([\d.]+) \(without initial connection time\)");
            pgbenchTps = double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture);
            var latency = Regex.Match(output, @"latency average = ([\d.]+) ms").Groups[1].Value;
            await using (var ceiling = new NpgsqlConnection(csb.ConnectionString))
            {
                await ceiling.OpenAsync();
                await using var read = new NpgsqlCommand("SELECT \"Booked\" FROM \"TimeSlot\"", ceiling);
                Console.WriteLine($"pgbench ceiling: the same conditional UPDATE, {perClient * clients:N0} transactions from {clients} clients: "
                    + $"{pgbenchTps:N0} tps (latency average {latency} ms), Booked ended at {await read.ExecuteScalarAsync()}");
            }
            Console.WriteLine($"  our HTTP booking: {attempts / storm.Seconds:N0} attempts/s = {attempts / storm.Seconds / pgbenchTps:P1} of the ceiling");

            // 3b. The all-succeed ceiling: what a successful booking does at the least, an INSERT then the one-row UPDATE,
            // in one transaction, as many as the gate's tickets (no sell-out), from as many clients.
            var successCount = gateTickets;
            await using (var ceiling = new NpgsqlConnection(csb.ConnectionString))
            {
                await ceiling.OpenAsync();
                await using var table = new NpgsqlCommand("CREATE TABLE \"Ticket\" (\"Id\" uuid PRIMARY KEY, \"TimeSlotId\" uuid NOT NULL, \"IdHash\" text NOT NULL);"
                    + "CREATE UNIQUE INDEX ON \"Ticket\" (\"TimeSlotId\", \"IdHash\");"
                    + $"UPDATE \"TimeSlot\" SET \"Booked\" = 0, \"Capacity\" = {successCount}", ceiling);
                await table.ExecuteNonQueryAsync();
            }
            var successScript = Path.Combine(scriptDir, "book-place.sql");
            await File.WriteAllTextAsync(successScript, "BEGIN;\n"
                + $"INSERT INTO \"Ticket\" VALUES (gen_random_uuid(), '{stormSlot}', md5(random()::text));\n"
                + $"UPDATE \"TimeSlot\" SET \"Booked\" = \"Booked\" + 1 WHERE \"Id\" = '{stormSlot}' AND \"Booked\" + 1 <= \"Capacity\";\nCOMMIT;\n");
            File.SetUnixFileMode(successScript, (UnixFileMode)0b110_100_100);
            string[] successArgs = [.. pgbenchArgs[..6], "-n", "-f", successScript, "-c", clients.ToString(), "-j", Environment.ProcessorCount.ToString(),
                "-t", (successCount / clients).ToString(), "bench_ceiling"];
            var successOutput = cluster is not null ? await PgCluster.AsPostgres(Path.Combine(bin, "pgbench"), successArgs) : await Shell.RunAsync(Path.Combine(bin, "pgbench"), successArgs);
            pgbenchSuccessTps = double.Parse(Regex.Match(successOutput, @"tps = ([\d.]+) \(without initial connection time\)").Groups[1].Value, CultureInfo.InvariantCulture);
            Console.WriteLine($"pgbench all-succeed ceiling: INSERT + the same UPDATE per transaction, {successCount / clients * clients:N0} from {clients} clients: {pgbenchSuccessTps:N0} tps");
            Console.WriteLine($"  our HTTP booking, no sell-out (the gate's tickets): {successCount / gateBooking.Seconds:N0}/s = {successCount / gateBooking.Seconds / pgbenchSuccessTps:P1} of it");
        }

        // 4. The gate: today's tickets checked in as fast as the API answers.
        Console.WriteLine();
        Console.WriteLine($"gate: {gateCount:N0} check-ins from {gateClients} clients");
        var checkinBodies = qrs.Select(q => JsonSerializer.SerializeToUtf8Bytes(new { text = q })).ToArray();
        var answers = new ConcurrentDictionary<string, int>();
        // PostgreSQL's own count of the ticket table's updates, and of those made in place (heap-only: no index entry written).
        async Task<(long Updates, long HeapOnly)> TicketUpdatesAsync()
        {
            await using var scope = appServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var row = await db.Database.SqlQueryRaw<TicketUpdates>("""
                SELECT n_tup_upd AS "Updates", n_tup_hot_upd AS "HeapOnly" FROM pg_stat_user_tables WHERE relname = 'Ticket'
                """).SingleAsync();
            return (row.Updates, row.HeapOnly);
        }
        var updatesBefore = postgres ? await TicketUpdatesAsync() : default;
        if (warmCount > 0)
        {
            var warmAdmitted = 0;
            var warm = await LoadAsync(http, warmCount, gateClients, i => Post("/api/v1/visitors/checkins", checkinBodies[gateCount + doubleCount + i], gateToken),
                (_, status, body) =>
                {
                    if (status == HttpStatusCode.OK && JsonDocument.Parse(body).RootElement.GetProperty("answer").GetString() == "Admitted")
                        Interlocked.Increment(ref warmAdmitted);
                });
            Console.WriteLine($"  warm-up (not counted): {Figures(warmCount, warm)}");
            Check(warmAdmitted == warmCount, $"every warm-up ticket admitted once ({warmAdmitted:N0})");
        }
        cpu = app.CpuSeconds();
        var gateRun = await LoadAsync(http, gateCount, gateClients, i => Post("/api/v1/visitors/checkins", checkinBodies[i], gateToken), (_, status, body) =>
        {
            var answer = status == HttpStatusCode.OK ? JsonDocument.Parse(body).RootElement.GetProperty("answer").GetString()! : $"{(int)status} {body[..Math.Min(200, body.Length)]}";
            answers.AddOrUpdate(answer, 1, (_, n) => n + 1);
        });
        foreach (var (answer, n) in answers) Console.WriteLine($"  {answer,-40}{n,8:N0}");
        Console.WriteLine($"  check-ins {Figures(gateCount, gateRun)}; {CpuPer(gateCount)}");
        Check(answers.GetValueOrDefault("Admitted") == gateCount, $"every ticket admitted once ({answers.GetValueOrDefault("Admitted"):N0})");
        if (postgres)
        {
            // Backends report their counts when idle, within a second or so: wait for all of the gate's.
            var (updates, heapOnly) = (0L, 0L);
            for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(20); await Task.Delay(200))
            {
                (updates, heapOnly) = await TicketUpdatesAsync();
                if (updates - updatesBefore.Updates >= warmCount + gateCount) break;
            }
            Console.WriteLine($"  PostgreSQL: {heapOnly - updatesBefore.HeapOnly:N0} of {updates - updatesBefore.Updates:N0} ticket updates heap-only (in place, no index entry)");
        }
        Target(gateCount / gateRun.Seconds >= 5000 && Percentile.Of(gateRun.Latencies, 99) < 20,
            $"gate 5,000/s with p99 < 20 ms: {gateCount / gateRun.Seconds:N0}/s, p99 {Percentile.Of(gateRun.Latencies, 99):0.0} ms");

        // 5. Two gates scan the same fresh ticket at the same moment, for each of `doubleCount` tickets.
        Console.WriteLine();
        Console.WriteLine($"double scan: {doubleCount:N0} fresh tickets, each sent by two clients (own connections) at once");
        using var gateA = NewClient(gateClients);
        using var gateB = NewClient(gateClients);
        var pairs = new ConcurrentDictionary<string, int>();
        var perTicket = new ConcurrentDictionary<string, int>();
        var nextPair = gateCount - 1;
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, gateClients / 2)).Select(_ => Task.Run(async () =>
        {
            for (int i; (i = Interlocked.Increment(ref nextPair)) < gateCount + doubleCount;)
            {
                async Task<string> ScanAsync(HttpClient gate)
                {
                    using var request = Post("/api/v1/visitors/checkins", checkinBodies[i], gateToken);
                    using var response = await gate.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    return response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.GetProperty("answer").GetString()! : $"{(int)response.StatusCode}";
                }
                var both = await Task.WhenAll(ScanAsync(gateA), ScanAsync(gateB));
                foreach (var a in both) pairs.AddOrUpdate(a, 1, (_, n) => n + 1);
                perTicket.AddOrUpdate(string.Join('+', both.Order(StringComparer.Ordinal)), 1, (_, n) => n + 1);
            }
        })));
        foreach (var (answer, n) in pairs) Console.WriteLine($"  {answer,-40}{n,8:N0}");
        Check(pairs.GetValueOrDefault("Admitted") == doubleCount && pairs.GetValueOrDefault("AlreadyAdmitted") == doubleCount
            && perTicket.GetValueOrDefault("Admitted+AlreadyAdmitted") == doubleCount,
            $"exactly {doubleCount:N0} Admitted and {doubleCount:N0} AlreadyAdmitted, one of each per ticket");

        // What the app logged at warning or above during the run (exceptions, lock timeouts…).
        await app.DisposeAsync();
        if (app2 is not null) await app2.DisposeAsync();
        Console.WriteLine();
        var logged = File.Exists(logFile) ? File.ReadLines(logFile).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("@l", out var level) && level.GetString() is "Warning" or "Error" or "Fatal").ToList() : [];
        Console.WriteLine($"app log: {logged.Count} warnings/errors");
        foreach (var g in logged.GroupBy(e => e.GetProperty("@mt").GetString()).Take(10))
            Console.WriteLine($"  ×{g.Count()} {g.Key}{(g.First().TryGetProperty("@x", out var x) ? " — " + x.GetString()!.Split('\n')[0] : "")}");
        File.Delete(logFile);
        File.Delete(logFile + ".2");
        if (cluster is not null) await cluster.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" }) File.Delete(f);

        Console.WriteLine();
        Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} check(s) FAILED: {string.Join("; ", failures)}");

        // The issue's five figures, last. On a PostgreSQL run the SQLite line comes from a second app on its own file.
        var bookingRate = gateTickets / gateBooking.Seconds;
        var sqliteRate = bookingRate;
        if (postgres && o.Int("sqlite-bookings", 3_000) is > 0 and var sqliteCount)
        {
            var sqlite = await SqliteBookings.RunAsync(sqliteCount, clients);
            Console.WriteLine($"sqlite: {sqliteCount:N0} bookings (no sell-out) from {clients} clients: {sqlite.PerSecond:N0}/s, app CPU {sqlite.CpuMs:0.00} ms per booking, refused {sqlite.Refused}{(sqlite.FirstRefusal is { } f ? ", first: " + f : "")}");
            sqliteRate = sqlite.PerSecond;
        }
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg")[..14]}");
        static string Ratio(double? r) => r is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        Console.WriteLine($"storm/pgbench ratio: {Ratio(attempts / storm.Seconds / pgbenchTps)}");
        Console.WriteLine($"success/pgbench ratio: {Ratio(bookingRate / pgbenchSuccessTps)}");
        Console.WriteLine($"gate checkins/s: {gateCount / gateRun.Seconds:0} p99 ms: {Percentile.Of(gateRun.Latencies, 99):0}");
        Console.WriteLine($"sqlite bookings/s: {sqliteRate:0}");
        // The issue's figure is the peak *during the storm* (sampled every 50 ms); VmHWM, printed above, also holds start-up's.
        Console.WriteLine($"app peak RSS MB: {rssPeak / 1024}");
        return failures.Count == 0 ? 0 : 1;
    }
}

/// <summary>PostgreSQL's counts of a table's updates, and of those made in place (heap-only).</summary>
internal sealed record TicketUpdates(long Updates, long HeapOnly);
