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
    public DbSet<WorkOrderCheck> WorkOrderChecks => Set<WorkOrderCheck>();
    public DbSet<MaintenancePlan> MaintenancePlans => Set<MaintenancePlan>();
    public DbSet<Consumable> Consumables => Set<Consumable>();
    public DbSet<ConsumableStock> ConsumableStocks => Set<ConsumableStock>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<PurchaseRequest> PurchaseRequests => Set<PurchaseRequest>();
    public DbSet<ExhibitFile> ExhibitFiles => Set<ExhibitFile>();
    public DbSet<ExhibitDowntime> ExhibitDowntimes => Set<ExhibitDowntime>();
    public DbSet<RepairMonth> RepairMonths => Set<RepairMonth>();
    public DbSet<HallDownMonth> HallDownMonths => Set<HallDownMonth>();
}
