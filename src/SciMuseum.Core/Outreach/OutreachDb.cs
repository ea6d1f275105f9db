using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Outreach;

namespace SciMuseum.Core.Persistence;

/// <summary>The outreach module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<CaravanTrip> CaravanTrips => Set<CaravanTrip>();
}
