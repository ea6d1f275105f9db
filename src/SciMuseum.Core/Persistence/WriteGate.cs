using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace SciMuseum.Core.Persistence;

/// <summary>
/// SQLite has one write lock per database file, and Microsoft.Data.Sqlite waits for it by sleeping and retrying
/// (dotnet/efcore#36658), so concurrent writers of one process spend their time asleep. The hot write paths (booking,
/// gate) run their transactions through this gate: on SQLite they queue for one writer thread per database file, which
/// runs them one after the other and meets no busy lock from them. WAL (set at start-up) lets readers go on beside it.
/// On PostgreSQL the gate is a no-op: rows lock there, not the database. Never call it from work it runs.
/// </summary>
/// <remarks>
/// Why a thread of its own (issue 19): with a semaphore each hand-over from one writer to the next went through the
/// thread pool's queue, behind every other request's work, so under a booking storm a write that takes well under a
/// millisecond held the gate for ~10 ms. The writer thread runs the next transaction as soon as the last one ends:
/// Microsoft.Data.Sqlite's async calls complete synchronously, so a transaction runs there whole.
/// </remarks>
public static class WriteGate
{
    private static readonly ConcurrentDictionary<string, Lazy<Writer>> Writers = new();

    /// <summary>Whether this database has one writer at a time (SQLite), so its writes queue here.</summary>
    public static bool Queues(MuseumDb db) => db.IsSqlite;

    private static Writer WriterOf(MuseumDb db) => Writers.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new Lazy<Writer>(() => new Writer())).Value;

    /// <summary>
    /// Runs <paramref name="work"/> (the database's work only: no HTTP, no waiting on anything else) alone on SQLite,
    /// on the file's writer thread, and at once elsewhere.
    /// </summary>
    public static Task<T> RunAsync<T>(MuseumDb db, Func<Task<T>> work, CancellationToken ct = default) =>
        Queues(db) ? WriterOf(db).Run(work, ct) : work();

    private sealed class Writer
    {
        private readonly BlockingCollection<Action> queue = new();

        public Writer() => new Thread(() => { foreach (var item in queue.GetConsumingEnumerable()) item(); })
            { IsBackground = true, Name = "SQLite writer" }.Start();

        /// <summary>Queues the work; the writer runs it whole before the next.</summary>
        public Task<T> Run<T>(Func<Task<T>> work, CancellationToken ct)
        {
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            var flow = ExecutionContext.Capture();
            var cancel = ct.CanBeCanceled ? ct.Register(() => done.TrySetCanceled(ct)) : default;
            queue.Add(() =>
            {
                cancel.Dispose();
                if (done.Task.IsCompleted) return; // cancelled while queued: never started
                void Body()
                {
                    try
                    {
                        done.TrySetResult(work().GetAwaiter().GetResult());
                    }
                    catch (OperationCanceledException e) { done.TrySetCanceled(e.CancellationToken); }
                    catch (Exception e) { done.TrySetException(e); }
                }
                if (flow is null) Body();
                else ExecutionContext.Run(flow, _ => Body(), null);
            });
            return done.Task;
        }
    }
}
