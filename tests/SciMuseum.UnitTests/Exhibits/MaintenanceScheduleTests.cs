using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Organization;
using SciMuseum.Data.Demo;
using Xunit.Abstractions;

namespace SciMuseum.UnitTests.Exhibits;

/// <summary>When preventive rounds fall due, and the 2020 demo's consumables as rows that never go below zero.</summary>
public sealed class MaintenanceScheduleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(PlanFrequency.Daily, "2020-06-13", "2020-06-13", "2020-06-14")]
    [InlineData(PlanFrequency.Daily, "2020-06-13", "2020-06-01", "2020-06-13")]
    [InlineData(PlanFrequency.Weekly, "2020-06-15", "2020-06-21", "2020-06-22")]
    [InlineData(PlanFrequency.Weekly, "2020-06-15", "2020-06-22", "2020-06-29")]
    [InlineData(PlanFrequency.Monthly, "2020-01-31", "2020-01-31", "2020-02-29")]
    [InlineData(PlanFrequency.Monthly, "2020-01-31", "2020-03-01", "2020-03-31")]
    [InlineData(PlanFrequency.Monthly, "2020-08-20", "2020-12-31", "2021-01-20")]
    public void The_next_round_is_the_first_after_the_day(PlanFrequency f, string start, string day, string next) =>
        Assert.Equal(DateOnly.Parse(next), Schedule.NextAfter(DateOnly.Parse(start), f, DateOnly.Parse(day)));

    [Fact]
    public void A_weekly_plan_falls_four_or_five_times_in_a_month()
    {
        var start = new DateOnly(2021, 1, 4);
        var rounds = Schedule.Between(start, PlanFrequency.Weekly, start, new(2021, 3, 1), new(2021, 3, 31)).ToList();
        Assert.Equal([new(2021, 3, 1), new(2021, 3, 8), new(2021, 3, 15), new(2021, 3, 22), new(2021, 3, 29)], rounds);
    }

    [Fact]
    public void The_demo_stock_is_its_receipts_less_its_issues_never_below_zero_with_a_few_reorders()
    {
        var halls = Enumerable.Range(1, 3).Select(f => new Hall { Floor = f, Name = $"{f} 楼" }).ToList();
        var exhibits = ExhibitsDemoStep.Exhibits(Guid.NewGuid(), halls);
        var orders = ExhibitsDemoStep.WorkOrders([.. exhibits.Where(e => e.HallId != null && e.Status == ExhibitStatus.InService).Select(e => (e.Id, e.PurchaseDate))], ["甲"])
            .Select(p => p.Order).ToList();
        var stock = Demo2020Maintenance.Consumables(Guid.NewGuid(), orders);
        foreach (var item in stock.Consumables)
        {
            var moves = stock.Movements.Where(m => m.ConsumableId == item.Id).OrderBy(m => m.At).ToList();
            var running = 0;
            foreach (var m in moves)
            {
                running += m.Kind == StockMovementKind.Receipt ? m.Quantity : -m.Quantity;
                Assert.True(running >= 0);
                Assert.Equal(running, m.RemainingAfter);
            }
            Assert.Equal(running, stock.Stocks.Single(s => s.ConsumableId == item.Id).Quantity);
            output.WriteLine($"{item.Name}: {moves.Count} movements, {running} {item.Unit} left, minimum {item.MinimumStock}");
        }
        output.WriteLine($"{stock.Requests.Count} requests, {stock.Requests.Count(r => r.State == PurchaseRequestState.Requested)} open");
        Assert.InRange(stock.Requests.Count, 2, 20);
        var open = Assert.Single(stock.Requests, r => r.State == PurchaseRequestState.Requested);
        var short_ = stock.Consumables.Single(c => c.Id == open.ConsumableId);
        Assert.True(stock.Stocks.Single(s => s.ConsumableId == short_.Id).Quantity <= short_.MinimumStock);
        Assert.True(stock.Movements.Count(m => m.Kind == StockMovementKind.Issue && m.WorkOrderId != null) > 20);
        Assert.Equal(3, Demo2020Maintenance.Plans(Guid.NewGuid(), halls, exhibits, ["甲"]).Count);
    }
}
