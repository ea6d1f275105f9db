using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Performance;

/// <summary>
/// 双监控 on the goal side: at a date, each bound goal indicator's actual so far against what is due by then — by its pace
/// (<see cref="GoalPace"/>): the full target, the target prorated by time, or its planned curve — a forecast to year end, and a light:
/// amber when the forecast misses the target by more than the threshold (percent of target), red beyond three times it.
/// </summary>
public sealed class GoalMonitoring(MuseumDb db, MetricRegistry metrics)
{
    public sealed record Row(Guid GoalId, string Goal, Guid IndicatorId, string Name, string Unit, Comparison Comparison, decimal Target,
        decimal? TargetHigh, decimal? ExpectedByNow, decimal? Actual, decimal? Forecast, decimal? GapPercent, Light? Light,
        Guid? DepartmentId, string? MetricKey, string? SourceLink, string? Basis, GoalPace Pace = GoalPace.TimeProportional, decimal SharePercent = 100);

    public sealed record Report(DateOnly Date, decimal Threshold, decimal ElapsedPercent, IReadOnlyList<Row> Rows)
    {
        public IEnumerable<Row> Deviations => Rows.Where(r => r.Light is Finance.Light.Amber or Finance.Light.Red);
    }

    public async Task<Report> RunAsync(DateOnly date, decimal threshold, CancellationToken ct = default)
    {
        var start = new DateOnly(date.Year, 1, 1);
        var elapsed = (decimal)(date.DayNumber - start.DayNumber + 1) / (DateTime.IsLeapYear(date.Year) ? 366 : 365);
        var goals = await db.PerformanceGoals.AsNoTracking().Where(g => g.Year == date.Year).ToDictionaryAsync(g => g.Id, ct);
        var ids = goals.Keys.ToList();
        // Qualitative indicators are judged at year end, not measured during it.
        var indicators = await db.GoalIndicators.AsNoTracking().Where(i => ids.Contains(i.GoalId) && !i.Qualitative).OrderBy(i => i.SortOrder).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var i in indicators)
        {
            var value = i.MetricKey is { } key ? await metrics.TryComputeAsync(key, i.MetricArgument, new MetricPeriod(start, date), ct) : null;
            var share = GoalPlans.ShareDue(i, date);
            var full = i.EffectivePace == GoalPace.FullTarget;
            decimal? expected = i.Comparison == Comparison.AtMost || full ? i.Target : Money.Round(i.Target * share, 4);
            decimal? forecast = value is null ? null : full ? value.Value : share > 0 ? Money.Round(value.Value / share, 2) : null;
            var gap = forecast is { } f ? Gap(i, f) : (decimal?)null;
            rows.Add(new Row(i.GoalId, goals[i.GoalId].Title, i.Id, i.Name, i.Unit, i.Comparison, i.Target, i.TargetHigh, Money.Trim(expected ?? 0),
                value?.Value, forecast, gap, gap is { } g ? Monitoring.LightFor(g, threshold) : null, i.DepartmentId, i.MetricKey, value?.SourceLink, value?.Basis,
                i.EffectivePace, Money.Round(share * 100m)));
        }
        return new Report(date, threshold, Money.Round(elapsed * 100m), rows);
    }

    /// <summary>How far the year-end forecast misses the target, in percent of the target (0 when it meets it).</summary>
    public static decimal Gap(GoalIndicator i, decimal forecast)
    {
        var t = i.Target == 0 ? 1m : Math.Abs(i.Target);
        var miss = i.Comparison switch
        {
            Comparison.AtLeast => i.Target - forecast,
            Comparison.AtMost => forecast - i.Target,
            Comparison.Equal => Math.Abs(forecast - i.Target),
            _ => forecast < i.Target ? i.Target - forecast : forecast > (i.TargetHigh ?? i.Target) ? forecast - (i.TargetHigh ?? i.Target) : 0m,
        };
        return Money.Round(Math.Max(miss, 0m) / t * 100m);
    }
}
