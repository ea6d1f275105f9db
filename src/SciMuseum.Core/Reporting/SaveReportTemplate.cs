using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Reporting;

/// <summary>
/// Save a report template as its next version. A template whose syntax is broken, or that names a figure, table or
/// chart no module publishes, is refused with every such line listed, and nothing is saved.
/// </summary>
public static class SaveReportTemplate
{
    public sealed record Command(string? Kind, string? Title, string? Text, string? Note,
        string? TitleFace, string? HeadingFace, string? BodyFace, decimal? TitleSizePt, decimal? BodySizePt, decimal? LineSpacing);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).RequiredText(20).Must(k => k is null || ReportKinds.Names.ContainsKey(k))
                .WithMessage(_ => L("报告类型只能是 annual（年度绩效评价报告）。", "The kind must be annual."));
            RuleFor(c => c.Title).RequiredText(200);
            RuleFor(c => c.Text).RequiredText(200_000);
            RuleFor(c => c.Note).OptionalText(500);
            RuleFor(c => c.TitleFace).OptionalText(50);
            RuleFor(c => c.HeadingFace).OptionalText(50);
            RuleFor(c => c.BodyFace).OptionalText(50);
            RuleFor(c => c.TitleSizePt).InclusiveBetween(8, 48).WithMessage(_ => L("标题字号应在 8–48 磅之间。", "Title size 8–48 pt."));
            RuleFor(c => c.BodySizePt).InclusiveBetween(8, 24).WithMessage(_ => L("正文字号应在 8–24 磅之间。", "Body size 8–24 pt."));
            RuleFor(c => c.LineSpacing).InclusiveBetween(1, 3).WithMessage(_ => L("行距应在 1–3 倍之间。", "Line spacing 1–3."));
        }
    }

    public static async Task<Result<ReportTemplate>> HandleAsync(MuseumDb db, MetricRegistry metrics, ReportBlockRegistry blocks,
        Command c, TimeProvider clock, CancellationToken ct)
    {
        var problems = Check(c.Text!, metrics, blocks);
        if (problems.Count > 0)
            return Refusal.OnField("text",
                string.Join("；", problems.Take(10).Select(p => $"第 {p.Line} 行 {p.Text}：{p.MessageZh}")),
                string.Join("; ", problems.Take(10).Select(p => $"line {p.Line} {p.Text}: {p.MessageEn}")));

        var last = await db.ReportTemplates.Where(t => t.Kind == c.Kind).MaxAsync(t => (int?)t.Version, ct) ?? 0;
        var template = db.ReportTemplates.Add(new ReportTemplate
        {
            Kind = c.Kind!, Version = last + 1, Title = c.Title!.Trim(), Text = c.Text!, Note = c.Note?.Trim() ?? "",
            TitleFace = Face(c.TitleFace, "宋体"), HeadingFace = Face(c.HeadingFace, "黑体"), BodyFace = Face(c.BodyFace, "仿宋"),
            TitleSizePt = c.TitleSizePt ?? 22, BodySizePt = c.BodySizePt ?? 16, LineSpacing = c.LineSpacing ?? 1.5m,
            SavedAt = clock.GetUtcNow().UtcDateTime, SavedBy = db.User.UserName ?? "",
        }).Entity;
        await db.SaveChangesAsync(ct);
        return template;
    }

    /// <summary>The template's syntax problems and every key no module publishes; narratives are checked per year when composing.</summary>
    public static List<TemplateProblem> Check(string text, MetricRegistry metrics, ReportBlockRegistry blocks)
    {
        var parse = TemplateText.Parse(text);
        var problems = parse.Problems.ToList();
        foreach (var node in parse.Nodes)
        {
            var parts = node switch { HeadingNode h => h.Parts, ParagraphNode p => p.Parts, _ => [] };
            foreach (var b in parts.OfType<BindingPart>())
                if (!ReportContext.BuiltIn.Contains(b.Key) && !metrics.Exists(b.Key) && blocks.FindValue(b.Key) is null)
                    problems.Add(new(node.Line, "没有这个数据项", "No such metric", b.Source));
                else if (metrics.Exists(b.Key) && ReportComposer.Format(0, b.Format, metrics.Find(b.Key)!.Unit) is null)
                    problems.Add(new(node.Line, "不认识这个格式", "Unknown format", b.Source));
            if (node is BlockNode block && block.Key != ReportComposer.FiguresBlock && blocks.Find(block.Key) is null)
                problems.Add(new(node.Line, "没有这个表格或图表", "No such table or chart", "[[" + block.Key + "]]"));
        }
        return problems;
    }

    private static string Face(string? face, string fallback) => string.IsNullOrWhiteSpace(face) ? fallback : face.Trim();
}

/// <summary>Write or rewrite a year's narrative for one place in the template.</summary>
public static class SaveNarrative
{
    public sealed record Command(int? Year, string? Key, string? Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Year).Required().Must(Plausible.IsYear).WithMessage(_ => Plausible.YearMessage);
            RuleFor(c => c.Key).RequiredText(50).Matches("^[a-zA-Z][a-zA-Z0-9_-]*$")
                .WithMessage(_ => L("叙述的键只能由字母、数字、-、_ 组成。", "A narrative key is letters, digits, - and _."));
            RuleFor(c => c.Text).OptionalText(50_000);
        }
    }

    public static async Task<Result<ReportNarrative>> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        var problems = TemplateText.Parse(c.Text, allowNarratives: false).Problems;
        if (problems.Count > 0)
            return Refusal.OnField("text", string.Join("；", problems.Select(p => $"第 {p.Line} 行 {p.Text}：{p.MessageZh}")),
                string.Join("; ", problems.Select(p => $"line {p.Line} {p.Text}: {p.MessageEn}")));
        var narrative = await db.ReportNarratives.FirstOrDefaultAsync(n => n.Year == c.Year && n.Key == c.Key, ct)
            ?? db.ReportNarratives.Add(new ReportNarrative { Year = c.Year!.Value, Key = c.Key! }).Entity;
        narrative.Text = c.Text ?? "";
        await db.SaveChangesAsync(ct);
        return narrative;
    }
}
