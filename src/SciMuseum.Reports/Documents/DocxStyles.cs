using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SciMuseum.Reports.Documents;

/// <summary>The report's named styles, from the bureau's format: faces, sizes (Word counts half-points), spacing, outline levels.</summary>
internal static class DocxStyles
{
    public static void Add(MainDocumentPart main, ReportFormat f)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var line = ((int)Math.Round(240 * f.LineSpacing)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = HalfPoints(f.BodySizePt);
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(f.BodyFace), new FontSize { Val = body }, new Languages { EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = line, LineRule = LineSpacingRuleValues.Auto, After = "0" }))),
            Style("Normal", "正文", null, null, default),
            Style("Title", "报告标题", f.TitleFace, HalfPoints(f.TitleSizePt), JustificationValues.Center, bold: true),
            Style("Subtitle", "副标题", f.BodyFace, body, JustificationValues.Center),
            Style("CoverLine", "封面落款", f.BodyFace, body, JustificationValues.Center),
            Style("TocHeading", "目录标题", f.HeadingFace, body, JustificationValues.Center, bold: true),
            Style("Heading1", "标题 1", f.HeadingFace, body, JustificationValues.Left, outline: 0),
            Style("Heading2", "标题 2", f.BodyFace, body, JustificationValues.Left, bold: true, outline: 1),
            Style("Heading3", "标题 3", f.BodyFace, body, JustificationValues.Left, outline: 2),
            Style("Heading4", "标题 4", f.BodyFace, body, JustificationValues.Left, outline: 3),
            Style("BodyText", "报告正文", f.BodyFace, body, JustificationValues.Both, firstLineChars: 200),
            Style("BodyNoIndent", "正文不缩进", f.BodyFace, body, JustificationValues.Both),
            Style("TableCaption", "表题", f.HeadingFace, HalfPoints(f.TableSizePt + 1), JustificationValues.Center),
            Style("TableText", "表格文字", f.BodyFace, HalfPoints(f.TableSizePt), JustificationValues.Left, single: true),
            Style("SignatureLine", "落款", f.BodyFace, body, JustificationValues.Right));
    }

    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static RunFonts Fonts(string face) => new() { EastAsia = face, Ascii = "Times New Roman", HighAnsi = "Times New Roman" };

    private static Style Style(string id, string name, string? face, string? size, JustificationValues justification,
        bool bold = false, int? outline = null, int? firstLineChars = null, bool single = false)
    {
        var paragraph = new StyleParagraphProperties();
        if (outline is not null) paragraph.Append(new KeepNext());
        if (single) paragraph.Append(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto });
        if (firstLineChars is not null) paragraph.Append(new Indentation { FirstLineChars = firstLineChars });
        if (id != "Normal") paragraph.Append(new Justification { Val = justification });
        if (outline is not null) paragraph.Append(new OutlineLevel { Val = outline });
        var run = new StyleRunProperties();
        if (face is not null) run.Append(Fonts(face));
        if (bold) run.Append(new Bold());
        if (size is not null) run.Append(new FontSize { Val = size });
        var style = new Style(new StyleName { Val = name }, paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
        if (id == "Normal") style.Default = true;
        else style.InsertAfter(new BasedOn { Val = "Normal" }, style.StyleName);
        return style;
    }
}
