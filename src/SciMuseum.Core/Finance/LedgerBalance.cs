using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

/// <summary>
/// What a line may still spend on a given day. Money must be there when it is spent: a payment dated before its line
/// received anything is as much an over-spend as one beyond the year's receipts, and it must not take money that later
/// payments already rely on. So the funds available on a day are the lowest balance (received minus spent, by date) on
/// that day or any later day of the line's ledger.
/// </summary>
public static class LedgerBalance
{
    /// <summary>The line's net movement per day (receipts positive, payments negative), in date order.</summary>
    public static async Task<SortedDictionary<DateOnly, decimal>> TimelineAsync(MuseumDb db, Guid lineId, CancellationToken ct)
    {
        var received = await db.Receipts.Where(r => r.LineId == lineId).GroupBy(r => r.Date)
            .Select(g => new { Date = g.Key, Sum = g.Sum(r => r.Amount) }).ToListAsync(ct);
        var spent = await db.Expenditures.Where(e => e.LineId == lineId).GroupBy(e => e.Date)
            .Select(g => new { Date = g.Key, Sum = g.Sum(e => e.Amount) }).ToListAsync(ct);
        var net = new SortedDictionary<DateOnly, decimal>();
        foreach (var r in received) Move(net, r.Date, r.Sum);
        foreach (var s in spent) Move(net, s.Date, -s.Sum);
        return net;
    }

    public static void Move(SortedDictionary<DateOnly, decimal> net, DateOnly date, decimal amount) =>
        net[date] = net.GetValueOrDefault(date) + amount;

    /// <summary>The lowest balance from the end of <paramref name="date"/> on (a day's receipts count before its payments).</summary>
    public static decimal Available(SortedDictionary<DateOnly, decimal> net, DateOnly date)
    {
        var running = 0m;
        decimal? lowest = null;
        foreach (var (day, amount) in net)
        {
            if (day > date) lowest ??= running;
            running += amount;
            if (day > date) lowest = Math.Min(lowest!.Value, running);
        }
        return lowest ?? running;
    }
}
