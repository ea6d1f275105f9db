using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SciMuseum.Reports.Documents;

/// <summary>
/// The report as DOCX, built from the document model (never by replacing placeholders in a Word file, which Word splits
/// across runs): named styles the office can restyle, a cover, a table of contents Word fills on opening, the title in
/// the header and the page number in the footer, tables that Word and WPS edit as tables with the header row repeated.
/// </summary>
public static class DocxReportWriter
{
    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var docx = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = docx.AddMainDocumentPart();
            DocxStyles.Add(main, document.Format);
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true }); // fills the table of contents

            var body = new Body();
            Cover(body, document.Cover);
            TableOfContents(body);
            var charts = new DocxCharts(main);
            foreach (var block in document.Body) body.Append(Blocks(block, document.Format, charts));
            body.Append(DocxPage.Section(main, document));
            main.Document = new W.Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void Cover(Body body, ReportCover cover)
    {
        for (var i = 0; i < 6; i++) body.Append(new W.Paragraph());
        body.Append(Styled("Title", cover.Title));
        if (cover.Subtitle is { Length: > 0 }) body.Append(Styled("Subtitle", cover.Subtitle));
        for (var i = 0; i < 8; i++) body.Append(new W.Paragraph());
        body.Append(Styled("CoverLine", cover.Organisation), Styled("CoverLine", cover.DateLine));
        body.Append(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
    }

    private static void TableOfContents(Body body)
    {
        body.Append(Styled("TocHeading", "目  录"));
        body.Append(new W.Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("（打开文档时更新域即生成目录）")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        body.Append(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
    }

    private static IEnumerable<OpenXmlElement> Blocks(Block block, ReportFormat format, DocxCharts charts)
    {
        switch (block)
        {
            case Heading h:
                yield return Styled("Heading" + h.Level, h.Full);
                break;
            case Paragraph p:
                var paragraph = Styled(p.Indent ? "BodyText" : "BodyNoIndent", p.Text);
                if (p.Bold) foreach (var run in paragraph.Elements<Run>()) run.PrependChild(new RunProperties(new Bold()));
                yield return paragraph;
                break;
            case Table t:
                if (t.Caption is { Length: > 0 }) yield return Styled("TableCaption", t.Caption);
                yield return DocxTables.Table(t, format);
                yield return new W.Paragraph();
                break;
            case Chart c:
                yield return charts.Inline(c, format);
                yield return Styled("TableCaption", c.Caption);
                break;
            case PageBreak:
                yield return new W.Paragraph(new Run(new Break { Type = BreakValues.Page }));
                break;
            case Signature s:
                yield return new W.Paragraph();
                yield return new W.Paragraph();
                yield return Styled("SignatureLine", s.Organisation);
                yield return Styled("SignatureLine", s.DateLine);
                break;
        }
    }

    internal static W.Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
