using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Reporting;

namespace SciMuseum.Core.Performance;

/// <summary>
/// The evaluation in the report: its total and grade for the text, the full 评分表 as the appendix (weight, target,
/// actual, rule, score per indicator), the scores per first-level group as a chart, and the year's problems with their
/// measures and rectification status. The year's evaluation is the signed-off one, else the latest.
/// </summary>
public sealed class PerformanceReportBlocks(MuseumDb db, IServiceProvider services) : IReportBlockProvider
{
    public IReadOnlyList<ReportBlockDefinition> Blocks { get; } =
    [
        new("performance.scores", "部门整体支出绩效评价指标评分表", "Scoring table with scores", ReportBlockKind.Table, "performance"),
        new("performance.groupChart", "各一级指标得分图", "Score per first-level group (chart)", ReportBlockKind.Chart, "performance"),
        new("performance.rectification", "存在问题与整改情况表", "Problems, measures and their status", ReportBlockKind.Table, "performance"),
    ];

    public IReadOnlyList<ReportValueDefinition> Values { get; } =
    [
        new("performance.totalScore", "绩效评价总得分", "Evaluation total score"),
        new("performance.grade", "绩效评价等级", "Evaluation grade"),
    ];

    // The runner reads every metric; resolved when asked, so that publishing blocks never makes a cycle with the registry.
    private EvaluationRunner Runner => (EvaluationRunner)services.GetService(typeof(EvaluationRunner))!;
    private EvaluationResult? result;

    private async Task<EvaluationResult?> ResultAsync(int year, CancellationToken ct)
    {
        if (result?.Year == year) return result;
        var evaluation = await db.Evaluations.AsNoTracking().Where(e => e.Year == year)
            .OrderByDescending(e => e.Status == EvaluationStatus.SignedOff).ThenByDescending(e => e.SignedOffAt).FirstOrDefaultAsync(ct);
        return result = evaluation is null ? null : await Runner.ResultAsync(evaluation, ct);
    }

    public async Task<ReportFigure?> ValueAsync(string key, MetricPeriod period, CancellationToken ct = default)
    {
        if (await ResultAsync(period.From.Year, ct) is not { } r) return null;
        var link = $"/staff/performance/evaluations/{r.EvaluationId}";
        return key switch
        {
            "performance.totalScore" => new("performance.totalScore", "绩效评价总得分", r.TotalScore, Formats.Score(r.TotalScore), $"{r.Year}年", link, r.Name),
            "performance.grade" => new("performance.grade", "绩效评价等级", r.TotalScore, r.Grade, $"{r.Year}年", link, r.Name),
            _ => null,
        };
    }

    public async Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var year = period.From.Year;
        if (key == "performance.rectification") return await RectificationAsync(year, ct);
        if (await ResultAsync(year, ct) is not { } r) return null;
        var link = $"/staff/performance/evaluations/{r.EvaluationId}";
        if (key == "performance.groupChart")
        {
            var groups = r.Indicators.Where(i => i.Level == 1).ToList();
            return new ReportSeriesData($"图 {year}年各一级指标得分", "分", [.. groups.Select(g => g.Name)], [.. groups.Select(g => g.Score ?? 0)]);
        }
        if (key != "performance.scores") return null;
        var rows = r.Indicators.Select(i => (IReadOnlyList<string>)[
            new string('\u3000', Math.Max(0, i.Level - 1)) + i.Name, Formats.Number(i.Weight),
            i.IsLeaf ? Formats.Number(i.Target) + (i.Target is null ? "" : i.Unit) : "",
            i.IsLeaf ? (i.NotApplicable ? "不适用" : Formats.Number(i.Actual) + (i.Actual is null ? "" : i.Unit)) : "",
            i.IsLeaf ? i.Rule ?? "" : "", Formats.Score(i.Score)]).ToList();
        rows.Add(["合计", Formats.Number(r.ApplicableWeight), "", "", "等级：" + r.Grade, Formats.Score(r.TotalScore)]);
        return new ReportTableData($"{year}年部门整体支出绩效评价指标评分表", ["指标", "权重", "目标值", "实际值", "评分规则", "得分"], rows,
            new HashSet<int> { 1, 5 }, [3.2, 0.8, 1.2, 1.2, 3.2, 0.9])
        {
            Figures = [.. r.Indicators.Where(i => i.IsLeaf && i.Score is not null).Select(i => new ReportFigure(
                $"performance.scores({i.Code})", i.Name + " 得分", i.Score!.Value, Formats.Score(i.Score), $"{year}年", i.SourceLink ?? link, i.Basis)),
                new ReportFigure("performance.totalScore", "总得分", r.TotalScore, Formats.Score(r.TotalScore), $"{year}年", link)],
        };
    }

    private async Task<ReportBlockData?> RectificationAsync(int year, CancellationToken ct)
    {
        var problems = await db.RectificationProblems.AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.SortOrder).ToListAsync(ct);
        if (problems.Count == 0) return null;
        var ids = problems.Select(p => p.Id).ToList();
        var measures = await db.RectificationMeasures.AsNoTracking().Where(m => ids.Contains(m.ProblemId)).OrderBy(m => m.SortOrder).ToListAsync(ct);
        var rows = problems.SelectMany(p => measures.Where(m => m.ProblemId == p.Id).DefaultIfEmpty().Select(m => (IReadOnlyList<string>)[
            p.Title, m?.Title ?? "（尚无整改措施）", m is null ? "" : $"{m.Deadline:yyyy-MM-dd}", m is null ? "" : PerformanceLabels.Of(m.Status)])).ToList();
        return new ReportTableData($"{year}年度评价发现的问题及整改情况", ["存在的问题", "整改措施", "完成期限", "整改状态"], rows, null, [3, 3.5, 1.3, 1]);
    }
}
