using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SciMuseum.Reports.Pdf;
using static SciMuseum.Reports.Pdf.PdfKit;

namespace SciMuseum.Reports.Documents;

/// <summary>
/// The report as PDF: the shipped Chinese face embedded (selectable, searchable text), the report's title over each
/// page and its number under it (— 3 —, as official documents number pages), headings kept with what follows, tables
/// that break between rows and repeat their header row on the next page, charts as images at their size.
/// </summary>
public static class PdfReportWriter
{
    public static byte[] Write(ReportDocument document)
    {
        var pdf = NewDocument(document.Cover.Title);
        var layout = new Layout(pdf, document);
        layout.Cover();
        foreach (var block in document.Body) layout.Add(block);
        layout.Finish();
        return Save(pdf);
    }

    private sealed class Layout(PdfDocument pdf, ReportDocument document)
    {
        private readonly ReportFormat _f = document.Format;
        private readonly XFont _body = Font(document.Format.BodySizePt);
        private readonly XFont _bold = Font(document.Format.BodySizePt, bold: true);
        private readonly XFont _table = Font(document.Format.TableSizePt);
        private readonly XFont _tableBold = Font(document.Format.TableSizePt, bold: true);
        private readonly XFont _small = Font(9);
        private XGraphics? _g;
        private double _y;
        private int _pageNumber;

        private double Left => Mm(_f.MarginLeftMm);
        private double Width => Mm(_f.PageWidthMm - _f.MarginLeftMm - _f.MarginRightMm);
        private double Top => Mm(_f.MarginTopMm);
        private double Bottom => Mm(_f.PageHeightMm - _f.MarginBottomMm);
        private double Line => _f.BodySizePt * _f.LineSpacing;
        private XGraphics G => _g ?? throw new InvalidOperationException("No page yet.");

        public void Cover()
        {
            _g = XGraphics.FromPdfPage(AddPage(pdf, _f.PageWidthMm, _f.PageHeightMm));
            var cover = document.Cover;
            var title = Font(_f.TitleSizePt, bold: true);
            var y = Mm(_f.PageHeightMm * 0.28);
            foreach (var line in Balanced(cover.Title, title, Width))
            {
                G.DrawString(line, title, XBrushes.Black, new XRect(Left, y, Width, title.Size * 1.6), XStringFormats.Center);
                y += title.Size * 1.6;
            }
            if (cover.Subtitle is { Length: > 0 })
                G.DrawString(cover.Subtitle, _body, XBrushes.Black, new XRect(Left, y + Line, Width, Line), XStringFormats.Center);
            var bottom = Mm(_f.PageHeightMm * 0.7);
            G.DrawString(cover.Organisation, _bold, XBrushes.Black, new XRect(Left, bottom, Width, Line), XStringFormats.Center);
            G.DrawString(cover.DateLine, _body, XBrushes.Black, new XRect(Left, bottom + Line * 1.5, Width, Line), XStringFormats.Center);
            NewPage();
        }

        public void Add(Block block)
        {
            switch (block)
            {
                case Heading h:
                    Need(Line * 3); // a heading never ends a page alone
                    Text(h.Full, _bold, indent: false);
                    break;
                case Paragraph p:
                    Text(p.Text, p.Bold ? _bold : _body, p.Indent);
                    break;
                case Table t:
                    DrawTable(t);
                    break;
                case Chart c:
                    DrawChart(c);
                    break;
                case PageBreak:
                    NewPage();
                    break;
                case Signature s:
                    Need(Mm(45));
                    _y += Mm(20); // the seal goes over the museum's name
                    foreach (var line in new[] { s.Organisation, s.DateLine })
                    {
                        G.DrawString(line, _body, XBrushes.Black, new XRect(Left, _y, Width - Mm(10), Line), XStringFormats.CenterRight);
                        _y += Line;
                    }
                    break;
            }
        }

        public void Finish() => _g?.Dispose();

