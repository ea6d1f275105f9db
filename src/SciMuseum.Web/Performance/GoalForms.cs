using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Reports;
using SciMuseum.Reports.Documents;
using SciMuseum.Web.Performance.Pages.Goals;

namespace SciMuseum.Web.Performance;

/// <summary>
/// A declared goal printed as the form finance bureaus issue: 项目支出绩效目标申报表 for a project, 部门整体支出绩效目标申报表
/// for the museum as a whole; the same fields and indicator rows go to PDF and XLSX.
/// </summary>
public static class GoalForms
{
    public sealed record Data(PerformanceGoal Goal, IReadOnlyList<GoalIndicator> Indicators, IReadOnlyList<GoalBasis> Bases, string Museum, string? Line);

    public static async Task<Data?> LoadAsync(MuseumDb db, Guid id, CancellationToken ct)
    {
        if (await db.PerformanceGoals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) is not { } goal) return null;
        var indicators = await db.GoalIndicators.AsNoTracking().Where(i => i.GoalId == id).OrderBy(i => i.SortOrder).ToListAsync(ct);
        var bases = await db.GoalBases.AsNoTracking().Where(b => b.GoalId == id).OrderBy(b => b.SortOrder).ToListAsync(ct);
        var museum = await db.Museums.AsNoTracking().Where(m => m.Id == goal.MuseumId).Select(m => m.Name).FirstOrDefaultAsync(ct) ?? "";
        var line = goal.BudgetLineId is { } l
            ? await db.BudgetLines.AsNoTracking().Where(x => x.Id == l).Select(x => x.Code + " " + x.Name).FirstOrDefaultAsync(ct)
            : null;
        return new Data(goal, [.. indicators.OrderBy(i => GoalTree.Position(i.Subcategory)).ThenBy(i => i.SortOrder)], bases, museum, line);
    }

    public static string Title(PerformanceGoal g) => g.IsProject ? "项目支出绩效目标申报表" : "部门整体支出绩效目标申报表";

    /// <summary>The form's fields, in the order the issued form lists them.</summary>
    public static IReadOnlyList<(string Label, string Value)> Fields(Data d)
    {
        var g = d.Goal;
        var fields = new List<(string, string)> { ("填报单位", d.Museum), ("年度", $"{g.Year}年") };
        if (g.IsProject)
        {
            fields.Add(("项目名称", g.Title));
            fields.Add(("预算项目", d.Line ?? Formats.None));
            fields.Add(("项目类型", g.ProjectType is { } t ? PerformanceLabels.Of(t) : Formats.None));
        }
        else fields.Add(("部门名称", d.Museum));
        fields.Add(("资金性质", g.FundNature is { } n ? PerformanceLabels.Of(n) : Formats.None));
        fields.Add(("申报金额（万元）", g.Amount is { } a ? Formats.WanNumber(a) : Formats.None));
        fields.Add(("资金来源", Or(g.FundingSource)));
        fields.Add(("立项依据", d.Bases.Count == 0 ? Formats.None : string.Join("；", d.Bases.Select(b => $"{b.Number}《{b.Title}》"))));
        fields.Add((g.IsProject ? "项目实施方案" : "年度主要任务", Or(g.ImplementationPlan)));
        fields.Add(("实施进度计划", Or(g.Timeline)));
        fields.Add((g.IsProject ? "项目总体目标" : "年度总体目标", g.OverallGoal));
        return fields;
    }

    public static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成", "判定"];

    /// <summary>The indicator table in the standard tree; a qualitative indicator carries its text actual and judgement.</summary>
    public static IEnumerable<IReadOnlyList<string>> IndicatorRows(Data d) => d.Indicators.Select(i => (IReadOnlyList<string>)
    [
        GoalTree.Of(i.Category), GoalTree.Of(i.Subcategory), i.Qualitative ? $"{i.Name}（定性）" : i.Name, GoalTree.TargetText(i),
        i.Qualitative ? Or(i.TextActual) : "", i.Judgement is { } j ? PerformanceLabels.Of(j) : "",
    ]);

    public static byte[] Pdf(Data d)
    {
        var cover = new ReportCover($"{d.Goal.Year}年度{Title(d.Goal)}", d.Museum, $"{d.Goal.Year}年", d.Goal.Title);
        return PdfReportWriter.Write(new ReportBuilder(cover)
            .Table("基本信息", ["栏目", "内容"], Fields(d).Select(f => (IReadOnlyList<string>)[f.Label, f.Value]), [1, 4])
            .Table("绩效指标", IndicatorHeader, IndicatorRows(d), [1, 1.2, 1.6, 1.6, 1.6, 0.8])
            .Build());
    }

    public static byte[] Xlsx(Data d)
    {
        List<IReadOnlyList<string>> rows = [[$"{d.Goal.Year}年度{Title(d.Goal)}"]];
        rows.AddRange(Fields(d).Select(f => (IReadOnlyList<string>)[f.Label, f.Value]));
        rows.Add(IndicatorHeader);
        rows.AddRange(IndicatorRows(d));
        return TableExport.FormXlsx(rows, "申报表");
    }

    private static string Or(string text) => string.IsNullOrWhiteSpace(text) ? Formats.None : text;
}
