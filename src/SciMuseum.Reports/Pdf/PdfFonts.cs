using PdfSharp.Fonts;

namespace SciMuseum.Reports.Pdf;

/// <summary>
/// The one Chinese face every SciMuseum PDF is set in. PDFsharp embeds TrueType-outline fonts only, so the face is
/// LXGW WenKai (霞鹜文楷, SIL OFL, Debian's fonts-lxgw-wenkai), which the charts already lay out with; Noto Sans CJK
/// ships CFF outlines PDFsharp cannot embed. The folder can be moved with SCIMUSEUM_PDF_FONT_DIR.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name documents ask for; regular and bold resolve to the two files below.</summary>
    public const string Family = "SciMuseum CJK";

    private static readonly string[] Folders =
    [
        Environment.GetEnvironmentVariable("SCIMUSEUM_PDF_FONT_DIR") ?? "",
        "/usr/share/fonts/truetype/lxgw-wenkai",
        "/usr/local/share/fonts",
        Path.Combine(AppContext.BaseDirectory, "fonts"),
    ];

    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once per process; every PDF writer calls this first.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CjkResolver) return;
            GlobalFontSettings.FontResolver = new CjkResolver();
        }
    }

    internal static byte[] Load(string file)
    {
        foreach (var folder in Folders.Where(f => f.Length > 0))
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        throw new InvalidOperationException(
            $"PDF 需要中文字体 {file}（Debian: apt-get install fonts-lxgw-wenkai，或设置 SCIMUSEUM_PDF_FONT_DIR）。 " +
            $"The Chinese font {file} is missing (install fonts-lxgw-wenkai or set SCIMUSEUM_PDF_FONT_DIR).");
    }

    private sealed class CjkResolver : IFontResolver
    {
        private readonly Dictionary<string, byte[]> _faces = new();

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "LXGWWenKai-Bold.ttf" : "LXGWWenKai-Regular.ttf");

        public byte[] GetFont(string faceName)
        {
            lock (_faces)
            {
                if (!_faces.TryGetValue(faceName, out var bytes)) _faces[faceName] = bytes = Load(faceName);
                return bytes;
            }
        }
    }
}
