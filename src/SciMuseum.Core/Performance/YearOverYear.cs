using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Performance;

/// <summary>Any indicator (by name or code) and the total, across the years' evaluations, for the comparison chart.</summary>
public static class YearOverYear
{
    public sealed record Point(int Year, Guid EvaluationId, string Evaluation, EvaluationStatus Status, decimal TotalScore, string Grade,
        string? Indicator, decimal? Actual, decimal? Score, decimal? Weight, string? Unit);

    public static async Task<List<Point>> HandleAsync(MuseumDb db, EvaluationRunner runner, string? indicator, int? from, int? to, CancellationToken ct)
    {
        var query = db.Evaluations.AsNoTracking().AsQueryable();
        if (from is { } f) query = query.Where(e => e.Year >= f);
        if (to is { } t) query = query.Where(e => e.Year <= t);
        var points = new List<Point>();
        foreach (var e in await query.OrderBy(e => e.Year).ThenBy(e => e.CreatedAt).ToListAsync(ct))
        {
            var r = await runner.ResultAsync(e, ct);
            var row = indicator is null ? null : r.Indicators.FirstOrDefault(i => i.Name == indicator || i.Code == indicator);
            points.Add(new Point(e.Year, e.Id, e.Name, e.Status, r.TotalScore, r.Grade, row?.Name, row?.Actual, row?.Score, row?.Weight, row?.Unit));
        }
        return points;
    }
}
