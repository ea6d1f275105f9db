using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Reporting;

namespace SciMuseum.Core.Persistence;

/// <summary>The reporting module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<ReportTemplate> ReportTemplates => Set<ReportTemplate>();
    public DbSet<ReportNarrative> ReportNarratives => Set<ReportNarrative>();
    public DbSet<GeneratedReport> GeneratedReports => Set<GeneratedReport>();
}
