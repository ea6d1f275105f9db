using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Data;

namespace SciMuseum.Cli;

public static class DbCommands
{
    public static Command Build()
    {
        var migrate = new Command("migrate", "Create the database if needed and apply every pending migration");
        migrate.SetAction((parsed, ct) => Options.Run(parsed, async (services, token) =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
            Console.WriteLine("Database is up to date.");
            return 0;
        }, ct));
        return new Command("db", "Database maintenance") { migrate };
    }
}

public static class SeedCommand
{
    public static Command Build()
    {
        var demo = new Option<string>("--demo") { Description = "Demo data set to load (2020: the Nanyang museum of the seed report)", Required = true };
        var seed = new Command("seed", "Migrate, then load a demo museum (skipped if it is already there)") { demo };
        seed.SetAction((parsed, ct) => Options.Run(parsed, async (services, token) =>
        {
            var init = services.GetRequiredService<DatabaseInitializer>();
            await init.MigrateAsync(token);
            await init.EnsureRolesAsync();
            var museum = await init.SeedDemoAsync(parsed.GetValue(demo)!, token);
            Console.WriteLine($"Demo museum ready: {museum.Name} ({museum.Code}).");
            return 0;
        }, ct));
        return seed;
    }
}
