using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// A group's member list (团体名单) as a spreadsheet: 姓名, 证件类型, 证件号码. Read all or nothing: every bad row and
/// column is reported and no member is taken from a file with any error.
/// </summary>
public static class GroupMembers
{
    public const string SheetName = "团体名单";

    public static readonly ImportColumn Name = new("姓名", true, "与证件上的姓名一致，最多 30 个字符。");
    public static readonly ImportColumn Type = new("证件类型", true, "居民身份证、港澳居民来往内地通行证、台湾居民来往大陆通行证、护照、外国人永久居留身份证；可简写为 身份证。");
    public static readonly ImportColumn Number = new("证件号码", true, "居民身份证为 18 位并核对校验位；其他证件核对格式。同一证件不能出现两次。");
    public static readonly IReadOnlyList<ImportColumn> Columns = [Name, Type, Number];

    /// <summary>Rows of the template: a teacher and a pupil with made-up, checksum-valid IDs.</summary>
    public static IEnumerable<object?[]> Examples =>
    [
        ["王老师", "居民身份证", "411302198503150020"],
        ["李小明", "居民身份证", "411302201506010036"],
    ];

    private static readonly WordList<IdType> Types = new(
        IdDocuments.Names.Select(n => (n.Value, n.Key)),
        [("身份证", IdType.ResidentId), ("港澳通行证", IdType.HongKongMacauPermit), ("台湾通行证", IdType.TaiwanPermit), ("台胞证", IdType.TaiwanPermit),
         ("永久居留证", IdType.ForeignPermanentResident)]);

    /// <summary>The members of a sheet (row 1 the header), or every problem with its row and column.</summary>
    public static ImportOutcome Parse(IReadOnlyList<IReadOnlyList<object?>> rows, TimeProvider clock, out List<BookVisit.VisitorInput> members)
    {
        members = [];
        var errors = new List<ImportError>();
        var sheet = ImportSheet.Open(rows, Columns, errors);
        var validator = new BookVisit.VisitorValidator(clock);
        var seen = new Dictionary<string, int>();
        foreach (var row in sheet.Rows(errors))
        {
            var (name, _) = ImportCells.String(row[Name], 200);
            var type = row.Read(Type, c => ImportCells.Word(c, Types));
            var number = ImportCells.Text(row[Number]);
            var input = new BookVisit.VisitorInput(name, type, number);
            foreach (var failure in validator.Validate(input).Errors)
            {
                // Property names may come camel-cased (the API's JSON names).
                var column = failure.PropertyName.ToLowerInvariant() switch
                {
                    "name" => Name,
                    "idtype" => Type,
                    _ => Number,
                };
                if (column != Type) row.Fail(column, failure.ErrorMessage);
            }
            if (type is { } t && number.Length > 0)
            {
                var key = $"{t}:{IdDocuments.Normalize(number)}";
                if (seen.TryGetValue(key, out var first)) row.Fail(Number, L($"与第 {first} 行的证件重复。", $"The same ID as row {first}."));
                else seen[key] = row.Number;
            }
            if (row.Valid) members.Add(input);
        }
        if (errors.Count > 0)
        {
            members = [];
            return ImportSheet.Reject(errors, Columns);
        }
        return new MembersImported(members.Count);
    }

    /// <summary>Replaces a pending request's member list; a list longer than the headcount is refused.</summary>
    public static async Task<Result<GroupVisit>> ReplaceAsync(MuseumDb db, VisitorSecrets secrets, Guid id, List<BookVisit.VisitorInput> members, CancellationToken ct = default)
    {
        var group = await db.Set<GroupVisit>().Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return Groups.NotFound();
        if (group.Status != GroupStatus.Pending) return Groups.NotPending(group.Status);
        if (members.Count > group.Headcount)
            return Refusal.OnField("file", $"名单有 {members.Count} 人，多于申报的 {group.Headcount} 人。",
                $"The list has {members.Count} people, more than the {group.Headcount} declared.");
        // Added explicitly: members carry their keys already, so the change tracker would take them for existing rows.
        List<GroupMember> fresh = [.. members.Select(m => ToMember(secrets, m))];
        fresh.ForEach(m => m.GroupVisitId = group.Id);
        db.RemoveRange(group.Members);
        db.AddRange(fresh);
        group.Members = fresh;
        await db.SaveChangesAsync(ct);
        return group;
    }

    public static GroupMember ToMember(VisitorSecrets secrets, BookVisit.VisitorInput m) => new()
    {
        Name = m.Name!.Trim(), IdType = m.IdType!.Value, IdMasked = IdDocuments.Mask(m.IdNumber!),
        IdProtected = secrets.Protect(IdDocuments.Normalize(m.IdNumber)), IdHash = secrets.Hash(m.IdType.Value, m.IdNumber!),
    };
}

/// <summary>A member file read without error: how many members it lists.</summary>
public sealed record MembersImported(int Members) : ImportOutcome;
