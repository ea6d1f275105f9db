using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Alerts;

namespace SciMuseum.Core.Persistence;

/// <summary>The alerts module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Alert> Alerts => Set<Alert>();
}
