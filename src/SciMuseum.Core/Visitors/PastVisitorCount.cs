using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// 历史接待人数: visitors of one day and channel from before the museum kept tickets in SciMuseum, imported from its own
/// records. Kept apart from tickets (no names, no slots); statistics add them and say how many days and visitors are imported.
/// </summary>
public sealed class PastVisitorCount : MuseumEntity
{
    public DateOnly Date { get; set; }
    public VisitChannel Channel { get; set; }
    public int Count { get; set; }
    /// <summary>The import that brought the row: a batch is listed and deleted as one.</summary>
    public Guid BatchId { get; set; }
    public string SourceFile { get; set; } = "";
    public string ImportedBy { get; set; } = "";
}

internal sealed class PastVisitorCountConfiguration : IEntityTypeConfiguration<PastVisitorCount>
{
    public void Configure(EntityTypeBuilder<PastVisitorCount> b)
    {
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SourceFile).HasMaxLength(200);
        b.Property(x => x.ImportedBy).HasMaxLength(100);
        b.HasIndex(x => new { x.MuseumId, x.Date });
        b.HasIndex(x => x.BatchId);
    }
}
