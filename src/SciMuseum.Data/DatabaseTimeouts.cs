using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace SciMuseum.Data;

/// <summary>
/// How long a request may wait for the database. The drivers' defaults (30 s per command; on SQLite also 30 s asleep
/// on a busy lock; Npgsql 15 s for a connection from an exhausted pool) hold a request long after its client gave up,
/// so under overload requests piled up and failed with a 500. The web host sets shorter waits in appsettings.json
/// (<c>Database:CommandTimeoutSeconds</c>, <c>Database:ConnectTimeoutSeconds</c>) and answers those failures 503 with
/// Retry-After; the command-line tool and benchmarks keep the drivers' defaults for their long batches.
/// </summary>
public static class DatabaseTimeouts
{
    public static int? CommandSeconds(IConfiguration config) => config.GetValue<int?>("Database:CommandTimeoutSeconds") is int s && s > 0 ? s : null;

    /// <summary>Migrations and demo data at start-up are not requests: they may take minutes on a busy machine.</summary>
    public static readonly TimeSpan SetUp = TimeSpan.FromMinutes(10);

    /// <summary>The connection string with the configured connect and pool wait (Npgsql's <c>Timeout</c>) unless it sets its own.</summary>
    public static string Postgres(string connection, IConfiguration config)
    {
        var seconds = config.GetValue<int?>("Database:ConnectTimeoutSeconds") ?? 0;
        if (seconds <= 0 || new DbConnectionStringBuilder { ConnectionString = connection }.ContainsKey("Timeout")) return connection;
        return new NpgsqlConnectionStringBuilder(connection) { Timeout = seconds }.ConnectionString;
    }
}
