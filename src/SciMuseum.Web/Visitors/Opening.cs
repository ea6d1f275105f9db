using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Web.Visitors;

/// <summary>
/// Published opening information (开放信息): the day's status, slots with remaining places, current notices. Each
/// instance answers from a copy at most <see cref="Lifetime"/> old, so a crowd refreshing the page does not queue
/// behind bookings; the copy is forgotten at once when this instance takes or gives back places or changes notices
/// or rules (<see cref="VisitorCache.Changed"/>), so places shown lag the truth by at most that age.
/// </summary>
public sealed class Opening(MuseumDb db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private sealed record Copy(long Until, long Generation, DateOnly Today, OpeningView View);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Guid Museum, DateOnly Day), Copy> Copies = new();

    public async Task<OpeningView> DayAsync(DateOnly? date, CancellationToken ct = default)
    {
        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var day = date ?? today;
        if (db.User.IsSystem || db.User.MuseumId is not { } museum) return await LoadAsync(day, now, ct);
        var generation = VisitorCache.Generation(museum);
        var tick = Environment.TickCount64;
        if (Copies.TryGetValue((museum, day), out var copy) && copy.Until > tick && copy.Generation == generation && copy.Today == today)
            return copy.View;
        var view = await LoadAsync(day, now, ct);
        if (Copies.Count > 10_000) Copies.Clear();
        Copies[(museum, day)] = new Copy(tick + (long)Lifetime.TotalMilliseconds, generation, today, view);
        return view;
    }

    private async Task<OpeningView> LoadAsync(DateOnly day, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var settings = await VisitorSettingsStore.GetAsync(db, ct);
        var until = today.AddDays(settings.BookingDaysAhead);
        var plan = (await VisitorCache.CalendarAsync(db, ct)).Day(day);
        // Slots are made only for days one can book; past days show what was made, far days the plan.
        var slots = day >= today && day <= until ? await Slots.EnsureAsync(db, plan, ct) : await Slots.ForDayAsync(db, day, ct);
        var views = slots.Count > 0
            ? slots.Select(s => new SlotView(s.Id, VisitViews.Hm(s.Start), VisitViews.Hm(s.End), s.Capacity, s.Booked, s.Remaining,
                BookVisit.IsBookable(plan, s, now, settings))).ToList()
            : plan.IsOpen && plan.Rule is not null
                ? plan.Rule.Slots.Select(s => new SlotView(null, VisitViews.Hm(s.Start), VisitViews.Hm(s.End), s.Capacity, 0, s.Capacity, false)).ToList()
                : [];
        var notices = await CurrentNoticesAsync(today, ct);
        var booked = views.Sum(v => v.Booked);
        var cap = plan.IsOpen ? plan.Rule?.DailyCap ?? 0 : 0;
        return new OpeningView(day, plan.IsOpen, plan.IsOpen ? "open" : "closed", plan.Reason, cap, booked,
            plan.IsOpen ? views.Sum(v => v.Remaining) : 0, views.Any(v => v.Bookable), until, views, notices);
    }

    public async Task<List<NoticeView>> CurrentNoticesAsync(DateOnly today, CancellationToken ct = default) =>
        [.. (await db.Set<Notice>().AsNoTracking().Where(n => n.PublishFrom <= today && (n.PublishUntil == null || n.PublishUntil >= today))
            .ToListAsync(ct)).OrderByDescending(n => n.IsPinned).ThenByDescending(n => n.PublishFrom).Select(VisitViews.Notice)];
}
