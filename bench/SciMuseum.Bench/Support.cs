using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Bench;

internal static class Args
{
    public static Dictionary<string, string> Parse(string[] args) =>
        args.Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--")).ToDictionary(p => p[0][2..], p => p[1]);
}

internal static class Timing
{
    /// <summary>One warm-up, then the median of seven runs, in milliseconds.</summary>
    public static async Task<double> MedianAsync<T>(Func<Task<T>> run)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(times.Count / 2);
    }
}

/// <summary>Bulk-loads a synthetic ledger past the ORM (batched inserts on SQLite, binary COPY on PostgreSQL).</summary>
internal static class Ledger
{
    public static async Task<Guid> LoadAsync(MuseumDb db, int year, int lines, int expenditures)
    {
        db.User.AsSystem();
        var museum = new Museum { Code = $"bench{Guid.NewGuid():N}"[..20], Name = "基准测试科技馆" };
        db.Museums.Add(museum);
        var budget = new Budget { MuseumId = museum.Id, Year = year, Title = "基准预算" };
        db.Budgets.Add(budget);
        var lineIds = new List<Guid>();
        for (var i = 0; i < lines; i++)
        {
            var line = new BudgetLine { MuseumId = museum.Id, BudgetId = budget.Id, Code = $"L{i:000}", Name = $"项目 {i}", Kind = LineKind.Project, Approved = 1_000_000m, SortOrder = i };
            db.BudgetLines.Add(line);
            lineIds.Add(line.Id);
            db.Receipts.Add(new Receipt { MuseumId = museum.Id, LineId = line.Id, Date = new DateOnly(year, 1, 10), Amount = 600_000m });
            db.Receipts.Add(new Receipt { MuseumId = museum.Id, LineId = line.Id, Date = new DateOnly(year, 7, 10), Amount = 400_000m });
        }
        await db.SaveChangesAsync();
        var random = new Random(42);
        var rows = Enumerable.Range(0, expenditures).Select(i => (
            Line: lineIds[i % lines],
            Date: new DateOnly(year, 1, 1).AddDays(random.Next(365)),
            Amount: random.Next(1, 100_000) / 100m,
            Voucher: $"B{i:D8}"));
        if (db.Database.IsNpgsql()) await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), museum.Id, rows);
        else await InsertAsync(db.Database.GetDbConnection(), museum.Id, rows);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("ANALYZE \"Expenditures\"");
        await LedgerTotals.RebuildAsync(db, museum.Id); // the bulk load went past EF, and so past the interceptor
        return museum.Id;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, Guid museum, IEnumerable<(Guid Line, DateOnly Date, decimal Amount, string Voucher)> rows)
    {
        await connection.OpenAsync();
        var now = DateTime.UtcNow;
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY \"Expenditures\" (\"Id\", \"LineId\", \"Date\", \"Amount\", \"Payee\", \"Category\", \"IsProcurement\", \"ProcurementMethod\", "
            + "\"ContractNumber\", \"VoucherNumber\", \"Note\", \"OverrideReason\", \"CreatedAt\", \"UpdatedAt\", \"MuseumId\", \"IsDeleted\") FROM STDIN (FORMAT BINARY)");
        foreach (var r in rows)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(r.Line, NpgsqlDbType.Uuid);
            await copy.WriteAsync(r.Date, NpgsqlDbType.Date);
            await copy.WriteAsync(r.Amount, NpgsqlDbType.Numeric);
            await copy.WriteAsync("供应商", NpgsqlDbType.Text);
            await copy.WriteAsync("General", NpgsqlDbType.Text);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            await copy.WriteAsync("", NpgsqlDbType.Text);
            await copy.WriteAsync("", NpgsqlDbType.Text);
            await copy.WriteAsync(r.Voucher, NpgsqlDbType.Text);
            await copy.WriteAsync("", NpgsqlDbType.Text);
            await copy.WriteAsync("", NpgsqlDbType.Text);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(museum, NpgsqlDbType.Uuid);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean);
        }
        await copy.CompleteAsync();
    }

    // SQLite keeps EF's stored forms: upper-case GUID text, ISO dates, money in whole ten-thousandths.
    private static async Task InsertAsync(DbConnection connection, Guid museum, IEnumerable<(Guid Line, DateOnly Date, decimal Amount, string Voucher)> rows)
    {
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO \"Expenditures\" (\"Id\", \"LineId\", \"Date\", \"Amount\", \"Payee\", \"Category\", \"IsProcurement\", \"ProcurementMethod\", "
            + "\"ContractNumber\", \"VoucherNumber\", \"Note\", \"OverrideReason\", \"CreatedAt\", \"UpdatedAt\", \"MuseumId\", \"IsDeleted\") "
            + "VALUES ($id, $line, $date, $amount, '供应商', 'General', 0, '', '', $voucher, '', '', $now, $now, $museum, 0)";
        var id = Parameter(insert, "$id");
        var line = Parameter(insert, "$line");
        var date = Parameter(insert, "$date");
        var amount = Parameter(insert, "$amount");
        var voucher = Parameter(insert, "$voucher");
        Parameter(insert, "$now").Value = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF");
        Parameter(insert, "$museum").Value = museum.ToString().ToUpperInvariant();
        await insert.PrepareAsync();
        foreach (var r in rows)
        {
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            line.Value = r.Line.ToString().ToUpperInvariant();
            date.Value = r.Date.ToString("yyyy-MM-dd");
            amount.Value = (long)(r.Amount * 10_000m);
            voucher.Value = r.Voucher;
            await insert.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }

    /// <summary>The same per-line sums as the execution table, straight in SQL over the ledger, or over the monthly totals.</summary>
    public static async Task<int> RawGroupByAsync(MuseumDb db, Guid museum, int year, bool monthly = false)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var isPg = db.Database.IsNpgsql();
        command.CommandText = monthly
            ? "SELECT \"LineId\", SUM(\"Spent\") FROM \"LedgerMonths\" WHERE \"MuseumId\" = @m AND \"Year\" = " + year + " GROUP BY \"LineId\""
            : "SELECT \"LineId\", SUM(\"Amount\") FROM \"Expenditures\" WHERE \"MuseumId\" = @m AND NOT \"IsDeleted\" "
                + "AND \"Date\" >= @from AND \"Date\" <= @to GROUP BY \"LineId\"";
        AddValue(command, "@m", isPg ? museum : museum.ToString().ToUpperInvariant());
        AddValue(command, "@from", isPg ? new DateOnly(year, 1, 1) : $"{year}-01-01");
        AddValue(command, "@to", isPg ? new DateOnly(year, 12, 31) : $"{year}-12-31");
        var count = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) count++;
        return count;
    }

    private static void AddValue(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}

/// <summary>With <c>--log-sql true</c>: each SQL command EF runs, with its time, on standard error (to find the slow one).</summary>
internal sealed class SqlLog : Microsoft.Extensions.Logging.ILoggerProvider, Microsoft.Extensions.Logging.ILogger
{
    public Microsoft.Extensions.Logging.ILogger CreateLogger(string category) =>
        category == "Microsoft.EntityFrameworkCore.Database.Command" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel level) => level >= Microsoft.Extensions.Logging.LogLevel.Information;
    public void Log<TState>(Microsoft.Extensions.Logging.LogLevel level, Microsoft.Extensions.Logging.EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (id.Name?.EndsWith("CommandExecuted") == true) Console.Error.WriteLine(formatter(state, exception) + "\n");
    }
    public void Dispose() { }
}
