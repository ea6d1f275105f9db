using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions.Awards;

namespace SciMuseum.Core.Persistence;

/// <summary>The awards' tables: certificates issued at publishing, and the files schools attach to entries.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Certificate> ContestCertificates => Set<Certificate>();
    public DbSet<EntryFile> ContestEntryFiles => Set<EntryFile>();
}
