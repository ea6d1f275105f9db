using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

/// <summary>A scanned voucher (PDF or image) kept with its expenditure, in the database so every instance serves it.</summary>
public sealed class ExpenditureAttachment : MuseumEntity
{
    public Guid ExpenditureId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[] Content { get; set; } = [];
}

internal sealed class ExpenditureAttachmentConfiguration : IEntityTypeConfiguration<ExpenditureAttachment>
{
    public void Configure(EntityTypeBuilder<ExpenditureAttachment> b)
    {
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(50);
        b.HasOne<Expenditure>().WithMany().HasForeignKey(x => x.ExpenditureId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ExpenditureId);
    }
}

/// <summary>Attach a voucher scan: only PDF, JPEG or PNG, recognised by their first bytes, at most 5 MB.</summary>
public static class AttachVoucher
{
    public const long MaxBytes = 5 * 1024 * 1024;


    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? "application/pdf"
        : head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? "image/jpeg"
        : head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? "image/png"
        : null;

    public static async Task<Result<ExpenditureAttachment>> HandleAsync(MuseumDb db, Guid expenditureId, string fileName, Stream content, long length, CancellationToken ct)
    {
        if (!await db.Expenditures.AnyAsync(e => e.Id == expenditureId, ct)) return Refusal.NotFound();
        if (length is 0 or > MaxBytes) return Refusal.OnField("file", "文件为空或超过 5 MB。", "The file is empty or larger than 5 MB.");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (Sniff(bytes) is not { } type) return Refusal.OnField("file", "只接受 PDF、JPG 或 PNG 格式的凭证扫描件。", "Only PDF, JPG or PNG scans are accepted.");
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var attachment = db.ExpenditureAttachments.Add(new ExpenditureAttachment
        {
            ExpenditureId = expenditureId, FileName = name.Length > 200 ? name[^200..] : name, ContentType = type, Size = bytes.Length, Content = bytes,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return attachment;
    }
}
