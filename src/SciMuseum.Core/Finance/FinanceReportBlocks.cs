using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Reporting;

namespace SciMuseum.Core.Finance;

/// <summary>
/// The finance tables of the report: each budget line's approved, received, spent and 支付率 (the seed's 执行管理
/// paragraph as a table), the execution chart, and the reconciliation of stated figures against the ledger.
/// </summary>
public sealed class FinanceReportBlocks(FinanceMetrics finance, MuseumDb db) : IReportBlockProvider
{
    public IReadOnlyList<ReportBlockDefinition> Blocks { get; } =
    [
        new("finance.lines", "各项目预算执行情况表", "Execution per budget line", ReportBlockKind.Table, "finance"),
        new("finance.executionChart", "各项目支付率图", "Execution rate per line (chart)", ReportBlockKind.Chart, "finance"),
        new("finance.reconciliation", "填报数与账面数核对表", "Stated figures against the ledger", ReportBlockKind.Table, "finance"),
    ];

    public async Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var year = period.From.Year;
        if (!await db.Budgets.AnyAsync(b => b.Year == year, ct)) return null;
        var table = await finance.ExecutionAsync(year, period.From, period.To, ct: ct);
        var link = $"/staff/finance?year={year}";
        var label = $"{year}年";
        switch (key)
        {
            case "finance.lines":
                var rows = table.Lines.Select(l => (IReadOnlyList<string>)[l.Name, Formats.WanNumber(l.Approved), Formats.WanNumber(l.Received),
                    Formats.WanNumber(l.Spent), Formats.Rate(l.ExecutionRate)]).ToList();
                rows.Add(["合计", Formats.WanNumber(table.Total.Approved), Formats.WanNumber(table.Total.Received), Formats.WanNumber(table.Total.Spent),
                    Formats.Rate(table.Total.ExecutionRate)]);
                return new ReportTableData($"{year}年各项目预算执行情况（单位：万元）", ["项目", "预算批复", "实收", "实际支出", "支付率"], rows,
                    new HashSet<int> { 1, 2, 3, 4 }, [4, 1.5, 1.5, 1.5, 1.3])
                {
                    Figures = [.. table.Lines.SelectMany(l => new[]
                    {
                        new ReportFigure($"finance.lines({l.Code}).received", l.Name + " 实收", l.Received, Formats.WanNumber(l.Received), label, $"/staff/finance/lines/{l.LineId}"),
                        new ReportFigure($"finance.lines({l.Code}).spent", l.Name + " 支出", l.Spent, Formats.WanNumber(l.Spent), label, $"/staff/finance/lines/{l.LineId}"),
                        new ReportFigure($"finance.lines({l.Code}).rate", l.Name + " 支付率", l.ExecutionRate ?? 0, Formats.Rate(l.ExecutionRate), label, $"/staff/finance/lines/{l.LineId}"),
                    }), new ReportFigure("finance.lines.total", "合计 支出", table.Total.Spent, Formats.WanNumber(table.Total.Spent), label, link)],
                };
            case "finance.executionChart":
                var lines = table.Lines.Where(l => l.Received > 0).ToList();
                return new ReportSeriesData($"图 {year}年各项目支付率", "%", [.. lines.Select(l => l.Name)], [.. lines.Select(l => l.ExecutionRate ?? 0)]);
            case "finance.reconciliation":
                var check = await Reconciliation.HandleAsync(db, finance, year, ct);
                if (check.Count == 0) return null;
                return new ReportTableData($"{year}年填报数与账面数核对", ["数据项", "填报数", "账面计算数", "差异", "出处"],
                    [.. check.Select(r => (IReadOnlyList<string>)[r.Label, Stated(r.Stated, r.Unit), r.Computed is { } c ? Stated(c, r.Unit) : Formats.None,
                        r.Disagrees ? (r.Difference is { } d ? Formats.Number(d) : "无法计算") : "一致", r.Source])],
                    new HashSet<int> { 1, 2, 3 }, [3, 1.3, 1.3, 1, 2.5])
                {
                    Figures = [.. check.Select(r => new ReportFigure("finance.reconciliation(" + r.Key + ")", r.Label, r.Computed ?? 0,
                        r.Computed is { } c ? Stated(c, r.Unit) : Formats.None, label, $"/staff/finance/reconciliation?year={year}", r.Source, r.Stated))],
                };
            default:
                return null;
        }
    }

    private static string Stated(decimal value, FigureUnit unit) => unit switch
    {
        FigureUnit.Percent => Formats.Rate(value),
        FigureUnit.Wan => Formats.Number(value) + " 万元",
        _ => Formats.Number(value) + " 元",
    };
}
