using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// Keeps <see cref="RepairMonth"/>: closing an order adds its repair time and waits to the month it was done in, reopening
/// it takes them away again, each by one atomic upsert in the move's transaction (two closes at once both count).
/// </summary>
public static class RepairTotals
{
    public sealed record Totals(int Jobs, double Seconds, double PartsSeconds, double ProcurementSeconds);

    /// <summary>An order's share: its hours from report to done, and the time its transitions up to <paramref name="doneAt"/> spent waiting.</summary>
    public static Totals Of(DateTime reportedAt, DateTime doneAt, IEnumerable<WorkOrderTransition> transitions)
    {
        double parts = 0, procurement = 0;
        foreach (var t in transitions.Where(t => t.At <= doneAt))
        {
            var s = (t.At - reportedAt).TotalSeconds;
            if (t.From == WorkOrderState.WaitingForParts) parts += s;
            if (t.From == WorkOrderState.WaitingForProcurement) procurement += s;
            if (t.To == WorkOrderState.WaitingForParts) parts -= s;
            if (t.To == WorkOrderState.WaitingForProcurement) procurement -= s;
        }
        return new Totals(1, (doneAt - reportedAt).TotalSeconds, parts, procurement);
    }

    /// <summary>The months of these orders (their waiting transitions beside them), for a backfill or a bulk load.</summary>
    public static List<RepairMonth> Months(IEnumerable<WorkOrder> orders, IEnumerable<WorkOrderTransition> transitions)
    {
        var byOrder = transitions.ToLookup(t => t.WorkOrderId);
        return [.. orders.Where(o => o.DoneAt != null)
            .Select(o => (o.MuseumId, Date: Periods.LocalDate(o.DoneAt!.Value), Share: Of(o.ReportedAt, o.DoneAt!.Value, byOrder[o.Id])))
            .GroupBy(x => (x.MuseumId, x.Date.Year, x.Date.Month))
            .Select(g => new RepairMonth
            {
                MuseumId = g.Key.MuseumId, Year = g.Key.Year, Month = g.Key.Month, Jobs = g.Count(), Seconds = g.Sum(x => x.Share.Seconds),
                PartsSeconds = g.Sum(x => x.Share.PartsSeconds), ProcurementSeconds = g.Sum(x => x.Share.ProcurementSeconds),
            })];
    }

    /// <summary>Adds (<paramref name="sign"/> 1: closed) or takes away (−1: reopened) the order's share, done at <paramref name="doneAt"/>.</summary>
    public static async Task MoveAsync(MuseumDb db, Guid museumId, Guid orderId, DateTime reportedAt, DateTime doneAt, int sign, CancellationToken ct)
    {
        var steps = await db.WorkOrderTransitions.AsNoTracking().Where(t => t.WorkOrderId == orderId).ToListAsync(ct);
        var share = Of(reportedAt, doneAt, steps);
        var month = Periods.LocalDate(doneAt);
        var type = db.Model.FindEntityType(typeof(RepairMonth))!;
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<object>();
        // Raw SQL sees the stored forms (ids are text on SQLite): each value goes through its column's own mapping.
        string P(string property, object value)
        {
            parameters.Add(type.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, $"r{parameters.Count}", value, nullable: false));
            return $"{{{parameters.Count - 1}}}";
        }
        var sql = "INSERT INTO \"RepairMonths\" (\"MuseumId\", \"Year\", \"Month\", \"Jobs\", \"Seconds\", \"PartsSeconds\", \"ProcurementSeconds\") VALUES ("
            + $"{P(nameof(RepairMonth.MuseumId), museumId)}, {P(nameof(RepairMonth.Year), month.Year)}, {P(nameof(RepairMonth.Month), month.Month)}, "
            + $"{P(nameof(RepairMonth.Jobs), sign)}, {P(nameof(RepairMonth.Seconds), sign * share.Seconds)}, "
            + $"{P(nameof(RepairMonth.PartsSeconds), sign * share.PartsSeconds)}, {P(nameof(RepairMonth.ProcurementSeconds), sign * share.ProcurementSeconds)})"
            + " ON CONFLICT (\"MuseumId\", \"Year\", \"Month\") DO UPDATE SET \"Jobs\" = \"RepairMonths\".\"Jobs\" + excluded.\"Jobs\", "
            + "\"Seconds\" = \"RepairMonths\".\"Seconds\" + excluded.\"Seconds\", \"PartsSeconds\" = \"RepairMonths\".\"PartsSeconds\" + excluded.\"PartsSeconds\", "
            + "\"ProcurementSeconds\" = \"RepairMonths\".\"ProcurementSeconds\" + excluded.\"ProcurementSeconds\"";
        await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }
}
