using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>What the calendar says about one day: open or not, why, and under which rule.</summary>
public sealed record DayPlan(DateOnly Date, bool IsOpen, string Reason, OpeningRule? Rule);

/// <summary>
/// The museum's calendar in memory: its rules and exceptions, loaded once, answering for any day. Open days are
/// counted from it, never typed in.
/// </summary>
public sealed class OpeningCalendar(IReadOnlyList<OpeningRule> rules, IReadOnlyList<CalendarException> exceptions)
{
    public static async Task<OpeningCalendar> LoadAsync(MuseumDb db, CancellationToken ct = default)
    {
        var rules = await db.Set<OpeningRule>().AsNoTracking().Include(r => r.Slots)
            .OrderBy(r => r.EffectiveFrom).ToListAsync(ct);
        foreach (var r in rules) r.Slots.Sort((a, b) => a.Start.CompareTo(b.Start));
        var exceptions = await db.Set<CalendarException>().AsNoTracking().ToListAsync(ct);
        return new OpeningCalendar(rules, exceptions);
    }

    public OpeningRule? RuleOn(DateOnly day) => rules.LastOrDefault(r => r.EffectiveFrom <= day);

    public DayPlan Day(DateOnly day)
    {
        var rule = RuleOn(day);
        // A closure wins over a special opening on the same day.
        var closure = exceptions.FirstOrDefault(e => !e.IsOpen && e.From <= day && day <= e.To);
        if (closure is not null) return new DayPlan(day, false, closure.Reason, rule);
        if (rule is null || rule.Slots.Count == 0) return new DayPlan(day, false, "未设置开放规则", rule);
        var special = exceptions.FirstOrDefault(e => e.IsOpen && e.From <= day && day <= e.To);
        if (special is not null) return new DayPlan(day, true, special.Reason, rule);
        return rule.OpensOn(day.DayOfWeek)
            ? new DayPlan(day, true, "", rule)
            : new DayPlan(day, false, WeeklyClosure(day.DayOfWeek), rule);
    }

    public IEnumerable<DayPlan> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return Day(d);
    }

    public int OpenDays(DateOnly from, DateOnly to) => Days(from, to).Count(d => d.IsOpen);

    private static string WeeklyClosure(DayOfWeek day) =>
        "每周" + "日一二三四五六"[(int)day] + "闭馆";
}
