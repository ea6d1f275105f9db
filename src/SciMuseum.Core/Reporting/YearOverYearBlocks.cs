using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;

namespace SciMuseum.Core.Reporting;

/// <summary>
/// 与上年对比: the year's main figures beside the previous year's, with the change. It appears only when the previous
/// year has records (budget or visitors); a museum's first year in SciMuseum leaves it out without a problem.
/// </summary>
public sealed class YearOverYearBlocks(MetricRegistry metrics) : IReportBlockProvider
{
    public const string Key = "report.yearOverYear";

    /// <summary>The figures compared, as the report words them.</summary>
    private static readonly string[] Compared =
    [
        "finance.approved", "finance.received", "finance.spending", "finance.executionRate", "finance.threePublicSpent",
        "visitors.openDays", "visitors.admitted", "programs.held", "programs.participants", "exhibits.integrityRate", "exhibits.maintenanceJobs",
    ];

    public IReadOnlyList<ReportBlockDefinition> Blocks { get; } =
        [new(Key, "主要指标与上年对比表", "Main figures against the previous year", ReportBlockKind.Table, "reporting")];

    public async Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        if (key != Key) return null;
        var previous = new MetricPeriod(period.From.AddYears(-1), period.To.AddYears(-1));
        var year = period.From.Year;
        if (!await HasRecordsAsync(previous, ct))
            return new ReportOmitted($"{year - 1}年没有记录，不作对比");
        var rows = new List<IReadOnlyList<string>>();
        var figures = new List<ReportFigure>();
        foreach (var metricKey in Compared)
        {
            if (metrics.Find(metricKey) is not { } definition) continue;
            var now = await metrics.TryComputeAsync(metricKey, null, period, ct);
            var before = await metrics.TryComputeAsync(metricKey, null, previous, ct);
            if (before is null) continue; // nothing to compare with
            var unit = definition.Unit == MetricUnits.Yuan ? "万元" : definition.Unit;
            var change = now is null ? (decimal?)null : now.Value - before.Value;
            rows.Add([
                $"{definition.NameZh}（{unit}）", Print(before.Value, definition.Unit), now is null ? Formats.None : Print(now.Value, definition.Unit),
                change is { } c ? (c > 0 ? "+" : "") + Print(c, definition.Unit) : Formats.None,
                change is not { } d || definition.Unit is MetricUnits.Percent or MetricUnits.Points || before.Value == 0
                    ? Formats.None // a rate's change is already in points
                    : Formats.Rate(Money.Round(d / before.Value * 100m, 2)),
            ]);
            figures.Add(new ReportFigure(metricKey, $"{definition.NameZh}（{year - 1}年）", before.Value, Print(before.Value, definition.Unit),
                $"{year - 1}年", before.SourceLink, before.Basis));
        }
        return rows.Count == 0 ? new ReportOmitted($"{year - 1}年没有可对比的数字")
            : new ReportTableData($"{year}年与{year - 1}年主要指标对比", ["指标", $"{year - 1}年", $"{year}年", "增减", "增减率"], rows,
                new HashSet<int> { 1, 2, 3, 4 }, [3.2, 1.4, 1.4, 1.4, 1.2]) { Figures = figures };
    }

    private static string Print(decimal value, string unit) => ReportComposer.Format(value, null, unit) ?? Formats.Number(value);

    private async Task<bool> HasRecordsAsync(MetricPeriod previous, CancellationToken ct)
    {
        foreach (var key in (string[])["finance.approved", "visitors.admitted"])
            if (await metrics.TryComputeAsync(key, null, previous, ct) is { Value: > 0 }) return true;
        return false;
    }
}
