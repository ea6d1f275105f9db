using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;

namespace SciMuseum.Core.Persistence;

/// <summary>
/// The one model of SciMuseum's data. Providers (SQLite, PostgreSQL) derive from it in SciMuseum.Data, each with its
/// own migrations. Every <see cref="IMuseumOwned"/> row is filtered to the acting museum, every
/// <see cref="ISoftDeletable"/> row hides once deleted.
/// </summary>
public abstract class MuseumDb(DbContextOptions options, UserContext user)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";
    public const string SoftDeleteFilter = "SoftDelete";

    public UserContext User { get; } = user;

    public DbSet<Museum> Museums => Set<Museum>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Hall> Halls => Set<Hall>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<BudgetAdjustment> BudgetAdjustments => Set<BudgetAdjustment>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<Expenditure> Expenditures => Set<Expenditure>();
    public DbSet<StatedFigure> StatedFigures => Set<StatedFigure>();
    public DbSet<LedgerMonth> LedgerMonths => Set<LedgerMonth>();
    public DbSet<ExpenditureAttachment> ExpenditureAttachments => Set<ExpenditureAttachment>();
    public DbSet<ScoringTable> ScoringTables => Set<ScoringTable>();
    public DbSet<ScoringIndicator> ScoringIndicators => Set<ScoringIndicator>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<EvaluationInput> EvaluationInputs => Set<EvaluationInput>();
    public DbSet<Judgement> Judgements => Set<Judgement>();
    public DbSet<PerformanceGoal> PerformanceGoals => Set<PerformanceGoal>();
    public DbSet<GoalIndicator> GoalIndicators => Set<GoalIndicator>();
    public DbSet<RectificationProblem> RectificationProblems => Set<RectificationProblem>();
    public DbSet<RectificationMeasure> RectificationMeasures => Set<RectificationMeasure>();
    public DbSet<MeasureProgress> MeasureProgress => Set<MeasureProgress>();
    public DbSet<Alerts.Alert> Alerts => Set<Alerts.Alert>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters; EF parameterises them per context instance.
    private Guid? CurrentMuseumId => User.MuseumId;
    private bool SeesAllMuseums => User.IsSystem;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MuseumDb).Assembly);

        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).ToList())
        {
            if (typeof(IMuseumOwned).IsAssignableFrom(type))
                builder.Entity(type).HasQueryFilter(TenantFilter, TenantPredicate(type));
            if (typeof(ISoftDeletable).IsAssignableFrom(type))
                builder.Entity(type).HasQueryFilter(SoftDeleteFilter, NotDeletedPredicate(type));
        }
    }

    private LambdaExpression TenantPredicate(Type type)
    {
        var e = Expression.Parameter(type, "e");
        var self = Expression.Constant(this, typeof(MuseumDb));
        var all = Expression.Property(self, nameof(SeesAllMuseums));
        var museum = Expression.Property(self, nameof(CurrentMuseumId));
        var owned = Expression.Convert(Expression.Property(e, nameof(IMuseumOwned.MuseumId)), typeof(Guid?));
        return Expression.Lambda(Expression.OrElse(all, Expression.Equal(owned, museum)), e);
    }

    private static LambdaExpression NotDeletedPredicate(Type type)
    {
        var e = Expression.Parameter(type, "e");
        return Expression.Lambda(Expression.Not(Expression.Property(e, nameof(ISoftDeletable.IsDeleted))), e);
    }
}
