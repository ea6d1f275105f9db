using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

/// <summary>
/// Every stated figure of a year next to the computed one, judged at the stated precision: a difference beyond
/// rounding is flagged, never hidden or "fixed".
/// </summary>
public static class Reconciliation
{
    public sealed record Row(
        Guid Id, string Key, string Label, FigureUnit Unit, int Decimals, decimal Stated, decimal? Computed, decimal? Difference,
        bool Disagrees, string Source);

    public static async Task<List<Row>> HandleAsync(MuseumDb db, FinanceMetrics metrics, int year, CancellationToken ct)
    {
        var computed = FinanceFigures.Of(await metrics.ExecutionAsync(year, ct: ct));
        var stated = await db.StatedFigures.AsNoTracking().Where(f => f.Year == year).OrderBy(f => f.Key).ToListAsync(ct);
        return stated.Select(f => Compare(f, computed.GetValueOrDefault(f.Key))).ToList();
    }

    public static Row Compare(StatedFigure f, decimal? computedYuanOrPercent)
    {
        var computed = computedYuanOrPercent is { } v
            ? Money.Trim(Money.Round(f.Unit == FigureUnit.Wan ? v / 10_000m : v, f.Decimals))
            : (decimal?)null;
        var stated = Money.Trim(f.Value);
        var difference = computed - stated;
        return new Row(f.Id, f.Key, f.Label, f.Unit, f.Decimals, stated, computed, difference is { } d ? Money.Trim(d) : null,
            difference is not 0m, f.Source);
    }
}
