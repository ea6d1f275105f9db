using Microsoft.Extensions.Configuration;

namespace SciMuseum.Data;

/// <summary>
/// How long a request may wait for the database. The drivers' defaults (30 s per command; on SQLite also 30 s asleep
/// on a busy lock; Npgsql 15 s for a connection from an exhausted pool) hold a request long after its client gave up,
/// so under overload requests piled up and failed with a 500. The web host sets a shorter command wait in appsettings.json
/// (<c>Database:CommandTimeoutSeconds</c>) and answers those failures 503 with Retry-After; the command-line tool and
/// benchmarks keep the drivers' defaults for their long batches. The connection string is used as given (a PostgreSQL
/// operator may set <c>Timeout=</c>, the connect and pool wait, 15 s by default).
/// </summary>
public static class DatabaseTimeouts
{
    public static int? CommandSeconds(IConfiguration config) => config.GetValue<int?>("Database:CommandTimeoutSeconds") is int s && s > 0 ? s : null;

    /// <summary>Migrations and demo data at start-up are not requests: they may take minutes on a busy machine.</summary>
    public static readonly TimeSpan SetUp = TimeSpan.FromMinutes(10);
}
