using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DataServices
{
    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c> (Sqlite, the default, or Postgres) and
    /// <c>ConnectionStrings:SciMuseum</c>. Without a connection string SQLite lives in <c>data/scimuseum.db</c>
    /// under <paramref name="contentRoot"/>, created on first run.
    /// </summary>
    public static IServiceCollection AddSciMuseumData(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var provider = ProviderOf(config);
        var connection = config.GetConnectionString("SciMuseum");
        var commandTimeout = DatabaseTimeouts.CommandSeconds(config);
        services.AddSingleton(TimeProvider.System);
        // Interceptors run on every context: audit here, and any a module adds (finance's ledger totals).
        services.AddSingleton<IInterceptor, AuditInterceptor>();
        services.AddScoped<UserContext>();

        if (provider == DatabaseProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                var folder = Path.Combine(contentRoot, "data");
                Directory.CreateDirectory(folder);
                connection = $"Data Source={Path.Combine(folder, "scimuseum.db")}";
            }
            services.AddDbContextFactory<SqliteMuseumDb>((sp, o) => Common(sp, o.UseSqlite(connection, s => s.CommandTimeout(commandTimeout)))
                .AddInterceptors(SqlitePragmas.Instance), ServiceLifetime.Scoped);
            OptionsOnce<SqliteMuseumDb>(services);
            services.AddScoped<IDbContextFactory<MuseumDb>, Upcast<SqliteMuseumDb>>();
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:SciMuseum is empty.");
            connection = PostgresConnection.Tuned(connection);
            services.AddDbContextFactory<PostgresMuseumDb>((sp, o) => Common(sp, o.UseNpgsql(connection, n => n.CommandTimeout(commandTimeout))), ServiceLifetime.Scoped);
            OptionsOnce<PostgresMuseumDb>(services);
            services.AddScoped<IDbContextFactory<MuseumDb>, Upcast<PostgresMuseumDb>>();
        }

        // The options are built once for the app (singleton: the provider, interceptors and warnings never change), the
        // factory and the contexts per scope (a context takes the scope's UserContext). Built per request, the options were
        // ~7 % of a SQLite booking's CPU (EF's warnings configuration, a logger per context; issue 19).
        // Request-scoped use: endpoints take MuseumDb; interactive pages take the factory and make one per operation.
        services.AddScoped<MuseumDb>(sp => sp.GetRequiredService<IDbContextFactory<MuseumDb>>().CreateDbContext());
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>
    /// The factory is scoped (a context takes the scope's <see cref="UserContext"/>), and EF registers the options with the
    /// factory's lifetime; they never change, so they become singletons here, with what they are built from.
    /// </summary>
    private static void OptionsOnce<T>(IServiceCollection services) where T : DbContext
    {
        for (var i = 0; i < services.Count; i++)
        {
            var d = services[i];
            if (d.Lifetime != ServiceLifetime.Scoped || (d.ServiceType != typeof(DbContextOptions<T>) && d.ServiceType != typeof(DbContextOptions)
                && d.ServiceType != typeof(IDbContextOptionsConfiguration<T>))) continue;
            services[i] = d.ImplementationFactory is { } make ? new ServiceDescriptor(d.ServiceType, make, ServiceLifetime.Singleton)
                : d.ImplementationInstance is { } instance ? new ServiceDescriptor(d.ServiceType, instance)
                : new ServiceDescriptor(d.ServiceType, d.ImplementationType!, ServiceLifetime.Singleton);
        }
    }

    // The first migration probes a database that does not exist yet; EF logs that probe as an error. Real
    // connection failures still throw, and the caller logs them.
    private static DbContextOptionsBuilder Common(IServiceProvider sp, DbContextOptionsBuilder o) => o
        .AddInterceptors(sp.GetServices<IInterceptor>())
        .ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Debug)));

    public static DatabaseProvider ProviderOf(IConfiguration config) =>
        Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    private sealed class Upcast<T>(IDbContextFactory<T> inner) : IDbContextFactory<MuseumDb> where T : MuseumDb
    {
        public MuseumDb CreateDbContext() => inner.CreateDbContext();
    }
}
