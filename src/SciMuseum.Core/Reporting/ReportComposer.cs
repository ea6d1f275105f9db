using System.Globalization;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;

namespace SciMuseum.Core.Reporting;

/// <summary>
/// What a report is written about: the year, the museum, the date it is signed, the year's narratives, and for a report
/// during the year (the mid-year monitoring) the day its figures run to.
/// </summary>
public sealed record ReportContext(int Year, string MuseumName, string DateLine, IReadOnlyDictionary<string, string> Narratives, DateOnly? AsOf = null)
{
    public MetricPeriod Period => AsOf is { } a ? new MetricPeriod(new DateOnly(Year, 1, 1), a) : MetricPeriod.Year(Year);

    /// <summary>Figures every template may name without a module: the year, the museum, the day the figures run to and the share of the year gone by then.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string> { "report.year", "museum.name", "report.asOf", "report.elapsedPercent" };

    /// <summary>How the period is named beside each figure: 2020年, or 2020年1—6月 for the monitoring.</summary>
    public string PeriodLabel => AsOf is { } a && a != new DateOnly(Year, 12, 31) ? $"{Year}年1—{a.Month}月" : $"{Year}年";
}

/// <summary>
/// Turns a template into the report's blocks, computing every figure from the modules' metrics and blocks. Anything
/// that cannot be resolved — an unknown key, a metric without records, a narrative not written — is a problem listed
/// before generation; the composed text then shows 【缺：…】 in its place, never a blank.
/// </summary>
public sealed class ReportComposer(MetricRegistry metrics, ReportBlockRegistry blocks)
{
    private readonly Dictionary<(string, string?, MetricPeriod), MetricValue?> cache = [];

