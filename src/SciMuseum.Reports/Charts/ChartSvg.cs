using System.Text.RegularExpressions;
using ScottPlot;

namespace SciMuseum.Reports.Charts;

/// <summary>
/// What every chart shares: the face it is laid out with, and turning ScottPlot's SVG into markup a page can inline.
/// ScottPlot measures text with a font found on the server; LXGW WenKai lays out cleanly, Noto Sans CJK SC crowds the
/// axes (see DESIGN.md).
/// </summary>
public static partial class ChartSvg
{
    private static readonly string[] Preferred = ["LXGW WenKai", "AR PL SungtiL GB", "Noto Sans CJK SC"];

    /// <summary>What the SVG asks the browser for: the layout face first, then CJK faces a reader is likely to have.</summary>
    public const string CssFamilies = "'LXGW WenKai', '霞鹜文楷', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    /// <summary>The first preferred face installed here, else the Song face shipped beside the app (a fresh machine), else ScottPlot's default.</summary>
    public static string Family { get; } = Preferred.FirstOrDefault(IsInstalled) ?? Shipped() ?? Fonts.Default;

    private static string? Shipped()
    {
        if (Pdf.PdfFonts.Find() is not { } pair) return null;
        Fonts.AddFontFile("SciMuseum CJK", pair.Regular);
        Fonts.AddFontFile("SciMuseum CJK", pair.Bold, bold: true);
        return "SciMuseum CJK";
    }

    private static bool IsInstalled(string name) =>
        string.Equals(Fonts.GetTypeface(name, bold: false, italic: false).FamilyName, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The plot as an &lt;svg&gt; element that scales with its container: no XML declaration, a viewBox, and one
    /// family list every browser reads. (Skia writes each text's families as it resolved them, "LXGW WenKai, , 霞鹜文楷":
    /// the empty entry makes browsers drop the whole attribute.) Skia escapes the text it writes.
    /// </summary>
    public static string Render(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..].Insert("<svg".Length, $" viewBox=\"0 0 {width} {height}\" role=\"img\"");
        return FontFamilyAttribute().Replace(svg, $"font-family=\"{CssFamilies}\"");
    }

    /// <summary>
    /// The plot as a report block: SVG for the web page, and a PNG drawn at twice the size (about 250 dpi at 155 mm)
    /// for PDF and DOCX, placed <paramref name="width"/> × 0.2 mm wide so both read at the same scale.
    /// </summary>
    public static Documents.Chart Block(Plot plot, string caption, int width, int height)
    {
        var svg = Render(plot, width, height);
        plot.ScaleFactor = 2;
        var png = plot.GetImageBytes(width * 2, height * 2, ImageFormat.Png);
        plot.ScaleFactor = 1;
        return new Documents.Chart(caption, png, svg, width * 0.2, height * 0.2);
    }

    [GeneratedRegex("font-family=\"[^\"]*\"")]
    private static partial Regex FontFamilyAttribute();
}
