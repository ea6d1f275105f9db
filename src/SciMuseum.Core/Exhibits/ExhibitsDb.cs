using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Exhibits;

namespace SciMuseum.Core.Persistence;

/// <summary>The exhibits module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Exhibit> Exhibits => Set<Exhibit>();
    public DbSet<RenewalProject> RenewalProjects => Set<RenewalProject>();
    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();
    public DbSet<WorkOrderTransition> WorkOrderTransitions => Set<WorkOrderTransition>();
}