        /// <summary>A title over several lines in lines of about equal length, not a full line and a stub.</summary>
        private List<string> Balanced(string text, XFont font, double width)
        {
            var lines = Wrap(G, text, font, width);
            if (lines.Count < 2) return lines;
            var even = G.MeasureString(text, font).Width / lines.Count + font.Size * 1.5;
            var balanced = Wrap(G, text, font, Math.Min(width, even));
            return balanced.Count == lines.Count ? balanced : lines;
        }

        private void Text(string text, XFont font, bool indent)
        {
            foreach (var line in Wrap(G, (indent ? "\u3000\u3000" : "") + text, font, Width))
            {
                Need(Line);
                G.DrawString(line, font, XBrushes.Black, new XRect(Left, _y, Width, Line), XStringFormats.CenterLeft);
                _y += Line;
            }
        }

        private void DrawTable(Table t)
        {
            var widths = t.RelativeWidths().Select(w => w * Width).ToArray();
            if (t.Caption is { Length: > 0 })
            {
                Need(Line + RowHeight(t.Header, widths, _tableBold) * 2);
                G.DrawString(t.Caption, _tableBold, XBrushes.Black, new XRect(Left, _y, Width, Line), XStringFormats.Center);
                _y += Line;
            }
            Row(t.Header, widths, _tableBold, header: true, numeric: null);
            foreach (var row in t.Rows)
            {
                var height = RowHeight(row, widths, _table);
                if (_y + height > Bottom)
                {
                    NewPage();
                    Row(t.Header, widths, _tableBold, header: true, numeric: null); // the header row again on the new page
                }
                Row(row, widths, _table, header: false, t.Numeric);
            }
            _y += Line * 0.5;
        }

        private const double Pad = 3;

        private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font) =>
            cells.Select((c, i) => Wrap(G, c, font, widths[i] - 2 * Pad).Count).Max() * font.Size * 1.35 + 2 * Pad;

        private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, bool header, IReadOnlySet<int>? numeric)
        {
            var height = RowHeight(cells, widths, font);
            if (_y + height > Bottom) NewPage();
            var x = Left;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = new XRect(x, _y, widths[i], height);
                if (header) G.DrawRectangle(new XSolidBrush(XColor.FromArgb(240, 240, 240)), cell);
                G.DrawRectangle(new XPen(XColors.Gray, 0.6), cell);
                var lineY = _y + Pad;
                var format = header ? XStringFormats.Center : numeric?.Contains(i) == true ? XStringFormats.CenterRight : XStringFormats.CenterLeft;
                foreach (var line in Wrap(G, cells[i], font, widths[i] - 2 * Pad))
                {
                    G.DrawString(line, font, XBrushes.Black, new XRect(x + Pad, lineY, widths[i] - 2 * Pad, font.Size * 1.35), format);
                    lineY += font.Size * 1.35;
                }
                x += widths[i];
            }
            _y += height;
        }

        private void DrawChart(Chart c)
        {
            var width = Math.Min(Mm(c.WidthMm), Width);
            var height = Mm(c.HeightMm) * width / Mm(c.WidthMm);
            Need(height + Line);
            using (var image = XImage.FromStream(new MemoryStream(c.Png)))
                G.DrawImage(image, Left + (Width - width) / 2, _y, width, height);
            _y += height;
            G.DrawString(c.Caption, _table, XBrushes.Black, new XRect(Left, _y, Width, Line), XStringFormats.Center);
            _y += Line;
        }

        private void Need(double height)
        {
            if (_y + height > Bottom) NewPage();
        }

        private void NewPage()
        {
            _g?.Dispose();
            _g = XGraphics.FromPdfPage(AddPage(pdf, _f.PageWidthMm, _f.PageHeightMm));
            _pageNumber++;
            _y = Top;
            var headerY = Mm(_f.MarginTopMm / 2);
            G.DrawString(document.Cover.Title, _small, XBrushes.Gray, new XRect(Left, headerY, Width, 12), XStringFormats.Center);
            G.DrawLine(new XPen(XColors.LightGray, 0.5), Left, headerY + 14, Left + Width, headerY + 14);
            G.DrawString($"— {_pageNumber} —", _small, XBrushes.Black,
                new XRect(Left, Mm(_f.PageHeightMm - _f.MarginBottomMm / 2), Width, 12), XStringFormats.Center);
        }
    }
}
