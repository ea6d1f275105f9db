using System.Diagnostics;
using PdfSharp.Pdf.IO;
using SciMuseum.Reports.Pdf;

namespace SciMuseum.UnitTests.Reports;

public class ExhibitLabelsTests
{
    private const string Museum = "南阳市科学技术馆";

    private static List<ExhibitLabels.Label> Labels(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new ExhibitLabels.Label($"EX-{i:000}", $"磁悬浮列车模型第{i}号（可互动，名称很长的展品需要换行）",
            $"{1 + i % 3} 楼 · 力学展厅", $"https://museum.example/e/EX-{i:000}"))];

    [Fact]
    public void An_a4_sheet_holds_21_labels_a_page_on_exact_a4()
    {
        var bytes = ExhibitLabels.A4(Museum, Labels(22));

        using var read = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(2, read.PageCount);
        Assert.All(read.Pages.Cast<PdfSharp.Pdf.PdfPage>(), p =>
        {
            Assert.Equal(210, p.Width.Millimeter, 2);
            Assert.Equal(297, p.Height.Millimeter, 2);
        });
    }

    [Fact]
    public void The_sheet_grid_leaves_a_margin_on_every_side_of_a4()
    {
        const double right = ExhibitLabels.Sheet.Left + ExhibitLabels.Sheet.Columns * ExhibitLabels.Sheet.Width
            + (ExhibitLabels.Sheet.Columns - 1) * ExhibitLabels.Sheet.ColumnGap;
        const double bottom = ExhibitLabels.Sheet.Top + ExhibitLabels.Sheet.Rows * ExhibitLabels.Sheet.Height;
        Assert.Equal(210 - ExhibitLabels.Sheet.Left, right, 2);
        Assert.InRange(297 - bottom, 5, 20);
    }

    [Fact]
    public void Single_labels_are_one_50_by_30_mm_page_each()
    {
        var bytes = ExhibitLabels.Singles(Museum, Labels(3));

        using var read = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(3, read.PageCount);
        Assert.All(read.Pages.Cast<PdfSharp.Pdf.PdfPage>(), p =>
        {
            Assert.Equal(50, p.Width.Millimeter, 2);
            Assert.Equal(30, p.Height.Millimeter, 2);
        });
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("single")]
    public void Labels_read_back_as_text_and_their_qr_scans_to_the_short_url(string format)
    {
        var labels = Labels(2);
        var bytes = format == "a4" ? ExhibitLabels.A4(Museum, labels) : ExhibitLabels.Singles(Museum, labels[..1]);
        var path = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        try
        {
            var text = Run("pdftotext", path, "-");
            Assert.Contains("EX-001", text);
            Assert.Contains(Museum, text);
            Assert.Contains("力学展厅", text);
            if (format == "a4") Assert.Contains("EX-002", text);
            // 150 dpi, as a plain office printer: each label's QR decodes to exactly its short URL.
            Run("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", path, path);
            var scanned = Run("zbarimg", "-q", "--raw", path + ".png").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains("https://museum.example/e/EX-001", scanned);
            if (format == "a4") Assert.Contains("https://museum.example/e/EX-002", scanned);
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
