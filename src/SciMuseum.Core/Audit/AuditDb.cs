using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;

namespace SciMuseum.Core.Persistence;

/// <summary>The audit module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
}
