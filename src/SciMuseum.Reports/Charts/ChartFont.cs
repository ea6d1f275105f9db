using System.Text.RegularExpressions;
using ScottPlot;

namespace SciMuseum.Reports.Charts;

/// <summary>
/// The face charts are laid out with, and the fonts a browser may draw their SVG text with. ScottPlot measures text
/// with a font found on the server; LXGW WenKai lays out cleanly, Noto Sans CJK SC crowds the axes (see DESIGN.md).
/// </summary>
public static partial class ChartFont
{
    private static readonly string[] Preferred = ["LXGW WenKai", "AR PL SungtiL GB", "Noto Sans CJK SC"];

    /// <summary>What the SVG asks the browser for: the layout face first, then CJK faces a reader is likely to have.</summary>
    public const string CssFamilies = "'LXGW WenKai', '霞鹜文楷', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    /// <summary>The first preferred face installed here, or ScottPlot's default when none is.</summary>
    public static string Family { get; } = Preferred.FirstOrDefault(IsInstalled) ?? Fonts.Default;

    private static bool IsInstalled(string name) =>
        string.Equals(Fonts.GetTypeface(name, bold: false, italic: false).FamilyName, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Skia writes each text's family list as it resolved it ("LXGW WenKai, , 霞鹜文楷"): the empty entry makes browsers drop
    /// the whole attribute. Replace it with one list every browser reads.
    /// </summary>
    public static string FixSvgFamilies(string svg) => FontFamilyAttribute().Replace(svg, $"font-family=\"{CssFamilies}\"");

    [GeneratedRegex("font-family=\"[^\"]*\"")]
    private static partial Regex FontFamilyAttribute();
}
