using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace SciMuseum.Core.Persistence;

/// <summary>
/// A hot path's one statement on PostgreSQL without EF (issue 19): a connection of its own from the provider's pool (the
/// same pool as EF's: same connection string), a command with positional parameters ($1, $2… in the order added),
/// prepared once per pooled connection and kept there (Npgsql's persistent prepared statements: later runs find it
/// without a round trip, and PostgreSQL neither parses nor plans it again). The context's own connection is not used:
/// getting it first builds EF's services for the context, 15 % of a check-in's CPU in the 18:40 profile. So the
/// statement is its own transaction: never call this inside one.
/// </summary>
public sealed class PostgresCommand : IAsyncDisposable
{
    private sealed record Source(DbProviderFactory Factory, string ConnectionString);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContextOptions, Source> Sources = new();

    private readonly DbConnection connection;
    public DbCommand Command { get; }

    private PostgresCommand(DbConnection connection, string sql)
    {
        this.connection = connection;
        Command = connection.CreateCommand();
        Command.CommandText = sql;
    }

    public static Task<PostgresCommand> OpenAsync(MuseumDb db, string sql, CancellationToken ct) =>
        OpenAsync(Sources.GetValue(db.ContextOptions, _ =>
        {
            var own = db.Database.GetDbConnection();
            return new Source(DbProviderFactories.GetFactory(own)!, db.Database.GetConnectionString() ?? own.ConnectionString);
        }), sql, ct);

    /// <summary>
    /// The same without a context, for a request that may need none (the gate's QR scan): null until a context with these
    /// options has run a statement here (which also means the options are PostgreSQL's).
    /// </summary>
    public static Task<PostgresCommand>? TryOpenAsync(DbContextOptions options, string sql, CancellationToken ct) =>
        Sources.TryGetValue(options, out var source) ? OpenAsync(source, sql, ct) : null;

    private static async Task<PostgresCommand> OpenAsync(Source source, string sql, CancellationToken ct)
    {
        var connection = source.Factory.CreateConnection()!;
        connection.ConnectionString = source.ConnectionString;
        try
        {
            await connection.OpenAsync(ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return new PostgresCommand(connection, sql);
    }

    /// <summary>Adds the next parameter; <paramref name="type"/> only where the value may be null (a null has no type of its own).</summary>
    public PostgresCommand Add(object? value, DbType? type = null)
    {
        var p = Command.CreateParameter(); // unnamed: $1, $2… in order
        if (type is { } t) p.DbType = t;
        p.Value = value ?? DBNull.Value;
        Command.Parameters.Add(p);
        return this;
    }

    public async Task<DbDataReader> ReadAsync(CancellationToken ct)
    {
        await Command.PrepareAsync(ct);
        return await Command.ExecuteReaderAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Command.DisposeAsync();
        await connection.DisposeAsync();
    }
}
