using System.IO.Compression;
using SciMuseum.Core.Common;

namespace SciMuseum.UnitTests.Common;

public sealed class UploadsTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[100]];

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(content);
            }
        return buffer.ToArray();
    }

    [Fact]
    public void An_image_is_recognised_by_its_bytes_and_must_carry_its_own_extension()
    {
        var ok = Uploads.Check(Png, @"C:\photos\展品.png", 1024, Uploads.Images);
        Assert.Equal("image/png", ok.Value!.ContentType);
        Assert.Equal("展品.png", ok.Value.FileName);
        var renamed = Uploads.Check(Png, "展品.jpg", 1024, Uploads.Images);
        Assert.Equal("file", renamed.Refusal!.Field);
        Assert.Contains("PNG", renamed.Refusal.Zh);
        Assert.NotNull(Uploads.Check([0x4D, 0x5A, .. new byte[50]], "setup.png", 1024, Uploads.Images).Refusal);
        Assert.NotNull(Uploads.Check(Png, "a.png", 50, Uploads.Images).Refusal);
        Assert.NotNull(Uploads.Check([], "a.png", 50, Uploads.Images).Refusal);
        Assert.NotNull(Uploads.Check("%PDF-1.4"u8.ToArray(), "a.pdf", 1024, Uploads.Images).Refusal); // a kind not accepted here
    }

    [Fact]
    public async Task Reading_stops_past_the_limit_whatever_the_declared_length()
    {
        var refused = await Uploads.ReadAsync(new MemoryStream(new byte[300_000]), "big.png", 100_000, Uploads.Images, CancellationToken.None, "photo");
        Assert.Equal("photo", refused.Refusal!.Field);
        Assert.Contains("97.7 KB", refused.Refusal.Zh);
    }

    [Fact]
    public void A_docx_is_told_apart_from_a_zip_and_a_zip_bomb_is_refused()
    {
        var docx = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<w:document/>"u8.ToArray()));
        Assert.Equal(Uploads.Docx.ContentType, Uploads.Check(docx, "作品说明.docx", 1 << 20, Uploads.Documents).Value!.ContentType);
        Assert.NotNull(Uploads.Check(Zip(("a.txt", [1, 2, 3])), "作品说明.docx", 1 << 20, Uploads.Documents).Refusal);
        var bomb = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[50 * 1024 * 1024]));
        Assert.True(bomb.Length < 1 << 20);
        var refused = Uploads.Check(bomb, "作品说明.docx", 1 << 20, Uploads.Documents);
        Assert.Contains("压缩炸弹", refused.Refusal!.Zh);
    }
}
