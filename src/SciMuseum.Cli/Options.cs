using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SciMuseum.Data;
using SciMuseum.Web;

namespace SciMuseum.Cli;

/// <summary>Options every command shares, and the services built from them.</summary>
public static class Options
{
    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "Database provider: Sqlite (default) or Postgres",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Connection string (default: SQLite file data/scimuseum.db under the current folder)",
        Recursive = true,
    };

    public static ServiceProvider Services(ParseResult parsed)
    {
        var overrides = new Dictionary<string, string?>();
        if (parsed.GetValue(Provider) is { } provider) overrides["Database:Provider"] = provider;
        if (parsed.GetValue(Connection) is { } connection) overrides["ConnectionStrings:SciMuseum"] = connection;
        var config = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddSciMuseumData(config, Directory.GetCurrentDirectory());
        services.AddSciMuseumIdentity();
        services.AddSciMuseumModules(config);
        return services.BuildServiceProvider();
    }

    /// <summary>Runs a command body: errors go to stderr with exit code 1.</summary>
    public static async Task<int> Run(ParseResult parsed, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        try
        {
            await using var services = Services(parsed);
            await using var scope = services.CreateAsyncScope();
            return await body(scope.ServiceProvider, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
