using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace SciMuseum.Reports.Pdf;

/// <summary>
/// What SciMuseum's PDFs share: millimetre units, the Chinese face, Chinese line-breaking, and QR codes drawn as
/// vectors at an exact size with their quiet zone (labels must scan at the size printed, never be scaled to fit).
/// </summary>
public static class PdfKit
{
    /// <summary>Millimetres as PDF points (1 pt = 1/72 in).</summary>
    public static double Mm(double millimetres) => millimetres * 72 / 25.4;

    public static XFont Font(double points, bool bold = false)
    {
        PdfFonts.EnsureRegistered();
        return new XFont(PdfFonts.Family, points, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    /// <summary>A new document with its metadata; the caller adds pages and calls <see cref="Save"/>.</summary>
    public static PdfDocument NewDocument(string title)
    {
        PdfFonts.EnsureRegistered();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "SciMuseum";
        document.Language = "zh-CN";
        return document;
    }

    public static PdfPage AddA4(PdfDocument document, bool landscape = false)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(landscape ? 297 : 210);
        page.Height = XUnit.FromMillimeter(landscape ? 210 : 297);
        return page;
    }

    /// <summary>A page of any size, e.g. one label for a label printer (50 × 30 mm).</summary>
    public static PdfPage AddPage(PdfDocument document, double widthMm, double heightMm)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(widthMm);
        page.Height = XUnit.FromMillimeter(heightMm);
        return page;
    }

    public static byte[] Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="width"/>: Chinese breaks between any two characters, Latin
    /// words stay whole where they fit, explicit newlines are kept.
    /// </summary>
    public static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        // A line's width is the sum of its tokens' widths, each measured once: measuring the whole line again for each
        // character made a report's PDF spend most of its time here.
        var widths = new Dictionary<string, double>();
        double Measure(string token) => widths.TryGetValue(token, out var w) ? w : widths[token] = graphics.MeasureString(token, font).Width;
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0d;
            foreach (var token in Tokens(paragraph))
            {
                var tokenWidth = Measure(token);
                // 避头尾: closing punctuation never starts a line; it hangs at the end of this one instead.
                if (line.Length > 0 && !NoBreakBefore.Contains(token[0]) && lineWidth + tokenWidth > width)
                {
                    lines.Add(line.ToString().TrimEnd());
                    var next = token.TrimStart();
                    line.Clear().Append(next);
                    lineWidth = next.Length == 0 ? 0 : Measure(next);
                }
                else
                {
                    line.Append(token);
                    lineWidth += tokenWidth;
                }
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>Draws wrapped text from (x, y) downwards and answers the y below its last line.</summary>
    public static double Paragraph(XGraphics graphics, string text, XFont font, double x, double y, double width,
        double lineSpacing = 1.5, XBrush? brush = null)
    {
        var lineHeight = font.Size * lineSpacing;
        foreach (var line in Wrap(graphics, text, font, width))
        {
            graphics.DrawString(line, font, brush ?? XBrushes.Black, new XRect(x, y, width, lineHeight), XStringFormats.CenterLeft);
            y += lineHeight;
        }
        return y;
    }

    /// <summary>
    /// A QR code as filled squares inside a square of <paramref name="sizeMm"/>, which includes a quiet zone of four
    /// modules on each side (ISO/IEC 18004). Medium error correction survives a scuffed label.
    /// </summary>
    public static void Qr(XGraphics graphics, string content, double xMm, double yMm, double sizeMm)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // QRCoder's matrix already carries a four-module quiet zone
        var count = matrix.Count;
        var module = Mm(sizeMm) / count;
        var left = Mm(xMm);
        var top = Mm(yMm);
        graphics.DrawRectangle(XBrushes.White, left, top, Mm(sizeMm), Mm(sizeMm));
        // Each run of dark modules in a row is one rectangle (a third as many as one per module, the same picture), a
        // hair wider and taller than its modules so neighbours leave no anti-aliased seam.
        for (var row = 0; row < count; row++)
        for (var column = 0; column < count; column++)
        {
            if (!matrix[row][column]) continue;
            var start = column;
            while (column + 1 < count && matrix[row][column + 1]) column++;
            graphics.DrawRectangle(XBrushes.Black, left + start * module, top + row * module, (column - start + 1) * module + 0.01, module + 0.01);
        }
    }

    private const string NoBreakBefore = "，。、；：？！）》」』”’…—,.;:?!)]%";

    private static IEnumerable<string> Tokens(string text)
    {
        var word = "";
        foreach (var c in text)
        {
            if (c < 0x2E80 && !char.IsWhiteSpace(c)) { word += c; continue; }
            if (word.Length > 0) { yield return word; word = ""; }
            yield return c.ToString();
        }
        if (word.Length > 0) yield return word;
    }
}
