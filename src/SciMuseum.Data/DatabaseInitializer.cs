using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Data.Demo;

namespace SciMuseum.Data;

/// <summary>
/// Start-up work: apply migrations, make sure the roles, a museum and the first administrator exist, and load the
/// demo museum when <c>SciMuseum:Demo</c> asks for it (2020 by default, <c>none</c> for a production install).
/// </summary>
public sealed class DatabaseInitializer(
    MuseumDb db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration config,
    IEnumerable<IDemoStep> demoSteps,
    ILogger<DatabaseInitializer> log)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        db.User.AsSystem();
        // Set-up work, not a request: migrations and the demo data may take longer than a request may wait.
        db.Database.SetCommandTimeout(DatabaseTimeouts.SetUp);
        await db.Database.MigrateAsync(ct);
        // Stored figures derived from rows written before they existed (idempotent: only while nothing is stored).
        await Core.Exhibits.ExhibitDowntimes.BackfillAsync(db, ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await MigrateAsync(ct);
        await EnsureRolesAsync();
        var demo = config["SciMuseum:Demo"] ?? "2020";
        var museum = demo.Equals("none", StringComparison.OrdinalIgnoreCase)
            ? await EnsureMuseumAsync(ct)
            : await SeedDemoAsync(demo, ct);
        await EnsureAdminAsync(museum.Id);
    }

    /// <summary>
    /// Loads the demo museum, module by module: the museum and its organisation first, then each module's
    /// <see cref="IDemoStep"/> in module order. A step whose records are missing (a database from before the module
    /// existed) loads them; one that has them is left alone.
    /// </summary>
    public async Task<Museum> SeedDemoAsync(string year, CancellationToken ct = default)
    {
        if (year != "2020") throw new ArgumentException($"No demo data for '{year}'. Known: 2020.", nameof(year));
        db.User.AsSystem();
        var museum = await db.Museums.FirstOrDefaultAsync(m => m.Code == Demo2020.MuseumCode, ct);
        if (museum is null)
        {
            museum = Demo2020.Build(db);
            await db.SaveChangesAsync(ct);
            log.LogInformation("Loaded the 2020 demo museum {Museum}", museum.Name);
        }
        foreach (var step in demoSteps)
        {
            if (await step.IsLoadedAsync(db, museum, ct)) continue;
            await step.LoadAsync(db, museum, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            log.LogInformation("Loaded the 2020 demo {Step} of {Museum}", step.Name, museum.Name);
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Demo2020Neighbours.EnsureAsync(db, museum, ct);
        log.LogInformation("Demo neighbours of {Museum} ready in {Elapsed} ms", museum.Name, started.ElapsedMilliseconds);
        return museum;
    }

    private async Task<Museum> EnsureMuseumAsync(CancellationToken ct)
    {
        db.User.AsSystem();
        var museum = await db.Museums.OrderBy(m => m.CreatedAt).FirstOrDefaultAsync(ct);
        if (museum is not null) return museum;
        museum = new Museum
        {
            Code = config["SciMuseum:Museum:Code"] ?? "main",
            Name = config["SciMuseum:Museum:Name"] ?? "科技馆",
        };
        db.Museums.Add(museum);
        StandardDepartments.AddTo(db, museum.Id);
        await db.SaveChangesAsync(ct);
        return museum;
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    private async Task EnsureAdminAsync(Guid museumId)
    {
        var email = config["SciMuseum:Admin:Email"] ?? "admin@scimuseum.local";
        if (await users.FindByEmailAsync(email) is not null) return;

        var configured = config["SciMuseum:Admin:Password"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "系统管理员", MuseumId = museumId };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Cannot create the administrator: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(admin, [Roles.SystemAdmin, Roles.MuseumLeader]);

        if (string.IsNullOrEmpty(configured))
        {
            // Printed once, to the console only (not the log files): the operator copies it and changes it.
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine($" 管理员账号 Administrator: {email}");
            Console.WriteLine($" 初始密码 Initial password: {password}");
            Console.WriteLine(" 只显示这一次 Shown this once. Set SciMuseum__Admin__Password to choose it.");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
    }

    public static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var body = RandomNumberGenerator.GetString(alphabet, 14);
        return $"Sm-{body}-9a";
    }
}
