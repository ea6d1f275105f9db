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

    /// <summary>
    /// A sweep, not a day-by-exhibit loop: each exhibit's display start and its merged downtime intervals become +1/−1
    /// marks per hall and day, so the work is linear in exhibits + orders + days × halls (5,000 exhibits and 200,000
    /// orders a year take milliseconds).
    /// </summary>
    public static Result Compute(IReadOnlyList<OnDisplay> exhibits, IReadOnlyList<Downtime> downtimes, DateOnly from, DateOnly to)
    {
        var days = Math.Max(0, to.DayNumber - from.DayNumber + 1);
        var halls = exhibits.Select(e => e.HallId).Distinct().ToList();
        var hallIndex = halls.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
        var shownMarks = new int[halls.Count, days + 1];
        var downMarks = new int[halls.Count, days + 1];
        var byExhibit = downtimes.ToLookup(d => d.ExhibitId);
        var intervals = new List<(int From, int To)>();
        foreach (var e in exhibits)
        {
            var since = e.Since is { } s ? Math.Max(0, s.DayNumber - from.DayNumber) : 0;
            if (since >= days) continue;
            var h = hallIndex[e.HallId];
            shownMarks[h, since]++;
            intervals.Clear();
            foreach (var d in byExhibit[e.Id])
            {
                var a = Math.Max(since, d.From.DayNumber - from.DayNumber);
                var b = Math.Min(days - 1, (d.To ?? to).DayNumber - from.DayNumber);
                if (a <= b) intervals.Add((a, b));
            }
            intervals.Sort();
            var (runFrom, runTo) = (-1, -2);
            foreach (var (a, b) in intervals)
            {
                if (a > runTo + 1)
                {
                    if (runTo >= runFrom) { downMarks[h, runFrom]++; downMarks[h, runTo + 1]--; }
                    (runFrom, runTo) = (a, b);
                }
                else runTo = Math.Max(runTo, b);
            }
            if (runTo >= runFrom) { downMarks[h, runFrom]++; downMarks[h, runTo + 1]--; }
        }
        var shown = new int[halls.Count];
        var down = new int[halls.Count];
        var hallSums = new (decimal Sum, int Days)[halls.Count];
        var sum = 0m;
        int counted = 0, downDays = 0, shownDays = 0;
        for (var day = 0; day < days; day++)
        {
            int total = 0, up = 0;
            for (var h = 0; h < halls.Count; h++)
            {
                shown[h] += shownMarks[h, day];
                down[h] += downMarks[h, day];
                if (shown[h] == 0) continue;
                total += shown[h];
                up += shown[h] - down[h];
            }
            if (total == 0) continue;
            shownDays += total;
            downDays += total - up;
            sum += (decimal)up / total;
            counted++;
            for (var h = 0; h < halls.Count; h++)
                if (shown[h] > 0) hallSums[h] = (hallSums[h].Sum + (decimal)(shown[h] - down[h]) / shown[h], hallSums[h].Days + 1);
        }
        return new Result(counted == 0 ? null : Money.Percent(sum, counted, Decimals),
            halls.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => hallSums[x.i].Days == 0 ? null : Money.Percent(hallSums[x.i].Sum, hallSums[x.i].Days, Decimals)),
            counted, downDays, shownDays);
    }
}

/// <summary>
/// The same rate from stored downtime (<see cref="ExhibitDowntime"/>): the period cut into stretches of days in which no
/// exhibit joins the display, so each hall's count on display is constant within a stretch and the down exhibit-days
/// of a stretch (summed by the database) give the stretch's sum of daily ratios in one division.
/// </summary>
public static class IntegrityStretches
{
    /// <summary>A stretch of <paramref name="Days"/> days: exhibits on display per hall, and the exhibit-days they were down per hall.</summary>
    public sealed record Stretch(int Days, IReadOnlyDictionary<Guid, int> Shown, IReadOnlyDictionary<Guid, int> Down);

    public static IntegrityRate.Result Compute(IReadOnlyList<Guid> halls, IEnumerable<Stretch> stretches)
    {
        var hallSums = halls.ToDictionary(h => h, _ => (Sum: 0m, Days: 0));
        var sum = 0m;
        int counted = 0, downDays = 0, shownDays = 0;
        foreach (var s in stretches)
        {
            var total = s.Shown.Values.Sum();
            if (total == 0 || s.Days <= 0) continue;
            var down = s.Shown.Where(h => h.Value > 0).Sum(h => s.Down.GetValueOrDefault(h.Key));
            sum += (decimal)(total * s.Days - down) / total;
            counted += s.Days;
            shownDays += total * s.Days;
            downDays += down;
            foreach (var (hall, shown) in s.Shown)
                if (shown > 0)
                    hallSums[hall] = (hallSums[hall].Sum + (decimal)(shown * s.Days - s.Down.GetValueOrDefault(hall)) / shown, hallSums[hall].Days + s.Days);
        }
        return new IntegrityRate.Result(counted == 0 ? null : Money.Percent(sum, counted, IntegrityRate.Decimals),
            hallSums.ToDictionary(x => x.Key, x => x.Value.Days == 0 ? null : Money.Percent(x.Value.Sum, x.Value.Days, IntegrityRate.Decimals)),
            counted, downDays, shownDays);
    }
}

/// <summary>Mean time to repair and where the time went: working, waiting for parts, waiting for procurement.</summary>
public static class RepairTime
{
    public sealed record Result(int Jobs, decimal? MeanHours, decimal? WorkingHours, decimal? WaitingForPartsHours, decimal? WaitingForProcurementHours)
    {
        /// <summary>The share of the repair time spent waiting for parts or procurement, in percent (the seed's complaint, measured).</summary>
        public decimal? WaitingSharePercent => MeanHours is > 0 and { } m ? Money.Round((WaitingForPartsHours + WaitingForProcurementHours) * 100m / m ?? 0, 1) : null;
    }

    /// <summary>From the totals over the orders done in a period: their count and summed hours (all, waiting for parts, waiting for procurement).</summary>
    public static Result Compute(int jobs, double hours, double partsHours, double procurementHours)
    {
        if (jobs == 0) return new Result(0, null, null, null, null);
        decimal Mean(double h) => Money.Round((decimal)(Math.Max(0, h) / jobs), 1);
        return new Result(jobs, Mean(hours), Mean(hours - partsHours - procurementHours), Mean(partsHours), Mean(procurementHours));
    }
}
