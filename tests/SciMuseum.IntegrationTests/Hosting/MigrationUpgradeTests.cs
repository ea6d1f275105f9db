using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Data;

namespace SciMuseum.IntegrationTests.Hosting;

/// <summary>
/// The schema is released: a database made by the previous migration, holding rows, migrates to the latest and keeps
/// them. Rows are written with SQL as that schema had them (the current model may have more columns), then read back
/// through the current model.
/// </summary>
public sealed class MigrationUpgradeTests
{
    [Fact]
    public async Task Rows_written_at_the_previous_migration_survive_the_upgrade_on_sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"scimuseum-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await UpgradeKeepsRowsAsync(
                () => new SqliteMuseumDb(new DbContextOptionsBuilder<SqliteMuseumDb>().UseSqlite($"Data Source={file}").Options, new UserContext().AsSystem()),
                sqlite: true);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Rows_written_at_the_previous_migration_survive_the_upgrade_on_postgres()
    {
        var server = Environment.GetEnvironmentVariable("SCIMUSEUM_TEST_PG") is { Length: > 0 } pg
            ? pg : throw new InvalidOperationException("SCIMUSEUM_TEST_PG is not set (scripts/test.sh starts a throw-away PostgreSQL).");
        var database = $"scimuseum_upgrade_{Guid.NewGuid():N}";
        try
        {
            await UpgradeKeepsRowsAsync(
                () => new PostgresMuseumDb(new DbContextOptionsBuilder<PostgresMuseumDb>().UseNpgsql($"{server};Database={database}").Options, new UserContext().AsSystem()),
                sqlite: false);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_carry_on_either_provider()
    {
        using var sqlite = new SqliteMuseumDb(new DbContextOptionsBuilder<SqliteMuseumDb>().UseSqlite("Data Source=:memory:").Options, new UserContext().AsSystem());
        Assert.False(sqlite.Database.HasPendingModelChanges(), "The SQLite model changed without a migration: run scripts/add-migration.sh NAME.");
        using var postgres = new PostgresMuseumDb(new DbContextOptionsBuilder<PostgresMuseumDb>().UseNpgsql("Host=localhost;Database=design").Options, new UserContext().AsSystem());
        Assert.False(postgres.Database.HasPendingModelChanges(), "The PostgreSQL model changed without a migration: run scripts/add-migration.sh NAME.");
    }

    private static async Task UpgradeKeepsRowsAsync(Func<MuseumDb> open, bool sqlite)
    {
        var museumId = Guid.NewGuid();
        var budgetId = Guid.NewGuid();
        var lineId = Guid.NewGuid();
        string previous;
        await using (var db = open())
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.NotEmpty(all);
            // With one migration the upgrade is that migration itself; from the second on, it is the last one landed.
            previous = all.Count >= 2 ? all[^2] : all[0];
            await db.GetService<IMigrator>().MigrateAsync(previous);

            object Id(Guid g) => sqlite ? g.ToString().ToUpperInvariant() : g;
            object Money(decimal yuan) => sqlite ? (long)(yuan * 10_000m) : yuan;
            object Now() => sqlite ? "2020-01-10 08:00:00" : new DateTime(2020, 1, 10, 8, 0, 0, DateTimeKind.Utc);
            object Plan() => sqlite ? "[]" : Array.Empty<decimal>();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Museums\" (\"Id\", \"Code\", \"Name\", \"NameEn\", \"Level\", \"Province\", \"City\", \"Address\", \"Phone\", \"OpeningHours\", \"Introduction\", \"Supervisor\", \"CreatedAt\", \"UpdatedAt\") "
                + "VALUES ({0}, 'upgrade', '升级测试科技馆', '', '', '河南省', '南阳市', '', '', '', '', '', {1}, {1})", Id(museumId), Now());
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Budgets\" (\"Id\", \"Year\", \"Title\", \"ApprovalDocument\", \"CreatedAt\", \"UpdatedAt\", \"MuseumId\", \"IsDeleted\") "
                + "VALUES ({0}, 2020, '2020年部门预算', '', {1}, {1}, {2}, FALSE)", Id(budgetId), Now(), Id(museumId));
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"BudgetLines\" (\"Id\", \"BudgetId\", \"Code\", \"Name\", \"Kind\", \"Source\", \"EconomicClass\", \"Approved\", \"IsThreePublic\", \"SortOrder\", \"MonthlyPlan\", \"LedgerVersion\", \"CreatedAt\", \"UpdatedAt\", \"MuseumId\", \"IsDeleted\") "
                + "VALUES ({0}, {1}, 'P05', '青少年创意编程与智能设计大赛', 'Project', 'LocalFiscal', '302', {2}, FALSE, 1, {3}, 0, {4}, {4}, {5}, FALSE)",
                Id(lineId), Id(budgetId), Money(50_000.25m), Plan(), Now(), Id(museumId));
        }

        await using (var db = open())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var museum = await db.Museums.IgnoreQueryFilters().SingleAsync(m => m.Id == museumId);
            Assert.Equal("升级测试科技馆", museum.Name);
            var line = await db.BudgetLines.IgnoreQueryFilters().Include(l => l.Budget).SingleAsync(l => l.Id == lineId);
            Assert.Equal(50_000.25m, line.Approved);
            Assert.Equal(2020, line.Budget!.Year);
            Assert.Equal("P05", line.Code);
        }
    }
}
