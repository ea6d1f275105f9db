using System.Text.RegularExpressions;

namespace SciMuseum.Core.Reporting;

/// <summary>
/// The report template language, line by line:
/// <list type="bullet">
/// <item><c># 标题</c> … <c>#### 标题</c>: a heading of level 1–4, numbered by the writer (一、 （一） 1、 （1）).</item>
/// <item>Other lines: paragraph text; a blank line ends a paragraph. Figures inline as <c>{{key}}</c>,
/// <c>{{key(argument)}}</c>, <c>{{key:format}}</c> — a metric (<c>visitors.admitted</c>) or a context value
/// (<c>report.year</c>, <c>museum.name</c>). Formats: <c>N0</c> (93,812), <c>N1</c>/<c>N2</c>, <c>wan</c> (yuan in 万元, 2 decimals),
/// <c>0</c>/<c>0.0</c>/<c>0.00</c> (fixed decimals); without one, the metric's unit decides.</item>
/// <item><c>[[key]]</c> or <c>[[key(argument)]]</c> alone on a line: a module's table or chart (<c>finance.lines</c>).</item>
/// <item><c>[[text:key]]</c> alone on a line: the year's narrative <c>key</c>, written per year in the app.</item>
/// <item><c>[[signature]]</c>: the museum and the report's date; <c>---</c>: a page break.</item>
/// </list>
/// </summary>
public static partial class TemplateText
{
    public static TemplateParse Parse(string? text, bool allowNarratives = true)
    {
        var nodes = new List<TemplateNode>();
        var problems = new List<TemplateProblem>();
        var paragraph = new List<string>();
        var paragraphLine = 0;

        void EndParagraph()
        {
            if (paragraph.Count == 0) return;
            var joined = string.Concat(paragraph);
            nodes.Add(new ParagraphNode(paragraphLine, Inline(joined, paragraphLine, problems)));
            paragraph.Clear();
        }

        var lines = (text ?? "").Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0) { EndParagraph(); continue; }
            if (HeadingLine().Match(line) is { Success: true } h)
            {
                EndParagraph();
                nodes.Add(new HeadingNode(number, h.Groups[1].Length, Inline(h.Groups[2].Value.Trim(), number, problems)));
                continue;
            }
            if (line == "---") { EndParagraph(); nodes.Add(new PageBreakNode(number)); continue; }
            if (BlockLine().Match(line) is { Success: true } b)
            {
                EndParagraph();
                var key = b.Groups[1].Value;
                var argument = b.Groups[2].Success ? b.Groups[2].Value : null;
                if (key == "signature") nodes.Add(new SignatureNode(number));
                else if (key.StartsWith("text:", StringComparison.Ordinal))
                {
                    if (allowNarratives) nodes.Add(new NarrativeNode(number, key["text:".Length..]));
                    else problems.Add(new(number, "叙述文字中不能再引用叙述", "A narrative cannot include another narrative", key));
                }
                else nodes.Add(new BlockNode(number, key, argument));
                continue;
            }
            if (line.StartsWith("[[", StringComparison.Ordinal))
            {
                problems.Add(new(number, "表格或图表引用写法不对，应为 [[模块.名称]] 独占一行", "A table or chart reference must be [[module.name]] alone on its line", line));
                continue;
            }
            if (paragraph.Count == 0) paragraphLine = number;
            paragraph.Add(line);
        }
        EndParagraph();
        return new TemplateParse(nodes, problems);
    }

    private static IReadOnlyList<InlinePart> Inline(string text, int line, List<TemplateProblem> problems)
    {
        var parts = new List<InlinePart>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            var strayClose = text.IndexOf("}}", at, StringComparison.Ordinal);
            if (strayClose >= 0 && (open < 0 || strayClose < open))
            {
                problems.Add(new(line, "多了一个 }}（没有对应的 {{）", "A }} without its {{", text[Math.Max(0, strayClose - 10)..Math.Min(text.Length, strayClose + 2)]));
                return parts;
            }
            if (open < 0) { parts.Add(new TextPart(text[at..])); break; }
            if (open > at) parts.Add(new TextPart(text[at..open]));
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var nextOpen = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                problems.Add(new(line, "{{ 没有闭合（缺少 }}）", "A {{ is not closed with }}", text[open..Math.Min(text.Length, open + 30)]));
                return parts;
            }
            var inner = text[(open + 2)..close].Trim();
            if (BindingShape().Match(inner) is { Success: true } m)
                parts.Add(new BindingPart(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null, m.Groups[3].Success ? m.Groups[3].Value : null, "{{" + inner + "}}"));
            else
                problems.Add(new(line, "数据引用写法不对，应为 {{模块.名称}}、{{模块.名称(参数)}} 或 {{模块.名称:格式}}",
                    "A figure reference must be {{module.name}}, {{module.name(argument)}} or {{module.name:format}}", "{{" + inner + "}}"));
            at = close + 2;
        }
        return parts;
    }

    [GeneratedRegex("^(#{1,4})\\s+(.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex("^\\[\\[\\s*([a-zA-Z][\\w.:]*)\\s*(?:\\(([^()]*)\\))?\\s*\\]\\]$")]
    private static partial Regex BlockLine();

    [GeneratedRegex("^([a-z][a-zA-Z0-9]*\\.[a-z][a-zA-Z0-9]*)(?:\\(([^()]*)\\))?(?::([A-Za-z0-9.%]+|wan))?$")]
    private static partial Regex BindingShape();
}

public sealed record TemplateParse(IReadOnlyList<TemplateNode> Nodes, IReadOnlyList<TemplateProblem> Problems);

/// <summary>Something wrong in a template, at a line, with the text it is about.</summary>
public sealed record TemplateProblem(int Line, string MessageZh, string MessageEn, string Text);

public abstract record TemplateNode(int Line);
public sealed record HeadingNode(int Line, int Level, IReadOnlyList<InlinePart> Parts) : TemplateNode(Line);
public sealed record ParagraphNode(int Line, IReadOnlyList<InlinePart> Parts) : TemplateNode(Line);
public sealed record BlockNode(int Line, string Key, string? Argument) : TemplateNode(Line);
public sealed record NarrativeNode(int Line, string Key) : TemplateNode(Line);
public sealed record SignatureNode(int Line) : TemplateNode(Line);
public sealed record PageBreakNode(int Line) : TemplateNode(Line);

public abstract record InlinePart;
public sealed record TextPart(string Text) : InlinePart;
public sealed record BindingPart(string Key, string? Argument, string? Format, string Source) : InlinePart;
