using System.Diagnostics;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;
using SciMuseum.Reports.Pdf;

namespace SciMuseum.UnitTests.Reports;

public class PdfKitTests
{
    [Fact]
    public void A_page_is_exactly_the_millimetres_asked_for()
    {
        var document = PdfKit.NewDocument("标签");
        PdfKit.AddPage(document, 50, 30);
        PdfKit.AddA4(document);
        var bytes = PdfKit.Save(document);

        using var read = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(50, read.Pages[0].Width.Millimeter, 2);
        Assert.Equal(30, read.Pages[0].Height.Millimeter, 2);
        Assert.Equal(210, read.Pages[1].Width.Millimeter, 2);
        Assert.Equal(297, read.Pages[1].Height.Millimeter, 2);
    }

    [Fact]
    public void Chinese_wraps_between_characters_and_latin_words_stay_whole()
    {
        var document = PdfKit.NewDocument("换行");
        using var graphics = XGraphics.FromPdfPage(PdfKit.AddA4(document));
        var font = PdfKit.Font(12);
        var lines = PdfKit.Wrap(graphics, "南阳市科技馆展品完好率保持在百分之九十五以上 integrity rate above ninety-five", font, PdfKit.Mm(40));

        Assert.True(lines.Count > 2);
        Assert.All(lines, line => Assert.True(graphics.MeasureString(line, font).Width <= PdfKit.Mm(40) + 0.01, line));
        Assert.Contains(lines, line => line.Contains("integrity") || line.Contains("rate"));
        Assert.DoesNotContain(lines, line => line.EndsWith("integ", StringComparison.Ordinal));
        Assert.Equal("南阳市科技馆展品完好率保持在百分之九十五以上integrityrateaboveninety-five",
            string.Concat(lines).Replace(" ", ""));
    }

    [Fact]
    public void Chinese_text_is_embedded_so_it_can_be_read_back()
    {
        var document = PdfKit.NewDocument("证明");
        using (var graphics = XGraphics.FromPdfPage(PdfKit.AddA4(document)))
        {
            PdfKit.Paragraph(graphics, "志愿服务时长证明", PdfKit.Font(18, bold: true), PdfKit.Mm(20), PdfKit.Mm(20), PdfKit.Mm(170));
            PdfKit.Qr(graphics, "https://museum.example/e/EX-001", 20, 40, 20);
        }
        var path = Path.Combine(Path.GetTempPath(), $"pdfkit-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, PdfKit.Save(document));
        try
        {
            Assert.Contains("志愿服务时长证明", Run("pdftotext", path, "-"));
            // The QR is drawn at 20 mm with its quiet zone; rendered at 200 dpi it decodes to exactly what was drawn.
            Run("pdftoppm", "-r", "200", "-png", "-singlefile", path, path);
            Assert.Equal("https://museum.example/e/EX-001", Run("zbarimg", "-q", "--raw", path + ".png").Trim());
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".png");
        }
    }

    private static string Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
