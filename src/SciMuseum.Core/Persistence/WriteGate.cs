using System.Collections.Concurrent;
using System.Data.Common;
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

    // The file of a context's options, found once: GetConnectionString and GetDbConnection resolve EF's services (and
    // the latter makes a connection object) on every call, 10 % of a SQLite booking's CPU when asked per request.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContextOptions, string> Files = new();

    private static Writer WriterOf(MuseumDb db)
    {
        var file = Files.GetValue(db.ContextOptions, _ => db.Database.GetConnectionString() ?? "");
        return Writers.GetOrAdd(file, cs => new Lazy<Writer>(() => new Writer(db.Database.GetDbConnection().GetType(), cs))).Value;
    }

    /// <summary>
    /// Runs <paramref name="work"/> (the database's work only: no HTTP, no waiting on anything else) alone on SQLite,
    /// on the file's writer thread, and at once elsewhere.
    /// </summary>
    public static Task<T> RunAsync<T>(MuseumDb db, Func<Task<T>> work, CancellationToken ct = default) =>
        Queues(db) ? WriterOf(db).Run(work, ct) : work();

    /// <summary>
    /// Runs <paramref name="work"/> on the SQLite file's writer thread with the writer's own connection and its prepared
    /// commands (<see cref="WriterConnection"/>): no EF, no pool, no PRAGMA per call. SQLite only.
    /// </summary>
    public static Task<T> RunOnWriterConnectionAsync<T>(MuseumDb db, Func<WriterConnection, T> work, CancellationToken ct = default)
    {
        if (!Queues(db)) throw new InvalidOperationException("Only SQLite has a writer connection.");
        var writer = WriterOf(db);
        return writer.Run(() => Task.FromResult(work(writer.Connection)), ct);
    }

    /// <summary>
    /// The writer thread's own connection to the file, opened on first use (WAL, <c>synchronous=NORMAL</c>, foreign
    /// keys on) and closed after two idle seconds (so a file replaced under a running app is not written through an old
    /// handle for long); its commands are prepared once per opening and reused. Used only on the writer thread.
    /// </summary>
    public sealed class WriterConnection(Type type, string connectionString)
    {
        private DbConnection? connection;
        private readonly Dictionary<string, DbCommand> commands = [];

        public bool IsOpen => connection is not null;

        /// <summary>The command for <paramref name="sql"/>, made and prepared once, with parameters $0, $1… in order (set their values before each run).</summary>
        public DbCommand Command(string sql, int parameters)
        {
            if (commands.TryGetValue(sql, out var command)) return command;
            command = Open().CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
            {
                var p = command.CreateParameter();
                p.ParameterName = "$" + i;
                command.Parameters.Add(p);
            }
            commands[sql] = command; // Microsoft.Data.Sqlite keeps its statements prepared from the first run

            return command;
        }

        public DbConnection Open()
        {
            if (connection is not null) return connection;
            var c = (DbConnection)Activator.CreateInstance(type, connectionString)!;
            c.Open();
            using (var pragma = c.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
                pragma.ExecuteNonQuery();
            }
            return connection = c;
        }

        public void Close()
        {
            foreach (var c in commands.Values) c.Dispose();
            commands.Clear();
            connection?.Dispose();
            connection = null;
        }
    }

    private sealed class Writer
    {
        private readonly BlockingCollection<Action> queue = new();

        public WriterConnection Connection { get; }

        public Writer(Type connectionType, string connectionString)
        {
            Connection = new WriterConnection(connectionType, connectionString);
            new Thread(Loop) { IsBackground = true, Name = "SQLite writer" }.Start();
        }

        private void Loop()
        {
            while (true)
            {
                if (queue.TryTake(out var item, Connection.IsOpen ? 2000 : Timeout.Infinite)) item();
                else Connection.Close();
            }
        }

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
