using System.Collections.Concurrent;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// Each app instance keeps a museum's opening calendar and booking rules for a few seconds, so a booking or an
/// opening page does not read them again on every request (a booking storm asks thousands of times a second).
/// A change made on this instance takes effect at once; one made on another instance within <see cref="Lifetime"/>.
/// </summary>
public static class VisitorCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private sealed record Entry<T>(long Until, T Value);

    private static readonly ConcurrentDictionary<Guid, Entry<OpeningCalendar>> Calendars = new();
    private static readonly ConcurrentDictionary<Guid, Entry<VisitorSettings>> Settings = new();

    public static Task<OpeningCalendar> CalendarAsync(MuseumDb db, CancellationToken ct = default) =>
        GetAsync(Calendars, db, () => OpeningCalendar.LoadAsync(db, ct));

    public static Task<VisitorSettings> SettingsAsync(MuseumDb db, CancellationToken ct = default) =>
        GetAsync(Settings, db, () => VisitorSettingsStore.LoadAsync(db, ct));

    /// <summary>The museum's settings if this instance holds a fresh copy; null when it would have to read them.</summary>
    public static VisitorSettings? CachedSettings(Guid museumId) =>
        Settings.TryGetValue(museumId, out var entry) && entry.Until > Environment.TickCount64 ? entry.Value : null;

    /// <summary>Called after every change of a museum's rules, closures or settings on this instance.</summary>
    public static void Forget(Guid? museumId)
    {
        if (museumId is not { } id) return;
        Calendars.TryRemove(id, out _);
        Settings.TryRemove(id, out _);
        SoldOutHints.ForgetAll(); // capacities may have changed
        Changed(id);
    }

    private static readonly ConcurrentDictionary<Guid, long> Generations = new();

    /// <summary>
    /// How many times this instance has changed what a museum publishes (places taken or given back, notices, rules):
    /// copies of the published opening taken at an older generation are forgotten at once.
    /// </summary>
    public static long Generation(Guid museumId) => Generations.GetValueOrDefault(museumId);

    /// <summary>Called after places are taken or given back and after notices change on this instance.</summary>
    public static void Changed(Guid? museumId)
    {
        if (museumId is { } id) Generations.AddOrUpdate(id, 1, (_, g) => g + 1);
    }

    private static async Task<T> GetAsync<T>(ConcurrentDictionary<Guid, Entry<T>> entries, MuseumDb db, Func<Task<T>> load)
    {
        // A system context sees every museum: nothing to key a copy by.
        if (db.User.IsSystem || db.User.MuseumId is not { } museum) return await load();
        var now = Environment.TickCount64;
        if (entries.TryGetValue(museum, out var entry) && entry.Until > now) return entry.Value;
        var value = await load();
        entries[museum] = new Entry<T>(now + (long)Lifetime.TotalMilliseconds, value);
        return value;
    }
}
