using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SciMuseum.Reports.Documents;

/// <summary>A report table as a Word table: full text width, single borders, the header row repeated on each page, rows kept whole.</summary>
internal static class DocxTables
{
    public static W.Table Table(Table t, ReportFormat f)
    {
        var textWidth = Twips(f.PageWidthMm - f.MarginLeftMm - f.MarginRightMm);
        var widths = t.RelativeWidths().Select(w => (int)(w * textWidth)).ToArray();
        var border = () => new BorderType[]
        {
            new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder(),
        };
        var borders = new TableBorders();
        foreach (var b in border())
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "808080";
            borders.Append(b);
        }
        var table = new W.Table(new TableProperties(
            new TableWidth { Width = textWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            borders,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(t.Header, widths, header: true, numeric: null));
        foreach (var row in t.Rows) table.Append(Row(row, widths, header: false, t.Numeric));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header, IReadOnlySet<int>? numeric)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            var paragraph = DocxReportWriter.Styled("TableText", cells[i]);
            var justification = header ? JustificationValues.Center : numeric?.Contains(i) == true ? JustificationValues.Right : JustificationValues.Left;
            paragraph.ParagraphProperties!.Append(new Justification { Val = justification });
            if (header) foreach (var run in paragraph.Elements<Run>()) run.PrependChild(new RunProperties(new Bold()));
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header) cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F0F0F0", Color = "auto" });
            row.Append(new TableCell(cellProperties, paragraph));
        }
        return row;
    }

    /// <summary>Millimetres as twentieths of a point.</summary>
    public static int Twips(double mm) => (int)Math.Round(mm * 1440 / 25.4);
}
