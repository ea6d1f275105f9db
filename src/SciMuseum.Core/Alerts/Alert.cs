using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Alerts;

public enum Severity
{
    Amber,
    Red,
}

/// <summary>
/// One item of a department's daily digest (每日提醒): something behind plan or overdue, with where to look. Modules
/// write them from their own figures; (day, source, subject) is unique, so several app instances write each once.
/// </summary>
public sealed class Alert : Entity, IMuseumOwned
{
    public Guid MuseumId { get; set; }
    public Guid? DepartmentId { get; set; }
    public DateOnly Day { get; set; }
    /// <summary>Which check raised it, e.g. <c>finance.monitoring</c>.</summary>
    public string Source { get; set; } = "";
    /// <summary>What it is about, e.g. a budget line id; one alert per subject per day.</summary>
    public string Subject { get; set; } = "";
    public Severity Severity { get; set; }
    public string Title { get; set; } = "";
    public string Detail { get; set; } = "";
    public string Link { get; set; } = "";
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.HasIndex(a => new { a.MuseumId, a.Day, a.Source, a.Subject }).IsUnique();
        b.HasIndex(a => new { a.MuseumId, a.DepartmentId, a.Day });
        b.Property(a => a.Source).HasMaxLength(50);
        b.Property(a => a.Subject).HasMaxLength(100);
        b.Property(a => a.Severity).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Detail).HasMaxLength(1000);
        b.Property(a => a.Link).HasMaxLength(200);
        b.HasOne<Museum>().WithMany().HasForeignKey(a => a.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}
