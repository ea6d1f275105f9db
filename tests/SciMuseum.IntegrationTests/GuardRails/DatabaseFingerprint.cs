using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>
/// Row counts and a checksum of every business table (every table of the model but sign-in bookkeeping, data-protection
/// keys and the alert digest, which sign-ins and the hourly job change on their own): equal fingerprints, nothing written.
/// The audit log's access entries (a confidential record read, or a request for one refused) are left out: a refused
/// request is meant to leave exactly that trace.
/// </summary>
public static class DatabaseFingerprint
{
    private static readonly string[] Skipped = ["AspNet", "DataProtectionKeys", "Alerts"];

    public static Task<Dictionary<string, (long Rows, string Hash)>> TakeAsync(SciMuseumApp app) => app.InSystemScopeAsync(async (_, db) =>
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct()
            .Where(t => !Skipped.Any(t.StartsWith)).Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync();
        try
        {
            var result = new Dictionary<string, (long, string)>();
            foreach (var table in tables) result[table] = await HashAsync(connection, table);
            return result;
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    });

    private static async Task<(long, string)> HashAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = table == "AuditLog"
            ? $"SELECT * FROM \"{table}\" WHERE \"Action\" NOT IN ('{nameof(Core.Audit.AuditAction.Read)}', '{nameof(Core.Audit.AuditAction.Refused)}')"
            : $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
                row.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
            rows.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(row.ToString()))));
        }
        rows.Sort(StringComparer.Ordinal);
        return (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(rows))))[..16]);
    }

    public static IEnumerable<string> Differences(Dictionary<string, (long Rows, string Hash)> before, Dictionary<string, (long Rows, string Hash)> after) =>
        before.Where(b => !after.TryGetValue(b.Key, out var a) || a != b.Value)
            .Select(b => $"{b.Key}: {b.Value.Rows} rows before, {(after.TryGetValue(b.Key, out var a) ? a.Rows : -1)} after (checksum {b.Value.Hash} → {a.Hash})");
}
