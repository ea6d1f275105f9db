using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Reporting;

namespace SciMuseum.Core.Performance;

/// <summary>
/// The 双监控 form of the mid-year monitoring report (绩效运行监控): on the budget side each line's spending so far
/// against its planned curve at the period's last month, on the goal side each bound indicator's actual so far against
/// what the time elapsed asks for, with the year-end forecast and the light. Both at the period's last day, with the
/// pages' threshold of 10 points / 10 %.
/// </summary>
public sealed class MonitoringReportBlocks(MuseumDb db, MetricRegistry metrics) : IReportBlockProvider
{
    public const decimal Threshold = 10m;

    public IReadOnlyList<ReportBlockDefinition> Blocks { get; } =
    [
        new("performance.budgetMonitoring", "预算执行监控表（双监控·预算）", "Budget execution monitoring", ReportBlockKind.Table, "performance"),
        new("performance.goalMonitoring", "绩效目标监控表（双监控·目标）", "Goal monitoring", ReportBlockKind.Table, "performance"),
    ];

    public async Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var at = period.To;
        var label = $"{at.Year}年1—{at.Month}月";
        switch (key)
        {
            case "performance.budgetMonitoring":
                var budget = await new Monitoring(db).RunAsync(at.Year, at.Month, Threshold, ct: ct);
                if (budget.Lines.Count == 0) return null;
                return new ReportTableData($"{at.Year}年1—{at.Month}月预算执行监控（单位：万元）", ["项目", "累计到位", "累计支出", "执行率", "计划进度", "落后（百分点）", "预警"],
                    [.. budget.Lines.Select(l => (IReadOnlyList<string>)[l.Name, Formats.WanNumber(l.Current.Received), Formats.WanNumber(l.Current.Spent),
                        Formats.Rate(l.Current.ActualPercent), Formats.Rate(l.Current.PlannedPercent), Formats.Number(l.Current.Gap), LightLabel(l.Current.Light)])],
                    new HashSet<int> { 1, 2, 3, 4, 5 }, [3.2, 1.3, 1.3, 1.1, 1.1, 1.3, 0.8])
                {
                    Figures = [.. budget.Lines.Select(l => new ReportFigure($"performance.budgetMonitoring({l.Code})", l.Name + " 累计执行率",
                        l.Current.ActualPercent ?? 0, Formats.Rate(l.Current.ActualPercent), label, $"/staff/finance/lines/{l.LineId}"))],
                };
            case "performance.goalMonitoring":
                var goals = await new GoalMonitoring(db, metrics).RunAsync(at, Threshold, ct);
                if (goals.Rows.Count == 0) return null;
                return new ReportTableData($"{at.Year}年绩效目标监控（截至{at.Month}月{at.Day}日，时间进度 {Formats.Rate(goals.ElapsedPercent)}）",
                    ["指标", "单位", "全年目标", "截至目前应完成", "实际完成", "全年预计", "预计差距", "预警"],
                    [.. goals.Rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Unit, Formats.Number(r.Target), Formats.Number(r.ExpectedByNow), Formats.Number(r.Actual),
                        Formats.Number(r.Forecast), r.GapPercent is { } g ? Formats.Rate(g) : Formats.None, r.Light is { } l ? LightLabel(l) : "年终评价"])],
                    new HashSet<int> { 2, 3, 4, 5, 6 }, [2.6, 0.8, 1.1, 1.2, 1.1, 1.1, 0.9, 0.9])
                {
                    Figures = [.. goals.Rows.Where(r => r.Actual is not null).Select(r => new ReportFigure($"performance.goalMonitoring({r.MetricKey})", r.Name + " 实际完成",
                        r.Actual!.Value, Amount(r.Actual, r.Unit), label, r.SourceLink ?? $"/staff/performance/monitoring?date={at:yyyy-MM-dd}", r.Basis))],
                };
            default:
                return null;
        }
    }

    private static string Amount(decimal? value, string unit) => value is { } v ? Formats.Number(v) + unit : Formats.None;

    public static string LightLabel(Light light) => light switch { Light.Red => "红灯", Light.Amber => "黄灯", _ => "正常" };
}
