using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Visitors;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>A fresh museum open every day with one all-day slot, so bookings and gate scans work whatever the test's clock says.</summary>
public sealed record VisitMuseum(TestMuseum Museum, Guid TodaySlot)
{
    public string Q => $"museum={Museum.Code}";
}

public static class VisitorFixtures
{
    private static int sequence = Random.Shared.Next(0, 900);

    public static DateOnly Today => MuseumClock.Today(TimeProvider.System);

    /// <summary>A resident ID with a valid check digit, different on each call.</summary>
    public static string NewId()
    {
        var n = Interlocked.Increment(ref sequence);
        var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 18_000));
        var first17 = $"4113{Random.Shared.Next(0, 99):D2}{birth:yyyyMMdd}{n % 1000:D3}";
        return first17 + IdDocuments.CheckCharacter(first17);
    }

    public static object Visitor(string? id = null, string name = "王小明") => new { name, idType = "ResidentId", idNumber = id ?? NewId() };

    public static async Task<VisitMuseum> OpenMuseumAsync(this SciMuseumApp app, int capacity = 1000)
    {
        var museum = await app.CreateMuseumAsync();
        var admin = await app.AdminAsync();
        var all = Enum.GetNames<DayOfWeek>();
        var rule = await admin.PostAsJsonAsync($"/api/v1/visitors/calendar/rules?museum={museum.Code}", new
        {
            effectiveFrom = Today.AddDays(-400).ToString("yyyy-MM-dd"), openWeekdays = all, dailyCap = capacity,
            slots = new[] { new { start = "00:00:00", end = "23:59:00", capacity } },
        });
        await rule.JsonAsync(System.Net.HttpStatusCode.OK);
        var opening = await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?museum={museum.Code}");
        return new VisitMuseum(museum, Guid.Parse(opening.GetProperty("slots")[0].GetProperty("id").GetString()!));
    }

    public static async Task<Guid> SlotOnAsync(this SciMuseumApp app, VisitMuseum m, DateOnly date) =>
        Guid.Parse((await app.Anonymous().GetJsonAsync($"/api/v1/public/opening?date={date:yyyy-MM-dd}&{m.Q}"))
            .GetProperty("slots")[0].GetProperty("id").GetString()!);

    public static Task<HttpResponseMessage> BookAsync(this SciMuseumApp app, VisitMuseum m, Guid slot, DateOnly date, params object[] visitors) =>
        app.Anonymous().PostAsJsonAsync($"/api/v1/public/reservations?{m.Q}", new { date = date.ToString("yyyy-MM-dd"), slotId = slot, phone = "13912345678", visitors });

    public static async Task<JsonElement> BookedAsync(this SciMuseumApp app, VisitMuseum m, Guid slot, DateOnly date, params object[] visitors) =>
        await (await app.BookAsync(m, slot, date, visitors)).JsonAsync(System.Net.HttpStatusCode.Created);

    /// <summary>Tickets and bookings of every museum, and the places taken: what "nothing written" compares for visits.</summary>
    public static Task<(int Tickets, int Reservations, int Booked)> CountVisitsAsync(this SciMuseumApp app) => app.InSystemScopeAsync(async (_, db) =>
        (await db.Set<Ticket>().CountAsync(), await db.Set<Reservation>().CountAsync(), await db.Set<TimeSlot>().SumAsync(s => s.Booked)));
}
