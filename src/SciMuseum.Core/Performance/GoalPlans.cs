namespace SciMuseum.Core.Performance;

/// <summary>An indicator's pace during the year: the share of its target due by a date.</summary>
public static class GoalPlans
{
    /// <summary>12 cumulative monthly percentages, never falling, within 0–100, ending at 100.</summary>
    public static bool IsCurve(List<decimal>? plan) =>
        plan is { Count: 12 } p && p.All(v => v is >= 0 and <= 100) && p.Zip(p.Skip(1)).All(x => x.First <= x.Second) && p[11] == 100;

    /// <summary>The share (0–1) of the target due by <paramref name="date"/>: 1, the elapsed part of the year, or the curve read between month ends.</summary>
    public static decimal ShareDue(GoalIndicator i, DateOnly date)
    {
        var start = new DateOnly(date.Year, 1, 1);
        var elapsed = (decimal)(date.DayNumber - start.DayNumber + 1) / (DateTime.IsLeapYear(date.Year) ? 366 : 365);
        return i.EffectivePace switch
        {
            GoalPace.FullTarget => 1m,
            GoalPace.PlannedCurve when IsCurve(i.MonthlyPlan) => Curve(i.MonthlyPlan, date),
            _ => elapsed,
        };
    }

    private static decimal Curve(List<decimal> plan, DateOnly date)
    {
        var before = date.Month == 1 ? 0m : plan[date.Month - 2];
        var within = (decimal)date.Day / DateTime.DaysInMonth(date.Year, date.Month);
        return (before + (plan[date.Month - 1] - before) * within) / 100m;
    }
}
