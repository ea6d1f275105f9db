using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Reporting;

namespace SciMuseum.Core.Surveys;

/// <summary>The year's satisfaction by service area, as the report's chart and table (index, answers, 95 % interval, grade).</summary>
public sealed class SurveysReportBlocks(MuseumDb db) : IReportBlockProvider
{
    public IReadOnlyList<ReportBlockDefinition> Blocks { get; } =
    [
        new("surveys.satisfactionChart", "各服务区域满意度图", "Satisfaction per area (chart)", ReportBlockKind.Chart, "surveys"),
        new("surveys.areas", "各服务区域满意度表", "Satisfaction per area", ReportBlockKind.Table, "surveys"),
    ];

    public async Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var areas = (await SurveyResults.AreasAsync(db, period, null, ct)).Where(a => a.Index is not null).ToList();
        if (areas.Count == 0) return null;
        var year = period.From.Year;
        var figures = areas.Select(a => new ReportFigure($"surveys.satisfaction({a.Area})", $"{a.Name}满意度", a.Index!.Value,
            Formats.Fixed(a.Index.Value, 2), $"{year}年", $"/staff/surveys/results?year={year}&area={Uri.EscapeDataString(a.Area)}")).ToList();
        return key switch
        {
            "surveys.satisfactionChart" => new ReportSeriesData($"图 {year}年各服务区域社会满意度", "分",
                [.. areas.Select(a => a.Name)], [.. areas.Select(a => a.Index!.Value)]) { Figures = figures },
            "surveys.areas" => new ReportTableData($"{year}年各服务区域社会满意度", ["服务区域", "有效答卷（份）", "满意度指数", "95%置信区间", "等级"],
                [.. areas.Select(a => (IReadOnlyList<string>)[a.Name, Formats.Count(a.Scored), Formats.Fixed(a.Index!.Value, 2),
                    a.Low is { } low && a.High is { } high ? $"{Formats.Fixed(low, 2)}–{Formats.Fixed(high, 2)}" : Formats.None, a.Grade ?? Formats.None])],
                new HashSet<int> { 1, 2 }) { Figures = figures },
            _ => null,
        };
    }
}
