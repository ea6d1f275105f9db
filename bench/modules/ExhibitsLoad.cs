using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

/// <summary>
/// A large museum's five years of maintenance: 30 halls on 3 floors, N exhibits bought before the first year, and M work
/// orders spread evenly over 2021–2025. Six in ten are routine checks (preventive, done within the hour, not taking the
/// exhibit out of service); four in ten are repairs that take it down for 1 hour to 12 days, of which 15 % wait for
/// parts and 5 % for procurement. About 1 % of the last month's orders are still open. Each order carries its
/// transitions (reported, assigned, in progress, waiting…, done, verified): about 3.8 M rows for 1 M orders.
/// </summary>
internal static class ExhibitsLoad
{
    public static readonly DateOnly First = new(2021, 1, 1), Last = new(2025, 12, 31);

    public static async Task<Guid> LoadAsync(MuseumDb db, int exhibits, int orders)
    {
        db.User.AsSystem();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var museum = new Museum { Code = $"bx{Guid.NewGuid():N}"[..20], Name = "基准测试科技馆" };
        db.Museums.Add(museum);
        var halls = Enumerable.Range(0, 30).Select(i => new Hall { MuseumId = museum.Id, Floor = i / 10 + 1, Name = $"展厅 {i + 1}", SortOrder = i }).ToList();
        db.Halls.AddRange(halls);
        await db.SaveChangesAsync();
        var now = DateTime.UtcNow;
        var list = Enumerable.Range(0, exhibits).Select(i => new Exhibit
        {
            MuseumId = museum.Id, Code = $"E{i:D5}", Name = $"展品 {i}", HallId = halls[i % halls.Count].Id, Category = (ExhibitCategory)(i % 3),
            Status = ExhibitStatus.InService, PurchaseDate = new DateOnly(2020, 1, 1).AddDays(i % 300), CreatedAt = now, UpdatedAt = now,
        }).ToList();
        await Bulk.InsertAsync(db, list);
        var made = Orders(museum.Id, list, orders, now, out var transitions);
        await Bulk.InsertAsync(db, made);
        await Bulk.InsertAsync(db, transitions);
        // The stored figures the app keeps as orders move, computed as the start-up backfill does: downtime runs and repair months.
        var down = made.Where(o => o.Downtime != DowntimeReason.None).ToLookup(o => o.ExhibitId, o => new ExhibitDowntimes.Order(o.ReportedAt, o.DoneAt));
        var runs = list.SelectMany(e => ExhibitDowntimes.Rows(e, down[e.Id])).ToList();
        await Bulk.InsertAsync(db, runs);
        var downMonths = DownMonths.Of(runs);
        await Bulk.InsertAsync(db, downMonths);
        var months = RepairTotals.Months(made, transitions);
        await Bulk.InsertAsync(db, months);
        Console.WriteLine($"stored: {runs.Count:N0} downtime runs, {downMonths.Count:N0} hall down-months, {months.Count:N0} repair months");
        return museum.Id;
    }

    private static List<WorkOrder> Orders(Guid museum, List<Exhibit> exhibits, int count, DateTime now, out List<WorkOrderTransition> transitions)
    {
        var random = new Random(12);
        var start = DateTime.SpecifyKind(First.ToDateTime(new TimeOnly(1, 0)), DateTimeKind.Utc);
        var span = (Last.ToDateTime(new TimeOnly(8, 0)) - First.ToDateTime(TimeOnly.MinValue)).TotalHours;
        var end = DateTime.SpecifyKind(Last.ToDateTime(new TimeOnly(8, 0)), DateTimeKind.Utc);
        var orders = new List<WorkOrder>(count);
        var steps = transitions = new List<WorkOrderTransition>(count * 4);
        for (var i = 0; i < count; i++)
        {
            var reported = start.AddHours(span * i / count);
            var routine = random.NextDouble() < 0.6;
            var order = new WorkOrder
            {
                MuseumId = museum, Number = $"WO-{i:D7}", ExhibitId = exhibits[random.Next(exhibits.Count)].Id,
                Source = routine ? WorkOrderSource.Preventive : WorkOrderSource.FaultReport, Priority = routine ? WorkOrderPriority.Low : WorkOrderPriority.Normal,
                Description = routine ? "例行检查" : "按钮失灵", ReportedBy = "展厅辅导员", ReportedAt = reported, Assignee = "维修员",
                DueAt = reported + WorkOrder.Sla(routine ? WorkOrderPriority.Low : WorkOrderPriority.Normal),
                Downtime = routine ? DowntimeReason.None : (DowntimeReason)random.Next(5), CreatedAt = now, UpdatedAt = now,
            };
            orders.Add(order);
            void Step(WorkOrderState? from, WorkOrderState to, DateTime at) =>
                steps.Add(new WorkOrderTransition { MuseumId = museum, WorkOrderId = order.Id, From = from, To = to, At = at, By = "维修员", CreatedAt = now, UpdatedAt = now });
            Step(null, WorkOrderState.Reported, reported);
            var hours = routine ? 0.5 : Math.Exp(random.NextDouble() * Math.Log(288)); // 1 h to 12 days, most short
            var done = reported.AddHours(hours);
            if (done > end && random.NextDouble() < 0.5)
            {
                order.State = WorkOrderState.InProgress;
                Step(WorkOrderState.Reported, WorkOrderState.InProgress, reported.AddMinutes(10));
                continue;
            }
            var at = reported.AddMinutes(Math.Min(10, hours * 6));
            Step(WorkOrderState.Reported, WorkOrderState.InProgress, at);
            var wait = routine ? 0 : random.NextDouble();
            if (wait is > 0 and < 0.2)
            {
                var waiting = wait < 0.05 ? WorkOrderState.WaitingForProcurement : WorkOrderState.WaitingForParts;
                var from = at.AddMinutes((done - at).TotalMinutes * 0.2);
                var back = at.AddMinutes((done - at).TotalMinutes * 0.8);
                Step(WorkOrderState.InProgress, waiting, from);
                Step(waiting, WorkOrderState.InProgress, back);
            }
            Step(WorkOrderState.InProgress, WorkOrderState.Done, done);
            order.State = WorkOrderState.Verified;
            order.DoneAt = done;
            Step(WorkOrderState.Done, WorkOrderState.Verified, done.AddMinutes(30));
        }
        return orders;
    }
}