    public async Task<ComposedReport> ComposeAsync(string template, ReportContext context, CancellationToken ct = default)
    {
        var period = context.Period;
        var parse = TemplateText.Parse(template);
        var problems = parse.Problems.Select(p => p with { MessageZh = "模板第 " + p.Line + " 行：" + p.MessageZh }).ToList();
        var output = new List<ComposedBlock>();
        var figures = new List<ReportFigure>();
        var figuresAt = new List<int>();

        async Task Emit(IEnumerable<TemplateNode> nodes, string where)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case HeadingNode h:
                        output.Add(new ComposedHeading(h.Level, await TextAsync(h.Parts, h.Line, where)));
                        break;
                    case ParagraphNode p:
                        output.Add(new ComposedParagraph(await TextAsync(p.Parts, p.Line, where)));
                        break;
                    case BlockNode { Key: FiguresBlock }:
                        figuresAt.Add(output.Count);
                        output.Add(new ComposedPageBreak()); // replaced by the table once every figure is known
                        break;
                    case BlockNode b:
                        var definition = blocks.Find(b.Key);
                        var data = definition is null ? null : await blocks.ComputeAsync(b.Key, b.Argument, period, ct);
                        if (definition is null) problems.Add(Problem(where, b.Line, "没有这个表格或图表", "No such table or chart", b.Key));
                        else if (data is null) problems.Add(Problem(where, b.Line, $"{context.Year} 年没有可生成「{definition.NameZh}」的记录", $"No records for {definition.NameEn} in {context.Year}", b.Key));
                        else if (data is not ReportOmitted)
                        {
                            output.Add(new ComposedData(data));
                            figures.AddRange(data.Figures);
                        }
                        break;
                    case NarrativeNode n:
                        if (context.Narratives.TryGetValue(n.Key, out var text) && text.Trim().Length > 0)
                        {
                            var inner = TemplateText.Parse(text, allowNarratives: false);
                            problems.AddRange(inner.Problems.Select(p => p with { MessageZh = $"叙述「{n.Key}」第 {p.Line} 行：{p.MessageZh}" }));
                            await Emit(inner.Nodes, $"叙述「{n.Key}」");
                        }
                        else problems.Add(Problem(where, n.Line, $"{context.Year} 年的叙述「{n.Key}」还没有写", $"The {context.Year} narrative '{n.Key}' is not written yet", n.Key));
                        break;
                    case SignatureNode:
                        output.Add(new ComposedSignature(context.MuseumName, context.DateLine));
                        break;
                    case PageBreakNode:
                        output.Add(new ComposedPageBreak());
                        break;
                }
            }
        }

        async Task<string> TextAsync(IReadOnlyList<InlinePart> parts, int line, string where)
        {
            var text = new System.Text.StringBuilder();
            foreach (var part in parts)
            {
                if (part is TextPart t) { text.Append(t.Text); continue; }
                var b = (BindingPart)part;
                var printed = await BindingAsync(b, line, where);
                text.Append(printed ?? "【缺：" + b.Key + "】");
            }
            return text.ToString();
        }

        async Task<string?> BindingAsync(BindingPart b, int line, string where)
        {
            switch (b.Key)
            {
                case "report.year": return context.Year.ToString(CultureInfo.InvariantCulture);
                case "museum.name": return context.MuseumName;
                case "report.asOf": return $"{context.Period.To.Year}年{context.Period.To.Month}月{context.Period.To.Day}日";
                case "report.elapsedPercent":
                    var p = context.Period;
                    return Math.Round((p.To.DayNumber - p.From.DayNumber + 1) * 100m / (DateTime.IsLeapYear(context.Year) ? 366 : 365), 2)
                        .ToString("0.##", CultureInfo.InvariantCulture);
            }
            var definition = metrics.Find(b.Key);
            if (definition is null && blocks.FindValue(b.Key) is { } valueDefinition)
            {
                var figure = await blocks.ValueAsync(b.Key, period, ct);
                if (figure is null)
                {
                    problems.Add(Problem(where, line, $"{context.Year} 年没有可计算「{valueDefinition.NameZh}」的记录", $"No records for {valueDefinition.NameEn} in {context.Year}", b.Source));
                    return null;
                }
                figures.Add(figure);
                return figure.Printed;
            }
            if (definition is null)
            {
                problems.Add(Problem(where, line, "没有这个数据项", "No such metric", b.Source));
                return null;
            }
            if (!cache.TryGetValue((b.Key, b.Argument, period), out var value))
                cache[(b.Key, b.Argument, period)] = value = await metrics.ComputeAsync(b.Key, b.Argument, period, ct);
            if (value is null)
            {
                problems.Add(Problem(where, line, $"{context.Year} 年没有可计算「{definition.NameZh}」的记录", $"No records to compute {definition.NameEn} for {context.Year}", b.Source));
                return null;
            }
            var printed = Format(value.Value, b.Format, definition.Unit);
            if (printed is null)
            {
                problems.Add(Problem(where, line, "不认识这个格式（可用 N0、N1、N2、wan、0、0.0、0.00）", "Unknown format (use N0, N1, N2, wan, 0, 0.0, 0.00)", b.Source));
                return null;
            }
            figures.Add(new ReportFigure(b.Key + (b.Argument is null ? "" : $"({b.Argument})"), definition.NameZh, value.Value, printed,
                context.PeriodLabel, value.SourceLink, value.Basis));
            return printed;
        }

        await Emit(parse.Nodes, "模板");
        foreach (var at in figuresAt) output[at] = new ComposedData(FigureTable(figures, context.Year));
        return new ComposedReport(output, figures, problems);
    }

    /// <summary><c>[[report.figures]]</c>: the figure check as an appendix, every figure printed with its source.</summary>
    public const string FiguresBlock = "report.figures";

    private static ReportTableData FigureTable(IReadOnlyList<ReportFigure> figures, int year) =>
        new($"{year}年度报告数字核对表", ["数字", "报告中", "期间", "数据项", "依据"],
            [.. figures.Select(f => (IReadOnlyList<string>)[f.Label, f.Printed + (f.Disagrees ? $"（填报 {Formats.Number(f.Stated)}，不一致）" : ""), f.Period, f.Source, f.Basis ?? ""])],
            new HashSet<int> { 1 }, [2.2, 1.3, 0.9, 2.2, 2.8]);

    private static TemplateProblem Problem(string where, int line, string zh, string en, string text) =>
        new(line, where == "模板" ? $"模板第 {line} 行：{zh}" : $"{where}第 {line} 行：{zh}", en, text);

    /// <summary>A figure as printed: by the format the template asks for, else as its unit is usually written.</summary>
    public static string? Format(decimal value, string? format, string unit) => format switch
    {
        null => unit switch
        {
            MetricUnits.Yuan => Formats.WanNumber(value),
            MetricUnits.Percent or MetricUnits.Points => Formats.Number(value),
            MetricUnits.YesNo => value != 0 ? "是" : "否",
            _ => Formats.Number(value),
        },
        "wan" => Formats.WanNumber(value),
        "N0" or "N1" or "N2" => Money.Round(value, format[1] - '0').ToString(format, CultureInfo.InvariantCulture),
        "0" => Formats.Fixed(value, 0),
        "0.0" => Formats.Fixed(value, 1),
        "0.00" => Formats.Fixed(value, 2),
        _ => null,
    };
}

public sealed record ComposedReport(IReadOnlyList<ComposedBlock> Blocks, IReadOnlyList<ReportFigure> Figures, IReadOnlyList<TemplateProblem> Problems)
{
    public bool IsComplete => Problems.Count == 0;
}

public abstract record ComposedBlock;
public sealed record ComposedHeading(int Level, string Text) : ComposedBlock;
public sealed record ComposedParagraph(string Text) : ComposedBlock;
public sealed record ComposedData(ReportBlockData Data) : ComposedBlock;
public sealed record ComposedSignature(string Organisation, string DateLine) : ComposedBlock;
public sealed record ComposedPageBreak : ComposedBlock;
