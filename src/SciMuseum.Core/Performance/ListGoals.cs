using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Performance;

/// <summary>A year's declared goals (绩效目标申报表), the museum's first, each with its indicators in order; the API and the goals page read this.</summary>
public static class ListGoals
{
    public sealed record Row(PerformanceGoal Goal, List<GoalIndicator> Indicators);

    public static async Task<List<Row>> HandleAsync(MuseumDb db, int year, CancellationToken ct = default)
    {
        var goals = await db.PerformanceGoals.AsNoTracking().Where(g => g.Year == year)
            .OrderBy(g => g.BudgetLineId != null).ThenBy(g => g.CreatedAt).ToListAsync(ct);
        var ids = goals.Select(g => g.Id).ToList();
        var indicators = (await db.GoalIndicators.AsNoTracking().Where(i => ids.Contains(i.GoalId)).OrderBy(i => i.SortOrder).ToListAsync(ct))
            .ToLookup(i => i.GoalId);
        return [.. goals.Select(g => new Row(g, [.. indicators[g.Id]]))];
    }
}
