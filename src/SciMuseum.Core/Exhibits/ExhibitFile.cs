using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>照片 / 说明书 / 维修前 / 维修后.</summary>
public enum ExhibitFileKind { Photo, Manual, Before, After }

/// <summary>
/// A photo or manual of an exhibit, or a photo on one of its work orders (the visitor's fault photo, the technician's
/// before and after): kept in the database, like finance's vouchers, so every instance serves it.
/// </summary>
public sealed class ExhibitFile : MuseumEntity
{
    public Guid ExhibitId { get; set; }
    /// <summary>The work order it belongs to (a fault report's photo, before/after photos); null for the exhibit's own photos and manuals.</summary>
    public Guid? WorkOrderId { get; set; }
    public ExhibitFileKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string UploadedBy { get; set; } = "";
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[] Content { get; set; } = [];
}

internal sealed class ExhibitFileConfiguration : IEntityTypeConfiguration<ExhibitFile>
{
    public void Configure(EntityTypeBuilder<ExhibitFile> b)
    {
        b.ToTable("ExhibitFiles");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(100);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => new { x.ExhibitId, x.Kind });
        b.HasIndex(x => x.WorkOrderId);
        b.HasOne<Organization.Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Exhibit>().WithMany().HasForeignKey(x => x.ExhibitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Attach a file to an exhibit or one of its work orders. Every file passes <see cref="Uploads"/>: photos (and the
/// before/after and fault photos) JPG, PNG or WEBP up to 5 MB; manuals PDF or DOCX up to 20 MB; the content must be what
/// the name says. A refused file writes nothing.
/// </summary>
public static class AttachExhibitFile
{
    public const long MaxImageBytes = 5L * 1024 * 1024;
    public const long MaxManualBytes = 20L * 1024 * 1024;
    /// <summary>How many files one exhibit (with its orders) may hold: enough for years of photos, not a free file store.</summary>
    public const int MaxFilesPerExhibit = 200;

    public static long MaxBytes(ExhibitFileKind kind) => kind == ExhibitFileKind.Manual ? MaxManualBytes : MaxImageBytes;

    public static IReadOnlyList<Uploads.Kind> Accepted(ExhibitFileKind kind) => kind == ExhibitFileKind.Manual ? [Uploads.Pdf, Uploads.Docx] : Uploads.Images;

    /// <summary>The file input's accept attribute for a kind.</summary>
    public static string Accept(ExhibitFileKind kind) => kind == ExhibitFileKind.Manual
        ? ".pdf,.docx,application/pdf," + Uploads.Docx.ContentType
        : ".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp";

    /// <summary>Reads and checks the upload (nothing written); the fault report checks its photo before opening the order.</summary>
    public static Task<Result<Uploads.Checked>> ReadAsync(ExhibitFileKind kind, Stream content, string? fileName, CancellationToken ct, string field = "file") =>
        Uploads.ReadAsync(content, fileName, MaxBytes(kind), Accepted(kind), ct, field);

    public static async Task<Result<ExhibitFile>> HandleAsync(MuseumDb db, Guid exhibitId, Guid? workOrderId, ExhibitFileKind kind, string? fileName, Stream content,
        CancellationToken ct)
    {
        if (!Enum.IsDefined(kind)) return Refusal.OnField("kind", "文件类别无效。", "Unknown file kind.");
        if (!await db.Exhibits.AnyAsync(e => e.Id == exhibitId, ct)) return Refusal.NotFound("本馆没有这件展品。", "No such exhibit in this museum.");
        if (kind is ExhibitFileKind.Before or ExhibitFileKind.After && workOrderId is null)
            return Refusal.OnField("kind", "维修前后照片须属于一张工单。", "Before and after photos belong to a work order.");
        if (kind == ExhibitFileKind.Manual && workOrderId is not null)
            return Refusal.OnField("kind", "说明书属于展品，不属于工单。", "A manual belongs to the exhibit, not to a work order.");
        if (workOrderId is { } wo && !await db.WorkOrders.AnyAsync(o => o.Id == wo && o.ExhibitId == exhibitId, ct))
            return Refusal.NotFound("本馆没有这张工单。", "No such work order in this museum.");
        if (await db.ExhibitFiles.CountAsync(f => f.ExhibitId == exhibitId, ct) >= MaxFilesPerExhibit)
            return Refusal.OnField("file", $"一件展品最多保存 {MaxFilesPerExhibit} 个文件，请先删除旧文件。",
                $"An exhibit keeps at most {MaxFilesPerExhibit} files; delete old ones first.");
        var file = await ReadAsync(kind, content, fileName, ct);
        if (file.Value is not { } f) return file.Refusal!;
        var row = Add(db, exhibitId, workOrderId, kind, f);
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Adds a checked file to the unit of work (the caller saves).</summary>
    internal static ExhibitFile Add(MuseumDb db, Guid exhibitId, Guid? workOrderId, ExhibitFileKind kind, Uploads.Checked f, string? by = null) =>
        db.ExhibitFiles.Add(new ExhibitFile
        {
            ExhibitId = exhibitId, WorkOrderId = workOrderId, Kind = kind, FileName = f.FileName, ContentType = f.ContentType, Size = f.Bytes.Length,
            Content = f.Bytes, UploadedBy = by ?? db.User.UserName ?? "",
        }).Entity;

    /// <summary>A file as lists show it (no content).</summary>
    public sealed record View(Guid Id, Guid ExhibitId, Guid? WorkOrderId, string? WorkOrderNumber, ExhibitFileKind Kind, string FileName, string ContentType,
        long Size, string UploadedBy, DateTime CreatedAt)
    {
        public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
    }

    /// <summary>An exhibit's files and its orders', newest first; <paramref name="workOrderId"/> narrows to one order's.</summary>
    public static Task<List<View>> ListAsync(MuseumDb db, Guid exhibitId, Guid? workOrderId, CancellationToken ct) =>
        (from f in db.ExhibitFiles.AsNoTracking()
         where f.ExhibitId == exhibitId && (workOrderId == null || f.WorkOrderId == workOrderId)
         join o in db.WorkOrders on f.WorkOrderId equals o.Id into os
         from o in os.DefaultIfEmpty()
         orderby f.CreatedAt descending
         select new View(f.Id, f.ExhibitId, f.WorkOrderId, o == null ? null : o.Number, f.Kind, f.FileName, f.ContentType, f.Size, f.UploadedBy, f.CreatedAt))
        .ToListAsync(ct);

    /// <summary>The files of several orders (the technician's page), by order.</summary>
    public static async Task<Dictionary<Guid, List<View>>> ForOrdersAsync(MuseumDb db, IReadOnlyCollection<Guid> orderIds, CancellationToken ct)
    {
        if (orderIds.Count == 0) return [];
        var rows = await db.ExhibitFiles.AsNoTracking().Where(f => f.WorkOrderId != null && orderIds.Contains(f.WorkOrderId.Value))
            .OrderBy(f => f.CreatedAt)
            .Select(f => new View(f.Id, f.ExhibitId, f.WorkOrderId, null, f.Kind, f.FileName, f.ContentType, f.Size, f.UploadedBy, f.CreatedAt))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.WorkOrderId!.Value).ToDictionary(g => g.Key, g => g.ToList());
    }
}
