using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// 缺货 (the seed: workshops closed when consumables ran out), measured as item-days at zero: a day counts for a consumable
/// when its stock over every location stood at zero at the end of that day. Read from the movements' RemainingAfter, so an
/// item that ran out in the morning and was restocked the same day costs no day. Refused issues are not counted: a refusal
/// writes nothing, and the day at zero is what a closed workshop felt.
/// </summary>
public static class StockOuts
{
    public sealed record Figure(int ItemDays, int Items);

    public static async Task<Figure> HandleAsync(MuseumDb db, MetricPeriod period, DateOnly today, CancellationToken ct)
    {
        var last = period.To < today ? period.To : today;
        if (last < period.From) return new(0, 0);
        var (_, before) = Periods.Utc(period.From, last);
        var movements = await db.StockMovements.AsNoTracking().Where(m => m.At < before)
            .OrderBy(m => m.ConsumableId).ThenBy(m => m.At).ThenBy(m => m.Id)
            .Select(m => new { m.ConsumableId, m.At, m.RemainingAfter }).ToListAsync(ct);

        var days = 0;
        var items = 0;
        foreach (var item in movements.GroupBy(m => m.ConsumableId))
        {
            // The balance at the end of each day the item moved, in order; between two such days it holds.
            var ends = item.GroupBy(m => Periods.LocalDate(m.At)).Select(g => (Day: g.Key, Remaining: g.Last().RemainingAfter)).ToList();
            var itemDays = 0;
            for (var i = 0; i < ends.Count; i++)
            {
                if (ends[i].Remaining != 0) continue;
                var start = ends[i].Day < period.From ? period.From : ends[i].Day;
                var stop = i + 1 < ends.Count ? ends[i + 1].Day.AddDays(-1) : last; // restocked (or not) on the next day it moved
                if (stop > last) stop = last;
                if (stop >= start) itemDays += stop.DayNumber - start.DayNumber + 1;
            }
            if (itemDays > 0) items++;
            days += itemDays;
        }
        return new(days, items);
    }
}
