using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Reporting;

namespace SciMuseum.Core.Visitors;

/// <summary>The visitors of each month, as the report's chart and as a table (开放天数 and 入馆人次 per month).</summary>
public sealed class VisitorsReportBlocks(VisitorStatistics statistics) : IReportBlockProvider
{
    public IReadOnlyList<ReportBlockDefinition> Blocks { get; } =
    [
        new("visitors.monthlyChart", "每月入馆人次图", "Visitors per month (chart)", ReportBlockKind.Chart, "visitors"),
        new("visitors.monthly", "每月开放天数与入馆人次表", "Open days and visitors per month", ReportBlockKind.Table, "visitors"),
    ];

    public async Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var s = await statistics.ForPeriodAsync(period.From, period.To, ct);
        if (s.OpenDays == 0 && s.Admitted == 0) return null;
        var year = period.From.Year;
        var note = VisitorStatistics.Provenance(s);
        var months = s.Months;
        var figures = months.Select(m => new ReportFigure($"visitors.monthly({m.Month})", $"{m.Month}月入馆人次", m.Admitted,
            Formats.Count(m.Admitted), $"{year}年{m.Month}月", $"/staff/visitors/statistics?year={year}")).ToList();
        return key switch
        {
            "visitors.monthlyChart" => new ReportSeriesData($"图 {year}年每月入馆人次{note}", "人次", [.. months.Select(m => $"{m.Month}月")],
                [.. months.Select(m => (decimal)m.Admitted)]) { Figures = figures },
            "visitors.monthly" => new ReportTableData($"{year}年每月开放天数与入馆人次{note}", ["月份", "开放天数", "入馆人次", "其中团体"],
                [.. months.Select(m => (IReadOnlyList<string>)[$"{m.Month}月", Formats.Count(m.OpenDays), Formats.Count(m.Admitted), Formats.Count(m.Group)]),
                    ["全年", Formats.Count(s.OpenDays), Formats.Count(s.Admitted), Formats.Count(months.Sum(m => m.Group))]],
                new HashSet<int> { 1, 2, 3 }) { Figures = figures },
            _ => null,
        };
    }
}
