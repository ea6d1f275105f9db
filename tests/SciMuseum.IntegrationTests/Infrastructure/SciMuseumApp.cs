using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Data.Demo;
using Serilog.AspNetCore;

namespace SciMuseum.IntegrationTests.Infrastructure;

/// <summary>
/// The real web application on a real database of its own, loaded with the 2020 demo museum. One per test
/// collection; a test class takes it as its one parameter, so it runs unchanged on SQLite and on PostgreSQL.
/// </summary>
public abstract class SciMuseumApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@scimuseum.local";
    public const string AdminPassword = "Admin-Test-2020";
    public const string StaffPassword = "Staff-Test-2020";
    public const string CounselingKey = "dGVzdC1jb3Vuc2VsaW5nLWtleS0zMi1ieXRlcy0wMDA=";

    /// <summary>This app's own JSON log (the shared logs/ folder would mix both databases' hosts in one file).</summary>
    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), $"scimuseum-test-{Guid.NewGuid():N}.log.json");

    public abstract string Provider { get; }
    public abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:SciMuseum", ConnectionString);
        builder.UseSetting("SciMuseum:Demo", "2020");
        builder.UseSetting("SciMuseum:Admin:Email", AdminEmail);
        builder.UseSetting("SciMuseum:Admin:Password", AdminPassword);
        // Tests book from one address far faster than a visitor would; RateLimitTests checks the limit on its own host.
        builder.UseSetting("Visitors:RateLimit:Permits", "1000000");
        builder.UseSetting("Auth:RateLimit:Permits", "1000000");
        // Tests answer surveys at machine speed; the minimum fill time (3 s by default) is checked by its own unit test.
        builder.UseSetting("Surveys:MinimumFillSeconds", "0");
        // The counseling key comes from configuration, never the database (a fixed test key; production keeps its own apart).
        builder.UseSetting("SciMuseum:Counseling:KeyId", "test1");
        builder.UseSetting("SciMuseum:Counseling:Key", CounselingKey);
        // Serilog reads its sinks late, from app configuration (through UseSetting it finds no sink name).
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(LogTo(LogFile)));
    }

    public static Dictionary<string, string?> LogTo(string file) => new()
    {
        ["Serilog:WriteTo:0:Name"] = "File",
        ["Serilog:WriteTo:0:Args:path"] = file,
        ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
    };

    public Task InitializeAsync()
    {
        _ = Server; // builds the host: migrations, roles, demo museum and administrator
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        File.Delete(LogFile);
    }

    protected abstract Task DropDatabaseAsync();

    public Task<Guid> DemoMuseumIdAsync() =>
        InSystemScopeAsync((_, db) => db.Museums.Where(m => m.Code == Demo2020.MuseumCode).Select(m => m.Id).SingleAsync());

    public Task<Guid> DepartmentIdAsync(Guid museumId, DepartmentKind kind) => InSystemScopeAsync((_, db) =>
        db.Departments.Where(d => d.MuseumId == museumId && d.Kind == kind).Select(d => d.Id).FirstAsync());

    /// <summary>Work straight on the database, across museums and past the soft-delete filter's reach when asked.</summary>
    public async Task<T> InSystemScopeAsync<T>(Func<IServiceProvider, MuseumDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().AsSystem();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<MuseumDb>());
    }

    /// <summary>A new museum with the seven standard departments; <paramref name="province"/> groups museums for province viewers.</summary>
    public Task<TestMuseum> CreateMuseumAsync(string? province = null) => InSystemScopeAsync(async (_, db) =>
    {
        var code = "t" + Guid.NewGuid().ToString("N")[..12];
        var museum = new Museum { Code = code, Name = "测试科技馆 " + code, Province = province ?? "测试省" + code, City = "测试市" };
        db.Museums.Add(museum);
        var departments = StandardDepartments.AddTo(db, museum.Id);
        await db.SaveChangesAsync();
        return new TestMuseum(museum.Id, code, museum.Province, departments.ToDictionary(d => d.Key, d => d.Value.Id));
    });

    /// <summary>A staff account made the way an administrator makes one; returns its email (= user name).</summary>
    public Task<string> CreateUserAsync(Guid? museumId, params string[] roles) => InSystemScopeAsync(async (services, _) =>
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var email = $"u{Guid.NewGuid():N}@test.local";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "测试用户", MuseumId = museumId };
        var created = await users.CreateAsync(user, StaffPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0) Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return email;
    });

    /// <summary>Rows in the staff table and the audit log, deleted ones included, every museum: what "nothing written" compares.</summary>
    public Task<(int Staff, int Audit)> CountRowsAsync() => InSystemScopeAsync(async (_, db) =>
        (await db.Staff.IgnoreQueryFilters().CountAsync(), await db.AuditEntries.IgnoreQueryFilters().CountAsync()));
}

public sealed record TestMuseum(Guid Id, string Code, string Province, IReadOnlyDictionary<DepartmentKind, Guid> Departments);

public sealed class SqliteApp : SciMuseumApp
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"scimuseum-test-{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";
    public override string ConnectionString => $"Data Source={file}";

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            File.Delete(path);
        return Task.CompletedTask;
    }
}

/// <summary>
/// PostgreSQL from <c>SCIMUSEUM_TEST_PG</c> (server and credentials, no database): each app makes its own database
/// there and drops it at the end. Without the variable the tests fail; they never skip.
/// </summary>
public sealed class PostgresApp : SciMuseumApp
{
    private readonly string server = Environment.GetEnvironmentVariable("SCIMUSEUM_TEST_PG") is { Length: > 0 } pg
        ? pg
        : throw new InvalidOperationException(
            "SCIMUSEUM_TEST_PG is not set: the PostgreSQL tests need a server, e.g. SCIMUSEUM_TEST_PG=\"Host=127.0.0.1;Port=5432;Username=postgres\". "
            + "scripts/test.sh starts a throw-away one.");
    private readonly string database = $"scimuseum_{Guid.NewGuid():N}";

    public override string Provider => "Postgres";
    public override string ConnectionString => $"{server};Database={database}";

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition("sqlite")]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>;

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>;
