using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;

namespace SciMuseum.Core.Persistence;

/// <summary>
/// The one model of SciMuseum's data. Providers (SQLite, PostgreSQL) derive from it in SciMuseum.Data, each with its
/// own migrations. Every <see cref="IMuseumOwned"/> row is filtered to the acting museum, every
/// <see cref="ISoftDeletable"/> row hides once deleted. Each module adds its own sets in a partial of this class in its
/// folder (<c>Finance/FinanceDb.cs</c>) and its mappings as <c>IEntityTypeConfiguration</c> classes beside its entities,
/// which <see cref="OnModelCreating"/> picks up from the assembly: a new module touches no file here.
/// </summary>
public abstract partial class MuseumDb(DbContextOptions options, UserContext user)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";
    public const string SoftDeleteFilter = "SoftDelete";

    public UserContext User { get; } = user;

    /// <summary>The options the context was made with (one per provider and database in the app): a cheap key for what they imply.</summary>
    internal DbContextOptions ContextOptions { get; } = options;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> ProviderNames = new();

    /// <summary>
    /// The EF provider's name, found once per context type (<c>Database.ProviderName</c> resolves services on every
    /// call: a few percent of a booking's CPU when asked on every request).
    /// </summary>
    public string Provider => ProviderNames.GetOrAdd(GetType(), _ => Database.ProviderName ?? "");

    public bool IsSqlite => Provider == "Microsoft.EntityFrameworkCore.Sqlite";

    // Read by the query filters; EF parameterises them per context instance.
    private Guid? CurrentMuseumId => User.MuseumId;
    private bool SeesAllMuseums => User.IsSystem && User.MuseumId is null; // a system task for one museum (the command line's report) sees that one

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MuseumDb).Assembly);
        var postgres = Database.ProviderName?.Contains("Npgsql") == true;
        SqlTime.Register(builder, postgres);
        Visitors.TicketConfiguration.ByProvider(builder.Entity<Visitors.Ticket>(), postgres);

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
