using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs;

namespace SciMuseum.Bench.Booking;

/// <summary>
/// The class sign-up storm (issue 13): `attempts` families, one child each, for one session of `places` through the
/// public API. Exactly `places` must be confirmed and every other family waiting-listed (201, never a 409 or a 500),
/// the session's Taken = places; then `places / 5` confirmed families cancel and the offers must go to the families
/// first in the waiting list's arrival order (QueuedAt, then id).
/// </summary>
internal static class SignUpStorm
{
    public sealed record Outcome(int Attempts, double Seconds, double[] Latencies);

    public static async Task<Outcome> RunAsync(IServiceProvider services, HttpClient http, string museumCode, int attempts, int places, int clients,
        Func<int, int, Func<int, HttpRequestMessage>, Action<int, HttpStatusCode, string>, Task<(double Seconds, double[] Latencies)>> load,
        Action<bool, string> check)
    {
        Guid sessionId;
        await using (var scope = services.CreateAsyncScope())
        {
            var user = scope.ServiceProvider.GetRequiredService<UserContext>();
            user.AsSystem();
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var museum = await db.Museums.FirstAsync(m => m.Code == museumCode);
            user.AsSystem(museum.Id);
            var department = await db.Departments.FirstOrDefaultAsync(d => d.Kind == DepartmentKind.YouthActivityCenter);
            if (department is null)
            {
                department = new Department { MuseumId = museum.Id, Name = "青少年课外活动中心", Kind = DepartmentKind.YouthActivityCenter };
                db.Departments.Add(department);
                await db.SaveChangesAsync();
            }
            var day = MuseumClock.Today(TimeProvider.System).AddDays(2);
            var activity = (await SaveActivity.HandleAsync(db, null, new SaveActivity.Command(department.Id, "暑假公益兴趣班·基准", ActivityType.Class, "中小学生",
                day, null, null, places, 7, 4m, ""), CancellationToken.None)).Value ?? throw new InvalidOperationException("activity refused");
            if ((await ActivityTransitions.OpenAsync(db, activity.Id, CancellationToken.None)).Refusal is { } r) throw new InvalidOperationException(r.En);
            var session = (await SaveSession.HandleAsync(db, null, new SaveSession.Command(activity.Id, "基准场次", day, new TimeOnly(9, 0), new TimeOnly(11, 0),
                "活动室", places, true, 120), TimeProvider.System, CancellationToken.None)).Value ?? throw new InvalidOperationException("session refused");
            sessionId = session.Id;
        }

        Console.WriteLine();
        Console.WriteLine($"sign-up storm: {attempts:N0} families, 1 child each, for one class of {places:N0} places");
        var bodies = Enumerable.Range(0, attempts).Select(i => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            sessionId, guardianName = "王女士", guardianPhone = $"137{i:D8}", children = new[] { new { name = $"孩子{i}", age = 9 } },
        }))).ToArray();
        var statuses = new ConcurrentDictionary<string, int>();
        var samples = new ConcurrentDictionary<string, string>();
        var run = await load(attempts, clients, i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/public/programs/signups?museum={museumCode}") { Content = new ByteArrayContent(bodies[i]) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return request;
        }, (i, status, body) =>
        {
            var kind = status == HttpStatusCode.Created
                ? "201 " + (JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() ?? "")
                : $"{(int)status}";
            statuses.AddOrUpdate(kind, 1, (_, n) => n + 1);
            samples.TryAdd(kind, body[..Math.Min(body.Length, 300)]);
        });
        foreach (var (kind, n) in statuses.OrderBy(s => s.Key)) Console.WriteLine($"  {kind,-40}{n,8:N0}");
        check(statuses.GetValueOrDefault("201 Confirmed") == places, $"confirmed = {statuses.GetValueOrDefault("201 Confirmed"):N0}, must be exactly {places:N0}");
        check(statuses.GetValueOrDefault("201 Waiting") == attempts - places, $"waiting-listed = {statuses.GetValueOrDefault("201 Waiting"):N0}, must be {attempts - places:N0}");
        var others = statuses.Where(s => s.Key is not ("201 Confirmed" or "201 Waiting")).ToList();
        check(others.Count == 0, $"no other answer{string.Concat(others.Select(s => $"; {s.Key} ×{s.Value}: {samples[s.Key]}"))}");

        // In the database: the places, then a few cancellations served in the waiting list's order.
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<UserContext>().AsSystem();
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var taken = await db.ActivitySessions.IgnoreQueryFilters().Where(s => s.Id == sessionId).Select(s => s.Taken).SingleAsync();
            var rows = db.SignUps.IgnoreQueryFilters().Where(s => s.SessionId == sessionId);
            var confirmedRows = await rows.CountAsync(s => s.Status == SignUpStatus.Confirmed);
            Console.WriteLine($"  database: session Taken = {taken:N0}, confirmed sign-ups = {confirmedRows:N0}, waiting = {await rows.CountAsync(s => s.Status == SignUpStatus.Waiting):N0}");
            check(taken == places && confirmedRows == places, $"database: Taken = confirmed = {places:N0}");

            var firstWaiting = await rows.Where(s => s.Status == SignUpStatus.Waiting).OrderBy(s => s.QueuedAt).ThenBy(s => s.Id)
                .Take(Math.Max(1, places / 5)).Select(s => s.Id).ToListAsync();
            var cancel = await rows.Where(s => s.Status == SignUpStatus.Confirmed).Take(firstWaiting.Count).Select(s => s.Id).ToListAsync();
            var watch = Stopwatch.StartNew();
            foreach (var id in cancel) await FamilySignUps.CancelAsync(db, id, TimeProvider.System, CancellationToken.None);
            var offered = await rows.Where(s => s.Status == SignUpStatus.Offered).Select(s => s.Id).ToListAsync();
            Console.WriteLine($"  {cancel.Count} cancellations → {offered.Count} offers in {watch.Elapsed.TotalMilliseconds:0} ms");
            check(offered.Order().SequenceEqual(firstWaiting.Order()), $"the offers went to the first {firstWaiting.Count} families in arrival order");
        }
        return new Outcome(attempts, run.Seconds, run.Latencies);
    }
}
