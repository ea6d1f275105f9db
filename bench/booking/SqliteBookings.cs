using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SciMuseum.Core.Common;

namespace SciMuseum.Bench.Booking;

/// <summary>
/// What one SQLite install sustains: `count` single-visitor bookings of today (no sell-out) from `clients` clients (the first tenth, at most 300, untimed: the JIT's warm-up)
/// against a second app (its own process) on its own fresh SQLite file, so a PostgreSQL run prints the SQLite figure too (issue 19).
/// </summary>
internal static class SqliteBookings
{
    public static async Task<(double PerSecond, int Refused, string? FirstRefusal, double CpuMs)> RunAsync(int count, int clients)
    {
        var file = Path.Combine(Path.GetTempPath(), $"scimuseum-bench-sqlite-{Guid.NewGuid():N}.db");
        var log = file + ".log.json";
        try
        {
            await using var app = await AppProcess.StartAsync("Sqlite", $"Data Source={file}", log, false);
            var baseUrl = app.BaseUrl;
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = false })
                { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
            var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = AppProcess.AdminEmail, password = AppProcess.AdminPassword });
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            var today = MuseumClock.Today(TimeProvider.System);
            using (var rule = new HttpRequestMessage(HttpMethod.Post, "/api/v1/visitors/calendar/rules")
            {
                Content = JsonContent.Create(new
                {
                    effectiveFrom = today.ToString("yyyy-MM-dd"), openWeekdays = Enum.GetNames<DayOfWeek>(), dailyCap = count,
                    slots = new[] { new { start = "00:30:00", end = "23:59:00", capacity = count } },
                }),
            })
            {
                rule.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                (await http.SendAsync(rule)).EnsureSuccessStatusCode();
            }
            var opening = await http.GetFromJsonAsync<JsonElement>($"/api/v1/public/opening?date={today:yyyy-MM-dd}");
            var slot = opening.GetProperty("slots")[0].GetProperty("id").GetGuid();
            var bodies = Enumerable.Range(0, count).Select(i => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
            {
                date = today.ToString("yyyy-MM-dd"), slotId = slot, phone = "13800138000",
                visitors = new[] { new { name = "李四", idType = "ResidentId", idNumber = ResidentIds.Make(500_000 + i) } },
            }))).ToArray();
            var refused = 0;
            string? first = null;
            // A fresh app's first bookings pay the JIT: a tenth of them (at most 300) warm it up untimed, so the
            // rate and CPU per booking are the warmed app's.
            var warm = Math.Min(300, count / 10);
            await Book(0, warm);
            var cpu = app.CpuSeconds();
            var watch = Stopwatch.StartNew();
            await Book(warm, count);
            async Task Book(int from, int to)
            {
                var next = from - 1;
                await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
                {
                    for (int i; (i = Interlocked.Increment(ref next)) < to;)
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/reservations") { Content = new ByteArrayContent(bodies[i]) };
                        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                        using var response = await http.SendAsync(request);
                        var body = await response.Content.ReadAsStringAsync();
                        if (response.StatusCode != HttpStatusCode.Created && Interlocked.Increment(ref refused) == 1)
                            first = $"{(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}";
                    }
                })));
            }
            var seconds = watch.Elapsed.TotalSeconds;
            return ((count - warm) / seconds, refused, first, (app.CpuSeconds() - cpu) * 1000 / (count - warm));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm", log }) File.Delete(f);
        }
    }
}
