using PdfSharp.Drawing;

namespace SciMuseum.Reports.Pdf;

/// <summary>
/// The printable A4 poster for a survey: the area and title, a 110 mm vector QR of the answering link (scans from
/// two metres at an exit), the link written out for those without a camera, and a line on privacy.
/// </summary>
public static class SurveyPoster
{
    public static byte[] Pdf(string museum, string areaName, string title, string url)
    {
        var document = PdfKit.NewDocument(title);
        var page = PdfKit.AddA4(document);
        using var g = XGraphics.FromPdfPage(page);
        var width = PdfKit.Mm(170);
        var left = PdfKit.Mm(20);
        Centered(g, museum, PdfKit.Font(16), 22);
        Centered(g, title, PdfKit.Font(28, bold: true), 38);
        Centered(g, $"服务区域：{areaName}", PdfKit.Font(16), 54);
        Centered(g, "扫一扫，花 2 分钟告诉我们您的感受", PdfKit.Font(18), 68);
        PdfKit.Qr(g, url, 50, 80, 110);
        PdfKit.Paragraph(g, url, PdfKit.Font(12), left, PdfKit.Mm(198), width);
        PdfKit.Paragraph(g, "问卷匿名填写，无需登录；留下联系方式仅用于回访。每张门票（报名）或每台手机每天计一份答卷。", PdfKit.Font(13), left, PdfKit.Mm(215), width);
        PdfKit.Paragraph(g, "Scan to tell us about your visit (2 minutes, anonymous).", PdfKit.Font(12), left, PdfKit.Mm(240), width);
        return PdfKit.Save(document);
    }

    private static void Centered(XGraphics g, string text, XFont font, double topMm) =>
        g.DrawString(text, font, XBrushes.Black, new XRect(0, PdfKit.Mm(topMm), PdfKit.Mm(210), font.Size * 1.4), XStringFormats.TopCenter);
}
