using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SciMuseum.Reports.Documents;

/// <summary>The page: size and margins from the format; the title in the header and — n — in the footer, none on the cover.</summary>
internal static class DocxPage
{
    public static SectionProperties Section(MainDocumentPart main, ReportDocument document)
    {
        var f = document.Format;
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Centered(new Run(new RunProperties(new FontSize { Val = "18" }), new Text(document.Cover.Title))));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(Centered(
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        var firstHeader = main.AddNewPart<HeaderPart>();
        firstHeader.Header = new Header(new W.Paragraph());
        var firstFooter = main.AddNewPart<FooterPart>();
        firstFooter.Footer = new Footer(new W.Paragraph());

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstFooter) },
            new PageSize { Width = (uint)DocxTables.Twips(f.PageWidthMm), Height = (uint)DocxTables.Twips(f.PageHeightMm) },
            new PageMargin
            {
                Top = DocxTables.Twips(f.MarginTopMm), Bottom = DocxTables.Twips(f.MarginBottomMm),
                Left = (uint)DocxTables.Twips(f.MarginLeftMm), Right = (uint)DocxTables.Twips(f.MarginRightMm),
                Header = (uint)DocxTables.Twips(f.MarginTopMm / 2), Footer = (uint)DocxTables.Twips(f.MarginBottomMm / 2), Gutter = 0,
            },
            new TitlePage());
    }

    private static W.Paragraph Centered(params Run[] runs) =>
        new(new[] { (DocumentFormat.OpenXml.OpenXmlElement)new ParagraphProperties(new Justification { Val = JustificationValues.Center }) }.Concat(runs));

}
