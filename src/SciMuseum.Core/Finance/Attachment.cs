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

/// <summary>Attach a voucher scan: only PDF, JPEG or PNG (see <see cref="Uploads"/>), at most 5 MB.</summary>
public static class AttachVoucher
{
    public const long MaxBytes = 5 * 1024 * 1024;


    public static async Task<Result<ExpenditureAttachment>> HandleAsync(MuseumDb db, Guid expenditureId, string fileName, Stream content, long length, CancellationToken ct)
    {
        if (!await db.Expenditures.AnyAsync(e => e.Id == expenditureId, ct)) return Refusal.NotFound();
        var file = await Uploads.ReadAsync(content, fileName, MaxBytes, [Uploads.Pdf, Uploads.Jpeg, Uploads.Png], ct);
        if (file.Value is not { } f) return file.Refusal!;
        var attachment = db.ExpenditureAttachments.Add(new ExpenditureAttachment
        {
            ExpenditureId = expenditureId, FileName = f.FileName, ContentType = f.ContentType, Size = f.Bytes.Length, Content = f.Bytes,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return attachment;
    }
}
