using SciMuseum.Core.Common;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// 完好率, pure: for each day, exhibits in service ÷ exhibits on display, averaged over the days. An exhibit is on display
/// from its acquisition in a hall (not retired, not on tour); it is down on every day touched by one of its work orders,
/// from the day the fault was reported to the day the repair was done (still open: to the end of the period), unless the
/// order says it did not take the exhibit out of service (a routine check, <see cref="DowntimeReason.None"/>).
/// </summary>
public static class IntegrityRate
{
    public sealed record OnDisplay(Guid Id, Guid HallId, DateOnly? Since);

    public sealed record Downtime(Guid ExhibitId, DateOnly From, DateOnly? To);

    public sealed record Result(decimal? Overall, IReadOnlyDictionary<Guid, decimal?> ByHall, int Days, int DownExhibitDays, int OnDisplayExhibitDays);

    public const int Decimals = 1;

    public static Result Compute(IReadOnlyList<OnDisplay> exhibits, IReadOnlyList<Downtime> downtimes, DateOnly from, DateOnly to)
    {
        var byExhibit = downtimes.GroupBy(d => d.ExhibitId).ToDictionary(g => g.Key, g => g.ToList());
        var halls = exhibits.Select(e => e.HallId).Distinct().ToList();
        var sum = 0m;
        var days = 0;
        var hallSums = halls.ToDictionary(h => h, _ => (Sum: 0m, Days: 0));
        int down = 0, shown = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var hallCounts = new Dictionary<Guid, (int Shown, int Up)>();
            foreach (var e in exhibits)
            {
                if (e.Since is { } since && since > d) continue;
                var isDown = byExhibit.TryGetValue(e.Id, out var list) && list.Any(x => x.From <= d && (x.To ?? to) >= d);
                var c = hallCounts.GetValueOrDefault(e.HallId);
                hallCounts[e.HallId] = (c.Shown + 1, c.Up + (isDown ? 0 : 1));
            }
            var total = hallCounts.Values.Sum(c => c.Shown);
            if (total == 0) continue;
            var up = hallCounts.Values.Sum(c => c.Up);
            shown += total;
            down += total - up;
            sum += (decimal)up / total;
            days++;
            foreach (var (hall, c) in hallCounts)
                hallSums[hall] = (hallSums[hall].Sum + (decimal)c.Up / c.Shown, hallSums[hall].Days + 1);
        }
        return new Result(days == 0 ? null : Money.Percent(sum, days, Decimals),
            hallSums.ToDictionary(h => h.Key, h => h.Value.Days == 0 ? null : Money.Percent(h.Value.Sum, h.Value.Days, Decimals)), days, down, shown);
    }
}

/// <summary>Mean time to repair and where the time went: working, waiting for parts, waiting for procurement.</summary>
public static class RepairTime
{
    public sealed record Step(Guid WorkOrderId, WorkOrderState To, DateTime At);

    public sealed record Result(int Jobs, decimal? MeanHours, decimal? WorkingHours, decimal? WaitingForPartsHours, decimal? WaitingForProcurementHours)
    {
        /// <summary>The share of the repair time spent waiting for parts or procurement, in percent (the seed's complaint, measured).</summary>
        public decimal? WaitingSharePercent => MeanHours is > 0 and { } m ? Money.Round((WaitingForPartsHours + WaitingForProcurementHours) * 100m / m ?? 0, 1) : null;
    }

    /// <summary>Over orders done in the period: <paramref name="done"/> is (id, reported, done), <paramref name="steps"/> their transitions.</summary>
    public static Result Compute(IReadOnlyList<(Guid Id, DateTime ReportedAt, DateTime DoneAt)> done, IReadOnlyList<Step> steps)
    {
        if (done.Count == 0) return new Result(0, null, null, null, null);
        var byOrder = steps.GroupBy(s => s.WorkOrderId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.At).ToList());
        double total = 0, parts = 0, procurement = 0;
        foreach (var (id, reported, doneAt) in done)
        {
            total += (doneAt - reported).TotalHours;
            var list = byOrder.GetValueOrDefault(id) ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                var end = i + 1 < list.Count ? list[i + 1].At : doneAt;
                if (end > doneAt) end = doneAt;
                var hours = Math.Max(0, (end - list[i].At).TotalHours);
                if (list[i].To == WorkOrderState.WaitingForParts) parts += hours;
                else if (list[i].To == WorkOrderState.WaitingForProcurement) procurement += hours;
            }
        }
        decimal Mean(double h) => Money.Round((decimal)(h / done.Count), 1);
        return new Result(done.Count, Mean(total), Mean(total - parts - procurement), Mean(parts), Mean(procurement));
    }
}
