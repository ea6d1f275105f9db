using Npgsql;

namespace SciMuseum.Data;

/// <summary>
/// What the app adds to a PostgreSQL connection string unless the string says otherwise (issue 19).
/// <c>No Reset On Close</c>: a pooled connection is not reset (<c>DISCARD ALL</c>) each time it goes back to the pool.
/// The app keeps no session state on a connection (no SET, temp tables, LISTEN or advisory locks; a transaction left
/// open is still rolled back), so the reset only cost PostgreSQL a statement per request.
/// </summary>
public static class PostgresConnection
{
    public static string Tuned(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        if (!Says(connection, "Reset On Close") && !Says(connection, "ResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool Says(string connection, string key) => connection.Contains(key, StringComparison.OrdinalIgnoreCase);
}
