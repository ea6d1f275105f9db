using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;

namespace SciMuseum.Core.Persistence;

/// <summary>The finance module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<BudgetAdjustment> BudgetAdjustments => Set<BudgetAdjustment>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<Expenditure> Expenditures => Set<Expenditure>();
    public DbSet<StatedFigure> StatedFigures => Set<StatedFigure>();
    public DbSet<LedgerMonth> LedgerMonths => Set<LedgerMonth>();
    public DbSet<ExpenditureAttachment> ExpenditureAttachments => Set<ExpenditureAttachment>();
    public DbSet<ProcurementPlanLine> ProcurementPlanLines => Set<ProcurementPlanLine>();
    public DbSet<FinanceFinding> FinanceFindings => Set<FinanceFinding>();
}
