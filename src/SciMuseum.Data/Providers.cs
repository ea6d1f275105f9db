using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data;

/// <summary>The model on SQLite: one file, nothing to install. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteMuseumDb(DbContextOptions<SqliteMuseumDb> options, UserContext user) : MuseumDb(options, user)
{
    // SQLite has no decimal type: EF would store text and sum it in C#. Whole ten-thousandths in an INTEGER are exact,
    // sum and sort natively, and let SQL add money (the ledger's monthly totals) without floating point.
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        base.ConfigureConventions(builder);
        builder.Properties<decimal>().HaveConversion<TenThousandths>();
    }

    private sealed class TenThousandths() : ValueConverter<decimal, long>(v => (long)decimal.Round(v * 10_000m), v => v / 10_000m);
}

/// <summary>The model on PostgreSQL, for many museums behind several app instances. Migrations in Migrations/Postgres.</summary>
public sealed class PostgresMuseumDb(DbContextOptions<PostgresMuseumDb> options, UserContext user) : MuseumDb(options, user);

// `dotnet ef` builds each context with these; the connection only has to parse.
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteMuseumDb>
{
    public SqliteMuseumDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMuseumDb>().UseSqlite("Data Source=design.db").Options, new UserContext().AsSystem());
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresMuseumDb>
{
    public PostgresMuseumDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMuseumDb>().UseNpgsql("Host=localhost;Database=design").Options, new UserContext().AsSystem());
}
