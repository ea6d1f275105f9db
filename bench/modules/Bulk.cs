using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using SciMuseum.Core.Persistence;

/// <summary>
/// Loads entities past the change tracker, column by column as EF's own model maps them (names, converters, stored
/// forms): binary COPY on PostgreSQL, one prepared INSERT reused in one transaction on SQLite. For benchmarks only:
/// no interceptors run, so the rows carry no audit entries.
/// </summary>
internal static class Bulk
{
    public static async Task InsertAsync<T>(MuseumDb db, IEnumerable<T> rows) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name);
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var properties = type.GetProperties().ToList();
        var columns = properties.Select(p => $"\"{p.GetColumnName(store)}\"").ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        if (connection is NpgsqlConnection pg)
        {
            // The importer holds the connection in its COPY state until it is disposed, so it is disposed before ANALYZE.
            await using (var copy = await pg.BeginBinaryImportAsync($"COPY \"{table}\" ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var row in rows)
                {
                    await copy.StartRowAsync();
                    foreach (var p in properties)
                    {
                        var value = p.GetGetter().GetClrValue(row);
                        if (value is not null && p.GetTypeMapping().Converter is { } converter) value = converter.ConvertToProvider(value);
                        if (value is null) await copy.WriteNullAsync();
                        else await copy.WriteAsync(value);
                    }
                }
                await copy.CompleteAsync();
            }
            await using (var analyze = new NpgsqlCommand($"ANALYZE \"{table}\"", pg)) await analyze.ExecuteNonQueryAsync();
            return;
        }
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns)}) VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})";
        var mappings = properties.Select(p => (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping)p.GetTypeMapping()).ToList();
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                // The mapping makes the parameter as EF would (converter, stored form); its value is then reused in place.
                var made = mappings[i].CreateParameter(command, $"@p{i}", properties[i].GetGetter().GetClrValue(row), properties[i].IsNullable);
                if (command.Parameters.Count <= i) command.Parameters.Add(made);
                else command.Parameters[i].Value = made.Value;
            }
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
