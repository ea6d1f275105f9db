using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Web.Audit;

/// <summary>
/// The audit log as staff read it: each module's record and field names (its *Labels.Records) instead of class and
/// property names, and the names of the records a change points to instead of their keys. The raw JSON stays below.
/// </summary>
public static class AuditLabels
{
    private static readonly RecordLabels.Module[] Modules =
        [OrganizationLabels.Records, FinanceLabels.Records, PerformanceLabels.Records, VisitorLabels.Records, Core.Counseling.CounselingRecordLabels.Records];

    /// <summary>Bookkeeping every record has: not what a reader looks for in a change.</summary>
    private static readonly HashSet<string> Hidden = ["Id", "MuseumId", "CreatedAt", "UpdatedAt", "LedgerVersion", "IdHash", "IdProtected"];

    /// <summary>The fields that name a record, in the order tried.</summary>
    private static readonly string[] Naming = ["Name", "Title", "Label", "VoucherNumber", "DocumentNumber", "Organisation", "Code", "Year"];

    public static string Entity(string entity) => RecordLabels.Of(entity, [.. Modules.Select(m => m.Entities)]);

    /// <summary>A field's label, from its own module first (the same name can mean different things in two modules).</summary>
    public static string Property(string entity, string property)
    {
        var own = Modules.Where(m => m.Entities.ContainsKey(entity)).Select(m => m.Properties);
        return RecordLabels.Of(property, [.. own, RecordLabels.Common, .. Modules.Select(m => m.Properties)]);
    }

    public sealed record Change(string Field, string Before, string After);

    /// <summary>Each field the entry shows, labelled, with record keys replaced by the names in <paramref name="names"/>.</summary>
    public static List<Change> Changes(AuditEntry a, IReadOnlyDictionary<Guid, string> names)
    {
        var before = Fields(a.Before);
        var after = Fields(a.After);
        var keys = (a.Action == AuditAction.Update ? after.Keys : after.Keys.Union(before.Keys)).Where(k => !Hidden.Contains(k));
        return [.. keys.Select(k => new Change(Property(a.Entity, k), Show(before.GetValueOrDefault(k), names), Show(after.GetValueOrDefault(k), names)))];
    }

    /// <summary>What the record is called (its name, title, voucher number…), so a row says which one changed.</summary>
    public static string RecordName(AuditEntry a)
    {
        var fields = Fields(a.After ?? a.Before);
        if (fields.Count == 0) fields = Fields(a.Before);
        foreach (var f in Naming)
            if (fields.TryGetValue(f, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number && v.ToString() is { Length: > 0 } s) return s;
        return Formats.None;
    }

    /// <summary>The names of the departments, posts, staff, halls and budget lines the entries point to.</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(MuseumDb db, IEnumerable<AuditEntry> entries, CancellationToken ct = default)
    {
        var ids = entries.SelectMany(e => Fields(e.Before).Values.Concat(Fields(e.After).Values))
            .Where(v => v.ValueKind == JsonValueKind.String && Guid.TryParse(v.GetString(), out _))
            .Select(v => Guid.Parse(v.GetString()!)).Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        if (ids.Count == 0) return names;
        foreach (var x in await db.Departments.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Name }).ToListAsync(ct)) names[x.Id] = x.Name;
        foreach (var x in await db.Posts.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Title }).ToListAsync(ct)) names[x.Id] = x.Title;
        foreach (var x in await db.Staff.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Name }).ToListAsync(ct)) names[x.Id] = x.Name;
        foreach (var x in await db.Halls.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Name }).ToListAsync(ct)) names[x.Id] = x.Name;
        foreach (var x in await db.BudgetLines.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Code, x.Name }).ToListAsync(ct)) names[x.Id] = $"{x.Code} {x.Name}";
        foreach (var x in await db.Budgets.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Title }).ToListAsync(ct)) names[x.Id] = x.Title;
        foreach (var x in await db.Expenditures.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.VoucherNumber }).ToListAsync(ct)) names[x.Id] = x.VoucherNumber;
        return names;
    }

    private static Dictionary<string, JsonElement> Fields(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string Show(JsonElement? value, IReadOnlyDictionary<Guid, string> names) => value switch
    {
        null => Formats.None,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => Formats.None,
        { ValueKind: JsonValueKind.True } => Bilingual.L("是", "yes"),
        { ValueKind: JsonValueKind.False } => Bilingual.L("否", "no"),
        { ValueKind: JsonValueKind.String } v when Guid.TryParse(v.GetString(), out var id) =>
            names.TryGetValue(id, out var name) ? name : Bilingual.L("（另一条记录）", "(another record)"),
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? Formats.None,
        { } v => v.GetRawText(),
    };
}
