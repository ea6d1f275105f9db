using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;

namespace SciMuseum.UnitTests.Exhibits;

/// <summary>The integrity rate's sweep gives, day for day, what counting each exhibit on each day gives.</summary>
public sealed class IntegrityRateTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_sweep_agrees_with_counting_every_exhibit_on_every_day(int seed)
    {
        var random = new Random(seed);
        var halls = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        var (from, to) = (new DateOnly(2020, 1, 1), new DateOnly(2020, 3, 31));
        var exhibits = Enumerable.Range(0, 40).Select(i => new IntegrityRate.OnDisplay(Guid.NewGuid(), halls[i % 3],
            random.Next(4) == 0 ? from.AddDays(random.Next(-30, 120)) : null)).ToList();
        // Overlapping, touching, open-ended and out-of-period downtimes; the fourth hall has no exhibits at all.
        var downtimes = Enumerable.Range(0, 150).Select(_ =>
        {
            var e = exhibits[random.Next(exhibits.Count)];
            var start = from.AddDays(random.Next(-20, 100));
            return new IntegrityRate.Downtime(e.Id, start, random.Next(10) == 0 ? null : start.AddDays(random.Next(0, 15)));
        }).ToList();

        var sweep = IntegrityRate.Compute(exhibits, downtimes, from, to);
        var naive = Naive(exhibits, downtimes, from, to);

        Assert.Equal(naive.Overall, sweep.Overall);
        Assert.Equal((naive.Days, naive.Down, naive.Shown), (sweep.Days, sweep.DownExhibitDays, sweep.OnDisplayExhibitDays));
        foreach (var hall in halls.Take(3)) Assert.Equal(naive.ByHall[hall], sweep.ByHall[hall]);
        Assert.False(sweep.ByHall.ContainsKey(halls[3]));
        Assert.InRange(sweep.DownExhibitDays, 1, sweep.OnDisplayExhibitDays - 1);
    }

    [Fact]
    public void A_period_before_any_exhibit_was_on_display_has_no_rate()
    {
        var e = new IntegrityRate.OnDisplay(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2021, 1, 1));
        var r = IntegrityRate.Compute([e], [new(e.Id, new(2020, 1, 1), null)], new(2020, 1, 1), new(2020, 12, 31));
        Assert.Null(r.Overall);
        Assert.Equal(0, r.Days);
    }

    private static (decimal? Overall, Dictionary<Guid, decimal?> ByHall, int Days, int Down, int Shown) Naive(
        List<IntegrityRate.OnDisplay> exhibits, List<IntegrityRate.Downtime> downtimes, DateOnly from, DateOnly to)
    {
        decimal sum = 0;
        int days = 0, down = 0, shown = 0;
        var hallSums = exhibits.Select(e => e.HallId).Distinct().ToDictionary(h => h, _ => (Sum: 0m, Days: 0));
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var counts = exhibits.Where(e => e.Since is not { } s || s <= d)
                .GroupBy(e => e.HallId)
                .ToDictionary(g => g.Key, g => (Shown: g.Count(), Up: g.Count(e => !downtimes.Any(x => x.ExhibitId == e.Id && x.From <= d && (x.To ?? to) >= d))));
            var total = counts.Values.Sum(c => c.Shown);
            if (total == 0) continue;
            var up = counts.Values.Sum(c => c.Up);
            (shown, down, sum, days) = (shown + total, down + total - up, sum + (decimal)up / total, days + 1);
            foreach (var (h, c) in counts) hallSums[h] = (hallSums[h].Sum + (decimal)c.Up / c.Shown, hallSums[h].Days + 1);
        }
        return (days == 0 ? null : Money.Percent(sum, days, IntegrityRate.Decimals),
            hallSums.ToDictionary(h => h.Key, h => h.Value.Days == 0 ? null : Money.Percent(h.Value.Sum, h.Value.Days, IntegrityRate.Decimals)), days, down, shown);
    }
}
