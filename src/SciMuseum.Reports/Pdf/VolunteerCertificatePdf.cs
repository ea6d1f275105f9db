using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static SciMuseum.Reports.Pdf.PdfKit;

namespace SciMuseum.Reports.Pdf;

/// <summary>What a 志愿服务时长证明 states: who, for which period, the approved hours and person-times, and each service.</summary>
public sealed record VolunteerCertificate(
    string Museum,
    string Number,
    string Name,
    string Organisation,
    DateOnly From,
    DateOnly To,
    decimal Hours,
    int PersonTimes,
    IReadOnlyList<VolunteerCertificate.Service> Services,
    DateOnly Issued)
{
    public sealed record Service(DateOnly Date, string Description, decimal Hours);
}

/// <summary>
/// The certificate of volunteer hours on A4: title, the statement, a table of services (continued on further pages
/// when long, with its header repeated), the museum's name, the date and a circle where the stamp goes.
/// </summary>
public static class VolunteerCertificatePdf
{
    private const double Left = 25, Right = 185, Width = Right - Left;
    private const double RowMm = 7.5;
    private static readonly (string Title, double Width)[] Columns = [("序号", 14), ("服务日期", 32), ("服务内容", 86), ("时长（小时）", 28)];

    public static byte[] Render(VolunteerCertificate c)
    {
        var document = NewDocument($"志愿服务时长证明 {c.Name}");
        var page = AddA4(document);
        var g = XGraphics.FromPdfPage(page);
        var title = Font(22, bold: true);
        var body = Font(12.5);
        var small = Font(10.5);

        g.DrawString("志愿服务时长证明", title, XBrushes.Black, new XRect(0, Mm(28), page.Width.Point, Mm(12)), XStringFormats.Center);
        g.DrawString($"编号：{c.Number}", small, XBrushes.Gray, new XRect(Mm(Left), Mm(42), Mm(Width), Mm(6)), XStringFormats.CenterRight);

        var who = c.Organisation.Length > 0 ? $"{c.Name}同志（{c.Organisation}）" : $"{c.Name}同志";
        var statement = $"兹证明{who}于 {Date(c.From)} 至 {Date(c.To)} 期间在{c.Museum}参加志愿服务，"
            + $"经本馆核实，累计服务 {c.PersonTimes} 人次，志愿服务时长共计 {Hours(c.Hours)} 小时。服务明细如下：";
        var y = Paragraph(g, statement, body, Mm(Left), Mm(52), Mm(Width), 1.8);

        y = Header(g, y + Mm(4));
        var number = 0;
        foreach (var s in c.Services)
        {
            if (y + Mm(RowMm) > Mm(297 - 30))
            {
                g.Dispose();
                page = AddA4(document);
                g = XGraphics.FromPdfPage(page);
                y = Header(g, Mm(25));
            }
            Row(g, y, [(++number).ToString(CultureInfo.InvariantCulture), Date(s.Date), s.Description, Hours(s.Hours)], small, false);
            y += Mm(RowMm);
        }
        Row(g, y, ["", "合计", $"{c.PersonTimes} 人次", Hours(c.Hours)], small, true);
        y += Mm(RowMm);

        // The closing block needs about 70 mm: start a page for it rather than split the signature from the stamp.
        if (y + Mm(70) > Mm(297 - 15))
        {
            g.Dispose();
            page = AddA4(document);
            g = XGraphics.FromPdfPage(page);
            y = Mm(25);
        }
        y = Paragraph(g, "特此证明。", body, Mm(Left), y + Mm(8), Mm(Width), 1.8);
        var stampCentre = new XPoint(Mm(Right - 28), y + Mm(24));
        g.DrawEllipse(new XPen(XColors.Gray, 0.6) { DashStyle = XDashStyle.Dash }, stampCentre.X - Mm(20), stampCentre.Y - Mm(20), Mm(40), Mm(40));
        g.DrawString("（盖章）", small, XBrushes.Gray, new XRect(stampCentre.X - Mm(20), stampCentre.Y - Mm(3), Mm(40), Mm(6)), XStringFormats.Center);
        g.DrawString(c.Museum, body, XBrushes.Black, new XRect(Mm(Left), y + Mm(30), Mm(Width - 8), Mm(7)), XStringFormats.CenterRight);
        g.DrawString(Date(c.Issued), body, XBrushes.Black, new XRect(Mm(Left), y + Mm(38), Mm(Width - 8), Mm(7)), XStringFormats.CenterRight);
        g.Dispose();
        return Save(document);
    }

    private static double Header(XGraphics g, double y)
    {
        Row(g, y, [.. Columns.Select(c => c.Title)], Font(10.5, bold: true), true);
        return y + Mm(RowMm);
    }

    private static void Row(XGraphics g, double y, string[] cells, XFont font, bool shaded)
    {
        var x = Mm(Left);
        var pen = new XPen(XColors.Black, 0.5);
        for (var i = 0; i < Columns.Length; i++)
        {
            var w = Mm(Columns[i].Width);
            var cell = new XRect(x, y, w, Mm(RowMm));
            if (shaded) g.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 238, 238)), cell);
            g.DrawRectangle(pen, cell);
            var text = Fit(g, cells[i], font, w - Mm(3));
            var format = i == 2 ? XStringFormats.CenterLeft : i == 3 ? XStringFormats.CenterRight : XStringFormats.Center;
            g.DrawString(text, font, XBrushes.Black, new XRect(x + Mm(1.5), y, w - Mm(3), Mm(RowMm)), format);
            x += w;
        }
    }

    /// <summary>One line per row: a description too long for its cell is cut with an ellipsis.</summary>
    private static string Fit(XGraphics g, string text, XFont font, double width)
    {
        if (g.MeasureString(text, font).Width <= width) return text;
        while (text.Length > 1 && g.MeasureString(text + "…", font).Width > width) text = text[..^1];
        return text + "…";
    }

    private static string Date(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Hours(decimal h) => h.ToString("0.0", CultureInfo.InvariantCulture);
}
