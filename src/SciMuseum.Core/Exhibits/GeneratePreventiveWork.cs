using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// Makes the work orders of every preventive round that is due, once. For each due plan, in one transaction: advance
/// its NextDue with one conditional UPDATE (WHERE NextDue = the day read), and only if that changed the row, add the
/// round's orders with their checklists. A second generator (another app instance, or a second run at the same moment)
/// finds the row already moved, changes nothing and adds nothing. Missed rounds (the app was down) are not made up one
/// by one: the plan gets one round now and moves on to its next day after today.
/// </summary>
public static class GeneratePreventiveWork
{
    public sealed record Generated(int Rounds, int Orders);

    public static async Task<Generated> RunAsync(MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = MuseumClock.Today(clock);
        var due = await db.MaintenancePlans.AsNoTracking().Where(p => p.Active && p.NextDue <= today).ToListAsync(ct);
        int rounds = 0, orders = 0;
        foreach (var plan in due)
        {
            var made = await RoundAsync(db, clock, plan, today, ct);
            if (made is null) continue;
            rounds++;
            orders += made.Value;
        }
        return new Generated(rounds, orders);
    }

    /// <returns>How many orders the round made, or null when another generator made it first.</returns>
    private static async Task<int?> RoundAsync(MuseumDb db, TimeProvider clock, MaintenancePlan plan, DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = Schedule.NextAfter(plan.StartDate, plan.Frequency, today);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The claim comes first in the transaction: on SQLite it takes the write lock before anything is read.
        var claimed = await db.MaintenancePlans.Where(p => p.Id == plan.Id && p.NextDue == plan.NextDue)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.NextDue, next).SetProperty(p => p.UpdatedAt, now), ct);
        if (claimed != 1) return null;
        var exhibits = plan.ExhibitId is { } id
            ? await db.Exhibits.Where(e => e.Id == id && e.Status != ExhibitStatus.Retired).ToListAsync(ct)
            : await ListMaintenancePlans.InScope(db).Where(e => (plan.HallId == null || e.HallId == plan.HallId) && (plan.Category == null || e.Category == plan.Category))
                .OrderBy(e => e.Code).ToListAsync(ct);
        var dueAt = Periods.Utc(next, next).From;
        var items = plan.Items;
        foreach (var exhibit in exhibits)
        {
            var order = await OpenWorkOrder.AddAsync(db, now, exhibit, WorkOrderSource.Preventive, WorkOrderPriority.Normal,
                L($"预防性维护：{plan.Name}", $"Preventive maintenance: {plan.Name}"), L("维护计划", "Maintenance plan"), "", ct, turnsFaulty: false);
            order.PlanId = plan.Id;
            order.Downtime = DowntimeReason.None;
            order.DueAt = dueAt > now ? (dueAt - now > WorkOrder.MaxDueLead ? now + WorkOrder.MaxDueLead : dueAt) : now + WorkOrder.Sla(WorkOrderPriority.Normal);
            order.Assignee = plan.Assignee;
            for (var i = 0; i < items.Count; i++)
                db.WorkOrderChecks.Add(new WorkOrderCheck { WorkOrderId = order.Id, Position = i + 1, Item = items[i] });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return exhibits.Count;
    }
}
