using PdfSharp.Fonts;

namespace SciMuseum.Reports.Pdf;

/// <summary>
/// The one Chinese face every SciMuseum PDF is set in. PDFsharp embeds TrueType-outline fonts only. The face is Noto
/// Serif SC (思源宋体, SIL OFL), the Song face bureaus ask for, which the build fetches from the npm registry and ships
/// beside the app as fonts/ (see SciMuseum.Reports.csproj), so a PDF works on a fresh machine; without it, LXGW WenKai
/// (霞鹜文楷, Debian's fonts-lxgw-wenkai). Noto Sans CJK ships CFF outlines PDFsharp cannot embed. SCIMUSEUM_PDF_FONT_DIR
/// names another folder holding either pair.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name documents ask for; regular and bold resolve to one of the pairs below.</summary>
    public const string Family = "SciMuseum CJK";

    private static readonly (string Regular, string Bold)[] Faces =
        [("NotoSerifSC_400Regular.ttf", "NotoSerifSC_700Bold.ttf"), ("LXGWWenKai-Regular.ttf", "LXGWWenKai-Bold.ttf")];

    private static readonly string[] Folders =
    [
        Environment.GetEnvironmentVariable("SCIMUSEUM_PDF_FONT_DIR") ?? "",
        Path.Combine(AppContext.BaseDirectory, "fonts"),
        "/usr/share/fonts/truetype/lxgw-wenkai",
        "/usr/local/share/fonts",
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

    /// <summary>The first folder holding a whole pair, as paths (regular, bold); null when none is there.</summary>
    public static (string Regular, string Bold)? Find() =>
        Folders.Where(f => f.Length > 0).SelectMany(f => Faces.Select(p => (Regular: Path.Combine(f, p.Regular), Bold: Path.Combine(f, p.Bold))))
            .Cast<(string Regular, string Bold)?>().FirstOrDefault(p => File.Exists(p!.Value.Regular) && File.Exists(p.Value.Bold));

    internal static byte[] Load(string path) =>
        File.Exists(path) ? File.ReadAllBytes(path) : throw Missing();

    private static InvalidOperationException Missing() => new(
        "PDF 需要中文字体：构建时从 npm 获取的 fonts/NotoSerifSC_*.ttf 不在（离线构建？），也没有 fonts-lxgw-wenkai；请联网重新构建、apt-get install fonts-lxgw-wenkai 或设置 SCIMUSEUM_PDF_FONT_DIR。 "
        + "The Chinese PDF font is missing: fonts/NotoSerifSC_*.ttf (fetched from npm at build time) is not beside the app and fonts-lxgw-wenkai is not installed; rebuild online, install fonts-lxgw-wenkai or set SCIMUSEUM_PDF_FONT_DIR.");

    private sealed class CjkResolver : IFontResolver
    {
        private readonly Dictionary<string, byte[]> _faces = new();

        private readonly (string Regular, string Bold)? _pair = Find();

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            _pair is { } p ? new(bold ? p.Bold : p.Regular) : throw Missing();

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
