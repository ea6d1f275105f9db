namespace SciMuseum.Reports.Documents;

/// <summary>
/// A report built once and written three ways (HTML, PDF, DOCX): a cover, then blocks in reading order. Every figure
/// in it was computed before it got here; writers only lay it out.
/// </summary>
public sealed record ReportDocument(ReportCover Cover, IReadOnlyList<Block> Body, ReportFormat Format);

/// <summary>The cover: title, the museum, the date line, and the space for its seal.</summary>
public sealed record ReportCover(string Title, string Organisation, string DateLine, string? Subtitle = null);

public abstract record Block;

/// <summary>A numbered heading; <see cref="Number"/> is already in the report's style (一、 （一） 1、 （1）).</summary>
public sealed record Heading(int Level, string Number, string Text) : Block
{
    public string Full => Number + Text;
}

public sealed record Paragraph(string Text, bool Bold = false, bool Indent = true) : Block;

/// <summary>
/// A real table: the header row repeats on each page; <see cref="Widths"/> are relative column widths (null: equal);
/// <see cref="Numeric"/> marks columns aligned right.
/// </summary>
public sealed record Table(string? Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<double>? Widths = null, IReadOnlySet<int>? Numeric = null) : Block
{
    public double[] RelativeWidths()
    {
        var widths = Widths is { Count: > 0 } w && w.Count == Header.Count ? w.ToArray() : Enumerable.Repeat(1.0, Header.Count).ToArray();
        var total = widths.Sum();
        return widths.Select(x => x / total).ToArray();
    }
}

/// <summary>A chart as the pages draw it: PNG for PDF and DOCX, SVG for HTML, at a size in millimetres.</summary>
public sealed record Chart(string Caption, byte[] Png, string Svg, double WidthMm, double HeightMm) : Block;

public sealed record PageBreak : Block;

/// <summary>The closing lines: the museum and the date, right-aligned, with room for the seal.</summary>
public sealed record Signature(string Organisation, string DateLine) : Block;

/// <summary>
/// What a bureau sets: page, margins, faces and sizes. Defaults follow GB/T 9704 (official documents): A4, margins
/// 37/35/28/26 mm, title 二号 (22 pt) in a Song face, body 三号 (16 pt) in FangSong, headings in Hei, 1.5 line spacing.
/// DOCX names the faces for Word/WPS to use; the PDF embeds the shipped face (LXGW WenKai) for all of them.
/// </summary>
public sealed record ReportFormat
{
    public double PageWidthMm { get; init; } = 210;
    public double PageHeightMm { get; init; } = 297;
    public double MarginTopMm { get; init; } = 37;
    public double MarginBottomMm { get; init; } = 35;
    public double MarginLeftMm { get; init; } = 28;
    public double MarginRightMm { get; init; } = 26;
    public double TitleSizePt { get; init; } = 22;
    public double BodySizePt { get; init; } = 16;
    public double TableSizePt { get; init; } = 10.5;
    public double LineSpacing { get; init; } = 1.5;
    public string TitleFace { get; init; } = "宋体";
    public string HeadingFace { get; init; } = "黑体";
    public string BodyFace { get; init; } = "仿宋";

    public static ReportFormat Default { get; } = new();
}
