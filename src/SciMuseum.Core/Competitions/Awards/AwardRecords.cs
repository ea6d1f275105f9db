using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Competitions.Awards;

/// <summary>
/// 获奖证书: issued when a category's results are published, one per awarded entry. It stores only its number and its
/// verification code (10 characters, unguessable, printed as a QR to <c>/c/{code}</c>); the prize it states is read from
/// the live ranking, so a re-opened and re-published category never leaves a certificate saying something else.
/// </summary>
public sealed class Certificate : MuseumEntity
{
    public Guid ContestId { get; set; }
    public Guid EntryId { get; set; }
    /// <summary>证书编号 as printed, e.g. 2020KC0123 (year, contest kind, registration number).</summary>
    public string Number { get; set; } = "";
    public string Code { get; set; } = "";
    public DateTime IssuedAt { get; set; }
}

/// <summary>A file a school attached to its entry (a document or an image), kept in the database so every instance serves it.</summary>
public sealed class EntryFile : MuseumEntity
{
    public Guid EntryId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[] Content { get; set; } = [];
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.ToTable("ContestCertificates");
        b.Property(c => c.Number).HasMaxLength(30);
        b.Property(c => c.Code).HasMaxLength(20);
        b.HasIndex(c => c.Code).IsUnique();
        b.HasIndex(c => c.EntryId);
        b.HasIndex(c => c.ContestId);
        b.HasOne<Contest>().WithMany().HasForeignKey(c => c.ContestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Entry>().WithMany().HasForeignKey(c => c.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EntryFileConfiguration : IEntityTypeConfiguration<EntryFile>
{
    public void Configure(EntityTypeBuilder<EntryFile> b)
    {
        b.ToTable("ContestEntryFiles");
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.HasIndex(f => f.EntryId);
        b.HasOne<Entry>().WithMany().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
