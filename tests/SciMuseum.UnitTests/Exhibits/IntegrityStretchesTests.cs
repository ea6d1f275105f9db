using SciMuseum.Core.Exhibits;

namespace SciMuseum.UnitTests.Exhibits;

/// <summary>The stored downtime runs, summed per stretch of days between acquisitions as the database sums them, give the sweep's rate.</summary>
public sealed class IntegrityStretchesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Runs_summed_per_stretch_agree_with_the_sweep_over_the_orders(int seed)
    {
        var random = new Random(seed);
        var halls = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        var (from, to) = (new DateOnly(2020, 1, 1), new DateOnly(2020, 3, 31));
        var exhibits = Enumerable.Range(0, 40).Select(i => new IntegrityRate.OnDisplay(Guid.NewGuid(), halls[i % 3],
            random.Next(4) == 0 ? from.AddDays(random.Next(-30, 120)) : null)).Where(e => e.Since is null || e.Since <= to).ToList();
        var orders = Enumerable.Range(0, 150).Select(_ =>
        {
            var e = exhibits[random.Next(exhibits.Count)];
            var reported = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(-20 * 24, 100 * 24));
            return (e.Id, Order: new ExhibitDowntimes.Order(reported, random.Next(10) == 0 ? null : reported.AddHours(random.Next(1, 15 * 24))));
        }).ToList();

        var sweep = IntegrityRate.Compute(exhibits, [.. orders.Select(o => new IntegrityRate.Downtime(o.Id, Periods.LocalDate(o.Order.ReportedAt),
            o.Order.DoneAt is { } d ? Periods.LocalDate(d) : null))], from, to);

        var byExhibit = orders.ToLookup(o => o.Id, o => o.Order);
        var runs = exhibits.SelectMany(e => ExhibitDowntimes.Runs(e.Since, byExhibit[e.Id]).Select(r => (e.HallId, r.From, r.To))).ToList();
        int first = from.DayNumber, last = to.DayNumber;
        var starts = exhibits.Where(e => e.Since is { } s && s.DayNumber > first).Select(e => e.Since!.Value.DayNumber).Append(first).Distinct().Order().ToList();
        var stretches = new List<IntegrityStretches.Stretch>();
        for (var i = 0; i < starts.Count; i++)
        {
            int a = starts[i], b = i + 1 < starts.Count ? starts[i + 1] - 1 : last;
            var shown = exhibits.Where(e => e.Since is not { } s || s.DayNumber <= a).GroupBy(e => e.HallId).ToDictionary(g => g.Key, g => g.Count());
            var down = runs.Where(r => r.From <= b && (r.To == null || r.To >= a)).GroupBy(r => r.HallId)
                .ToDictionary(g => g.Key, g => g.Sum(r => (r.To == null || r.To > b ? b : r.To.Value) - (r.From < a ? a : r.From) + 1));
            stretches.Add(new(b - a + 1, shown, down));
        }
        var stored = IntegrityStretches.Compute(exhibits.Select(e => e.HallId).Distinct().ToList(), stretches);

        Assert.Equal(sweep.Overall, stored.Overall);
        Assert.Equal((sweep.Days, sweep.DownExhibitDays, sweep.OnDisplayExhibitDays), (stored.Days, stored.DownExhibitDays, stored.OnDisplayExhibitDays));
        foreach (var hall in halls) Assert.Equal(sweep.ByHall[hall], stored.ByHall[hall]);
        Assert.InRange(stored.DownExhibitDays, 1, stored.OnDisplayExhibitDays - 1);
        Assert.True(starts.Count > 1); // exhibits joined the display within the period
    }

    [Fact]
    public void Overlapping_and_touching_orders_make_one_run_and_an_open_one_runs_on()
    {
        var at = (int day, int hour) => new DateTime(2020, 5, day, hour, 0, 0, DateTimeKind.Utc);
        var runs = ExhibitDowntimes.Runs(new DateOnly(2020, 5, 3), [
            new(at(1, 2), at(4, 2)), new(at(3, 2), at(6, 2)), new(at(7, 2), at(7, 3)), // overlapping, then touching the next day
            new(at(10, 2), at(9, 2)), // done before reported: no downtime
            new(at(20, 2), null), new(at(22, 2), at(23, 2)), // open: runs on and swallows a later closed one
        ]);
        Assert.Equal(new List<(int, int?)> { (new DateOnly(2020, 5, 3).DayNumber, new DateOnly(2020, 5, 7).DayNumber), (new DateOnly(2020, 5, 20).DayNumber, null) }, runs);
    }
}
