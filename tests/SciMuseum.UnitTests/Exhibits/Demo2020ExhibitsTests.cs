using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Organization;
using SciMuseum.Data.Demo;
using Xunit.Abstractions;

namespace SciMuseum.UnitTests.Exhibits;

/// <summary>The 2020 demo's exhibits and repairs give the report's figures, computed the way the module computes them.</summary>
public sealed class Demo2020ExhibitsTests(ITestOutputHelper output)
{
    private static readonly List<Hall> Halls = [.. Enumerable.Range(1, 3).Select(f => new Hall { Floor = f, Name = $"{f} 楼" })];

    [Fact]
    public void The_demo_year_has_over_400_repairs_done_and_an_integrity_rate_above_95_percent()
    {
        var exhibits = ExhibitsDemoStep.Exhibits(Guid.NewGuid(), Halls);
        var shown = exhibits.Where(e => e.HallId != null && e.Status == ExhibitStatus.InService).ToList();
        var plans = ExhibitsDemoStep.WorkOrders([.. shown.Select(e => (e.Id, e.PurchaseDate))], ["甲"]);
        var (from, to) = Periods.Utc(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));
        var done = plans.Count(p => p.Order.DoneAt >= from && p.Order.DoneAt < to);
        var rate = IntegrityRate.Compute([.. shown.Select(e => new IntegrityRate.OnDisplay(e.Id, e.HallId!.Value, e.PurchaseDate))],
            [.. plans.Select(p => new IntegrityRate.Downtime(p.Order.ExhibitId, Periods.LocalDate(p.Order.ReportedAt), Periods.LocalDate(p.Order.DoneAt!.Value)))],
            new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));
        output.WriteLine($"orders {plans.Count}, done in 2020 {done}, integrity {rate.Overall} ({rate.DownExhibitDays} of {rate.OnDisplayExhibitDays})");
        Assert.InRange(done, 400, 499);
        Assert.InRange(rate.Overall!.Value, 95m, 96m);
        Assert.Equal([4, 11, 7], exhibits.Where(e => e.Code.StartsWith("R20")).GroupBy(e => e.HallId).Select(g => g.Count()));
        Assert.Equal(27, exhibits.Count(e => e.Category == ExhibitCategory.Caravan));
    }

    [Fact]
    public void An_exhibit_down_one_day_of_ten_gives_ninety_percent()
    {
        var hall = Guid.NewGuid();
        var a = new IntegrityRate.OnDisplay(Guid.NewGuid(), hall, null);
        var r = IntegrityRate.Compute([a], [new(a.Id, new(2020, 1, 3), new(2020, 1, 3))], new(2020, 1, 1), new(2020, 1, 10));
        Assert.Equal(90m, r.Overall);
    }
}
