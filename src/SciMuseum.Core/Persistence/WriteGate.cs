using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace SciMuseum.Core.Persistence;

/// <summary>
/// SQLite has one write lock per database file, and Microsoft.Data.Sqlite waits for it by sleeping and retrying
/// (dotnet/efcore#36658), so concurrent writers of one process spend their time asleep. The hot write paths (booking,
/// gate) enter this gate first: their transactions queue in the process, one at a time, and meet no busy lock from
/// each other. WAL (set at start-up) lets readers go on beside the writer. On PostgreSQL the gate is a no-op: rows lock
/// there, not the database. Never enter it twice in one flow (it is not re-entrant).
/// </summary>
public static class WriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    public static async ValueTask<Held> EnterAsync(MuseumDb db, CancellationToken ct = default)
    {
        if (db.Database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite") return default;
        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Held(gate);
    }

    public readonly struct Held(SemaphoreSlim? gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate?.Release();
            return ValueTask.CompletedTask;
        }
    }
}
