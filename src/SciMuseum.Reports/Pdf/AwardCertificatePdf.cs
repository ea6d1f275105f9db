using System.Globalization;
using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static SciMuseum.Reports.Pdf.PdfKit;

namespace SciMuseum.Reports.Pdf;

/// <summary>
/// What a 获奖证书 states: who (the entrants, or a unit / teacher for an organisation award), for which work, the prize,
/// the category and contest, the museum and date, its number, and the URL its QR opens to verify it.
/// </summary>
public sealed record AwardCertificate(
    string Number,
    string Names,
    string School,
    string Work,
    string Category,
    string Prize,
    string Contest,
    string Museum,
    DateOnly Date,
    string VerifyUrl);

/// <summary>
/// 获奖证书 on A4 landscape, one page each: a double border, the title, the statement in the calligraphic face, the
/// prize large, the museum and date where the stamp goes, and the number with a 28 mm verification QR at the foot.
/// Many certificates go in one document (a category's bulk print); fonts and QR are drawn as vectors, so a page is small.
/// </summary>
public static class AwardCertificatePdf
{
    private const double W = 297, H = 210;
    private static readonly XColor Red = XColor.FromArgb(176, 32, 38);
    private static readonly XColor Gold = XColor.FromArgb(190, 150, 60);

    public static byte[] Render(IEnumerable<AwardCertificate> certificates, string title = "获奖证书")
    {
        var document = NewDocument(title);
        // Most of a certificate's cost was deflating its font subset (the face's whole glyph index and metrics, ~250 KB,
        // in each file): the fastest level takes a quarter of the time for a file ~40 % larger; the pages look the same.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        var any = false;
        foreach (var c in certificates)
        {
            any = true;
            var page = AddA4(document, landscape: true);
            using var g = XGraphics.FromPdfPage(page);
            Draw(g, c);
        }
        if (!any) AddA4(document, landscape: true);
        return Save(document);
    }

    /// <summary>
    /// One single-page PDF per certificate (a school's ZIP), in the given order. Almost all of a file's cost is its own
    /// CJK font subset, so files are rendered in parallel — at most <see cref="Environment.ProcessorCount"/> at a time,
    /// a chunk of <paramref name="chunk"/> held in memory at once (about 90 KB a file) — and handed out in order.
    /// </summary>
    public static IEnumerable<byte[]> RenderEach(IReadOnlyList<AwardCertificate> certificates, Func<AwardCertificate, string> title, int chunk = 64)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        for (var start = 0; start < certificates.Count; start += chunk)
        {
            var files = new byte[Math.Min(chunk, certificates.Count - start)][];
            Parallel.For(0, files.Length, options, i => files[i] = Render([certificates[start + i]], title(certificates[start + i])));
            foreach (var f in files) yield return f;
        }
    }

    /// <summary>
    /// A ZIP of one PDF per certificate written to <paramref name="output"/> as each is made (in order, rendered in
    /// parallel by <see cref="RenderEach"/>) under the file name at the same index, so a school's or a whole contest's ZIP never sits in memory as files.
    /// </summary>
    public static void WriteZip(Stream output, IReadOnlyList<AwardCertificate> certificates, IReadOnlyList<string> fileNames)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var i = 0;
        foreach (var pdf in RenderEach(certificates, c => $"获奖证书 {c.Number}"))
        {
            // Stored, not deflated again: the PDF's streams are already compressed.
            using var s = zip.CreateEntry(fileNames[i++], CompressionLevel.NoCompression).Open();
            s.Write(pdf);
        }
    }

    private static void Draw(XGraphics g, AwardCertificate c)
    {
        g.DrawRectangle(new XPen(Red, Mm(1.6)), Mm(10), Mm(10), Mm(W - 20), Mm(H - 20));
        g.DrawRectangle(new XPen(Gold, Mm(0.5)), Mm(14), Mm(14), Mm(W - 28), Mm(H - 28));

        var red = new XSolidBrush(Red);
        g.DrawString("获 奖 证 书", Font(40, bold: true), red, new XRect(0, Mm(26), Mm(W), Mm(18)), XStringFormats.Center);

        var body = Font(17);
        var left = Mm(40);
        var width = Mm(W - 80);
        var who = c.School.Length > 0 ? $"{c.Names}（{c.School}）" : c.Names;
        g.DrawString($"{who}：", Font(19, bold: true), XBrushes.Black, new XRect(left, Mm(54), width, Mm(10)), XStringFormats.CenterLeft);
        var work = c.Work.Length > 0 ? $"作品《{c.Work}》" : "";
        var statement = $"　　{work}在{c.Contest}（{c.Category}）中，经评审，荣获";
        var y = Paragraph(g, statement, body, left, Mm(68), width, 1.7);

        g.DrawString(c.Prize, Font(34, bold: true), red, new XRect(0, y + Mm(4), Mm(W), Mm(18)), XStringFormats.Center);
        Paragraph(g, "　　特发此证，以资鼓励。", body, left, y + Mm(26), width, 1.7);

        var small = Font(11);
        var stamp = new XPoint(Mm(W - 100), Mm(H - 50)); // the stamp goes over the issuer and the date
        g.DrawEllipse(new XPen(XColor.FromArgb(120, Red), 0.6) { DashStyle = XDashStyle.Dash }, stamp.X - Mm(19), stamp.Y - Mm(19), Mm(38), Mm(38));
        g.DrawString(c.Museum, Font(16), XBrushes.Black, new XRect(Mm(W - 160), Mm(H - 56), Mm(120), Mm(8)), XStringFormats.Center);
        g.DrawString(c.Date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), Font(15), XBrushes.Black,
            new XRect(Mm(W - 160), Mm(H - 47), Mm(120), Mm(8)), XStringFormats.Center);

        Qr(g, c.VerifyUrl, 22, H - 52, 28);
        g.DrawString($"证书编号：{c.Number}", small, XBrushes.Black, new XRect(Mm(52), Mm(H - 40), Mm(100), Mm(6)), XStringFormats.CenterLeft);
        g.DrawString("扫码核验证书真伪", small, XBrushes.Gray, new XRect(Mm(52), Mm(H - 33), Mm(100), Mm(6)), XStringFormats.CenterLeft);
    }
}
