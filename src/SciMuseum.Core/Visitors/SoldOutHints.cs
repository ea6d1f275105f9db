using System.Collections.Concurrent;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// A booking storm is mostly sold-out answers. Each instance remembers, for at most <see cref="Lifetime"/>, how many
/// places a slot had left in its last booking statement, so a request for more than that is refused at once, without
/// encrypting IDs or a round trip. Only a hint, never the final word: a request the hint says fits still goes to the
/// database (whose conditional UPDATE decides), and places given back on this instance (a cancellation, a new rule)
/// forget the hint at once; given back on another instance, within <see cref="Lifetime"/>.
/// </summary>
public static class SoldOutHints
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private sealed record Hint(long Until, DateOnly Date, TimeOnly End, int Remaining);

    private static readonly ConcurrentDictionary<Guid, Hint> Hints = new();

    /// <summary>What the database just said is left in a slot (after a booking, or on a refusal for want of places).</summary>
    public static void Saw(Guid slotId, DateOnly date, TimeOnly end, int remaining)
    {
        if (Hints.Count > 10_000) Hints.Clear();
        Hints[slotId] = new Hint(Environment.TickCount64 + (long)Lifetime.TotalMilliseconds, date, end, Math.Max(0, remaining));
    }

    /// <summary>
    /// The places left by a fresh hint when they are fewer than <paramref name="wanted"/> (the booking is refused as
    /// sold out), null when the database must decide. A hint of a slot that has ended says nothing (the booking's own
    /// "slot over" answer comes first).
    /// </summary>
    public static int? SoldOut(Guid slotId, DateOnly date, int wanted, DateTime now)
    {
        if (!Hints.TryGetValue(slotId, out var h) || h.Date != date || h.Until <= Environment.TickCount64) return null;
        if (BookVisit.IsOver(date, h.End, now) || h.Remaining >= wanted) return null;
        return h.Remaining;
    }

    /// <summary>Places came back (or may have): the next booking asks the database.</summary>
    public static void Forget(Guid slotId) => Hints.TryRemove(slotId, out _);

    public static void ForgetAll() => Hints.Clear();
}
