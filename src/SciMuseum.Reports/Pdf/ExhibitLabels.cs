using PdfSharp.Drawing;

namespace SciMuseum.Reports.Pdf;

/// <summary>
/// QR labels for exhibits, drawn at exact millimetres (print at 100 %, never "fit to page"): an A4 sheet of die-cut labels
/// or one label per page for a label printer. The QR carries its own quiet zone inside its square, and every label keeps a
/// blank inner margin, so nothing is printed up to a cut edge.
/// </summary>
public static class ExhibitLabels
{
    /// <summary>What one label shows; <paramref name="Url"/> is what its QR holds (the short URL /e/{code}).</summary>
    public sealed record Label(string Code, string Name, string Place, string Url);

    /// <summary>
    /// The A4 sheet: 3 × 7 labels of 63.5 × 38.1 mm, the grid of the most common office label sheet (Avery L7160 / J8160
    /// and their Chinese equivalents): side margins 7.25 mm, top margin 15.15 mm, 2.5 mm between columns, rows touching.
    /// Sheets with 3 × 8 labels of 70 × 37 mm run to the paper's edge, which office printers cannot print; this one leaves
    /// a margin on every side.
    /// </summary>
    public static class Sheet
    {
        public const int Columns = 3, Rows = 7;
        public const double Width = 63.5, Height = 38.1, Left = 7.25, Top = 15.15, ColumnGap = 2.5;
        public const double QrSize = 28;
    }

    /// <summary>A label-printer label: 50 × 30 mm, the page is the label.</summary>
    public static class Single
    {
        public const double Width = 50, Height = 30, QrSize = 26;
    }

    public static byte[] A4(string museum, IReadOnlyList<Label> labels)
    {
        var document = PdfKit.NewDocument(museum + " 展品二维码标签");
        var perPage = Sheet.Columns * Sheet.Rows;
        for (var start = 0; start == 0 || start < labels.Count; start += perPage)
        {
            using var graphics = XGraphics.FromPdfPage(PdfKit.AddA4(document));
            foreach (var (label, i) in labels.Skip(start).Take(perPage).Select((l, i) => (l, i)))
            {
                var x = Sheet.Left + i % Sheet.Columns * (Sheet.Width + Sheet.ColumnGap);
                var y = Sheet.Top + i / Sheet.Columns * Sheet.Height;
                Draw(graphics, museum, label, x, y, Sheet.Width, Sheet.Height, Sheet.QrSize, codePoints: 10, textPoints: 7.5);
            }
        }
        return PdfKit.Save(document);
    }

    public static byte[] Singles(string museum, IReadOnlyList<Label> labels)
    {
        var document = PdfKit.NewDocument(museum + " 展品二维码标签");
        if (labels.Count == 0) PdfKit.AddPage(document, Single.Width, Single.Height);
        foreach (var label in labels)
        {
            using var graphics = XGraphics.FromPdfPage(PdfKit.AddPage(document, Single.Width, Single.Height));
            Draw(graphics, museum, label, 0, 0, Single.Width, Single.Height, Single.QrSize, codePoints: 8.5, textPoints: 6);
        }
        return PdfKit.Save(document);
    }

    /// <summary>
    /// One label in the box (x, y, width, height) mm: the QR square at the left, centred vertically, with 1 mm before it
    /// (its quiet zone is inside the square); to its right the code, the name (at most two lines), the place, the
    /// museum and the call to scan, all kept 1.5 mm from the label's edges.
    /// </summary>
    private static void Draw(XGraphics g, string museum, Label label, double x, double y, double width, double height,
        double qr, double codePoints, double textPoints)
    {
        PdfKit.Qr(g, label.Url, x + 1, y + (height - qr) / 2, qr);
        var textLeft = PdfKit.Mm(x + 1 + qr + 0.5);
        var textWidth = PdfKit.Mm(width - 1 - qr - 0.5 - 1.5);
        var small = PdfKit.Font(textPoints);
        var lines = new List<(string Text, XFont Font)> { (label.Code, PdfKit.Font(codePoints, bold: true)) };
        lines.AddRange(Fit(g, label.Name, small, textWidth, 2).Select(l => (l, small)));
        if (label.Place.Length > 0) lines.AddRange(Fit(g, label.Place, small, textWidth, 1).Select(l => (l, small)));
        var tiny = PdfKit.Font(textPoints * 0.85);
        lines.AddRange(Fit(g, museum, tiny, textWidth, 1).Select(l => (l, tiny)));
        lines.Add(("扫码报修", tiny));

        var total = lines.Sum(l => l.Font.Size * 1.3);
        var top = PdfKit.Mm(y) + (PdfKit.Mm(height) - total) / 2;
        foreach (var (text, font) in lines)
        {
            g.DrawString(text, font, XBrushes.Black, new XRect(textLeft, top, textWidth, font.Size * 1.3), XStringFormats.CenterLeft);
            top += font.Size * 1.3;
        }
    }

    /// <summary>The text wrapped into at most <paramref name="maxLines"/> lines, the last ending in … when cut.</summary>
    private static List<string> Fit(XGraphics g, string text, XFont font, double width, int maxLines)
    {
        var lines = PdfKit.Wrap(g, text, font, width);
        if (lines.Count <= maxLines) return lines;
        lines = lines[..maxLines];
        var last = lines[^1];
        while (last.Length > 0 && g.MeasureString(last + "…", font).Width > width) last = last[..^1];
        lines[^1] = last + "…";
        return lines;
    }
}
