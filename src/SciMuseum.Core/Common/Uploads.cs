using System.IO.Compression;

namespace SciMuseum.Core.Common;

/// <summary>
/// The one gate every uploaded file passes (photos, manuals, vouchers, contest entries): a size limit counted on the
/// bytes actually read, the kind recognised from the first bytes and required to match the file name's extension,
/// and Office files (ZIP inside) opened far enough to refuse a ZIP bomb. Nothing is written by this class.
/// </summary>
public static class Uploads
{
    /// <summary>A file kind: what its content starts with and the extensions its name may carry.</summary>
    public sealed record Kind(string ContentType, string Label, string[] Extensions);

    public static readonly Kind Pdf = new("application/pdf", "PDF", [".pdf"]);
    public static readonly Kind Jpeg = new("image/jpeg", "JPG", [".jpg", ".jpeg"]);
    public static readonly Kind Png = new("image/png", "PNG", [".png"]);
    public static readonly Kind Webp = new("image/webp", "WEBP", [".webp"]);
    public static readonly Kind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", [".docx"]);
    public static readonly Kind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", [".xlsx"]);
    public static readonly Kind Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX", [".pptx"]);
    public static readonly Kind Mp4 = new("video/mp4", "MP4", [".mp4"]);

    public static readonly Kind[] Images = [Jpeg, Png, Webp];
    public static readonly Kind[] Documents = [Pdf, Docx, Xlsx, Pptx];

    /// <summary>An Office file may unpack to at most this much, and at most this many times its packed size.</summary>
    public const long MaxUnpackedBytes = 100L * 1024 * 1024;
    public const int MaxUnpackRatio = 100;
    public const int MaxZipEntries = 2000;

    /// <summary>A file that passed: its bytes, recognised content type and a safe file name.</summary>
    public sealed record Checked(byte[] Bytes, string ContentType, string FileName);

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes and checks them against the accepted kinds.</summary>
    public static async Task<Result<Checked>> ReadAsync(Stream content, string? fileName, long maxBytes, IReadOnlyList<Kind> accepted,
        CancellationToken ct, string field = "file")
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return TooLarge(field, maxBytes);
        }
        return Check(buffer.ToArray(), fileName, maxBytes, accepted, field);
    }

    public static Result<Checked> Check(byte[] bytes, string? fileName, long maxBytes, IReadOnlyList<Kind> accepted, string field = "file")
    {
        var names = accepted.Select(k => k.Label).ToList();
        var labels = names.Count > 1 ? string.Join("、", names[..^1]) + " 或 " + names[^1] : string.Join("", names);
        var labelsEn = names.Count > 1 ? string.Join(", ", names[..^1]) + " or " + names[^1] : string.Join("", names);
        if (bytes.Length == 0) return Refusal.OnField(field, "文件是空的。", "The file is empty.");
        if (bytes.Length > maxBytes) return TooLarge(field, maxBytes);
        var name = SafeName(fileName);
        var kind = Sniff(bytes);
        if (kind is null || !accepted.Contains(kind))
            return Refusal.OnField(field, $"只接受 {labels} 文件，这个文件的内容不是。", $"Only {labelsEn} files are accepted; this file's content is not one.");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!kind.Extensions.Contains(extension))
            return Refusal.OnField(field, $"文件名是 {extension}，内容却是 {kind.Label}：请用正确的扩展名。",
                $"The name says {extension} but the content is {kind.Label}; use the right extension.");
        if (kind.Extensions[0] is ".docx" or ".xlsx" or ".pptx" && ZipRefusal(bytes, field) is { } bomb) return bomb;
        return new Checked(bytes, kind.ContentType, name);
    }

    /// <summary>The kind a file's first bytes say it is; Office files are told apart by their main part.</summary>
    public static Kind? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return Jpeg;
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return Png;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return Webp;
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)) return Mp4;
        if (head.StartsWith("PK\u0003\u0004"u8)) return OfficeKind(head.ToArray());
        return null;
    }

    private static Kind? OfficeKind(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            return zip.GetEntry("word/document.xml") is not null ? Docx
                : zip.GetEntry("xl/workbook.xml") is not null ? Xlsx
                : zip.GetEntry("ppt/presentation.xml") is not null ? Pptx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Refuses a ZIP whose declared or actual unpacked size is out of proportion, without unpacking more than the limit.</summary>
    private static Refusal? ZipRefusal(byte[] bytes, string field)
    {
        var bomb = Refusal.OnField(field, "这个文件解压后大得不合理（疑似压缩炸弹），未接受。",
            "This file unpacks to an implausible size (a suspected zip bomb) and was not accepted.");
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries) return bomb;
            var limit = Math.Min(MaxUnpackedBytes, (long)bytes.Length * MaxUnpackRatio);
            if (zip.Entries.Sum(e => e.Length) > limit) return bomb;
            long total = 0;
            var chunk = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                int read;
                while ((read = s.Read(chunk)) > 0)
                    if ((total += read) > limit) return bomb; // sizes in the header can lie; count what comes out
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return Refusal.OnField(field, "文件已损坏，无法打开。", "The file is damaged and cannot be opened.");
        }
    }

    private static Refusal TooLarge(string field, long maxBytes) =>
        Refusal.OnField(field, $"文件超过 {Formats.Bytes(maxBytes)} 的上限。", $"The file is over the {Formats.Bytes(maxBytes)} limit.");

    /// <summary>The last path segment of a client's file name, at most 200 characters, never empty.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0) name = "file";
        return name.Length > 200 ? name[^200..] : name;
    }
}
