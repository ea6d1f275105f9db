using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

public sealed record ExhibitsImported(int Exhibits) : ImportOutcome;

/// <summary>
/// Register exhibits from a spreadsheet, all or nothing. Its columns are the register export's, so an exported sheet with
/// new codes imports as it stands. Codes are new ones only: a code already in the register (also a removed exhibit's, its
/// label may still hang somewhere) or twice in the file is a row error, as in the form. Halls and renewal projects are
/// named as the pages show them.
/// </summary>
public static class ImportExhibits
{
    public const string SheetName = "展品";

    public static readonly ImportColumn Code = new("编号", true, "必填。展品编号，本馆唯一（也不能与已登记或已删除展品的编号相同），最多 30 个字符，只能含字母、数字和连字符，会印在二维码标签里。");
    public static readonly ImportColumn Name = new("名称", true, "必填。展品名称，最多 100 个字符。");
    public static readonly ImportColumn Hall = new("展厅", false, "展厅名称，须与“部门与岗位”中展厅的名称一致；类别为大篷车或状态为巡展中的展品不填，其余必填。");
    public static readonly ImportColumn Category = new("类别", true, "必填。可填：互动、展示、多媒体、大篷车。");
    public static readonly ImportColumn Supplier = new("供应商", false, "选填。最多 100 个字符。");
    public static readonly ImportColumn PurchaseDate = new("购置日期", false, "选填。如 2020-11-20；从这一天起计入在展展品。");
    public static readonly ImportColumn Cost = new("金额(元)", false, "选填。购置金额，单位元，不小于 0，最多两位小数。");
    public static readonly ImportColumn WarrantyEnd = new("保修截止", false, "选填。如 2023-11-19。");
    public static readonly ImportColumn Status = new("状态", false, "选填，空白为 完好。可填：完好、故障、维修中、已报废、巡展中。");
    public static readonly ImportColumn Renewal = new("更新改造项目", false, "选填。本馆更新改造项目的名称。");
    public static readonly ImportColumn Note = new("备注", false, "选填。最多 1000 个字符。");

    public static readonly IReadOnlyList<ImportColumn> Columns = [Code, Name, Hall, Category, Supplier, PurchaseDate, Cost, WarrantyEnd, Status, Renewal, Note];

    public static readonly WordList<ExhibitCategory> Categories = new(
        [("互动", ExhibitCategory.Interactive), ("展示", ExhibitCategory.Display), ("多媒体", ExhibitCategory.Multimedia), ("大篷车", ExhibitCategory.Caravan)],
        [("互动展品", ExhibitCategory.Interactive), ("展示展品", ExhibitCategory.Display), ("科普大篷车", ExhibitCategory.Caravan)]);

    public static readonly WordList<ExhibitStatus> Statuses = new(
        [("完好", ExhibitStatus.InService), ("故障", ExhibitStatus.Faulty), ("维修中", ExhibitStatus.UnderRepair), ("已报废", ExhibitStatus.Retired), ("巡展中", ExhibitStatus.OnTour)],
        [("在用", ExhibitStatus.InService), ("报废", ExhibitStatus.Retired)]);

    /// <summary>The template's example rows: one in a hall of the demo museum, one caravan exhibit.</summary>
    public static IEnumerable<object?[]> Examples =>
    [
        ["E1-101", "静电球", "一楼 探索与发现", "互动", "某科教设备有限公司", new DateTime(2021, 3, 1), 12_800m, new DateTime(2024, 2, 28), "完好", "", ""],
        ["CV-101", "车载陀螺仪", "", "大篷车", "", new DateTime(2021, 3, 1), 3_500m, null, "", "", "随大篷车巡展"],
    ];

    private sealed record Row(int Number, SaveExhibit.Command Command, string Hall, string Renewal);

    public static async Task<ImportOutcome> HandleAsync(MuseumDb db, IReadOnlyList<IReadOnlyList<object?>> sheet, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var rows = Parse(sheet, errors);

        var halls = (await db.Halls.AsNoTracking().Select(h => new { h.Id, h.Name }).ToListAsync(ct)).GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().Id);
        var projects = (await db.RenewalProjects.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct)).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Id);
        var codes = rows.Select(r => r.Command.Code!).Where(c => c.Length > 0).ToList();
        var taken = (await db.Exhibits.IgnoreQueryFilters([MuseumDb.SoftDeleteFilter]).Where(e => codes.Contains(e.Code)).Select(e => e.Code).ToListAsync(ct)).ToHashSet();

        var validator = new SaveExhibit.Validator();
        var commands = new List<SaveExhibit.Command>();
        foreach (var row in rows)
        {
            if (taken.Contains(row.Command.Code!))
                errors.Add(new(row.Number, Code.Header, L($"编号 {row.Command.Code} 已被使用。", $"The code {row.Command.Code} is taken.")));
            Guid? hallId = null, projectId = null;
            if (row.Hall.Length > 0)
            {
                if (halls.TryGetValue(row.Hall, out var hall)) hallId = hall;
                else errors.Add(new(row.Number, Hall.Header, L($"本馆没有名为“{row.Hall}”的展厅。", $"This museum has no hall named {row.Hall}.")));
            }
            if (row.Renewal.Length > 0)
            {
                if (projects.TryGetValue(row.Renewal, out var project)) projectId = project;
                else errors.Add(new(row.Number, Renewal.Header, L($"本馆没有名为“{row.Renewal}”的更新改造项目。", $"This museum has no renewal project named {row.Renewal}.")));
            }
            var command = row.Command with { HallId = hallId, RenewalProjectId = projectId };
            // The form's own rules (hall required unless caravan or on tour, dates, amounts), reported under this file's columns.
            // A cell already reported (an unknown hall, an unreadable date) is not reported twice.
            foreach (var failure in validator.Validate(command).Errors)
                if (!errors.Any(e => e.Row == row.Number && e.Column == ColumnOf(failure.PropertyName).Header))
                    errors.Add(new(row.Number, ColumnOf(failure.PropertyName).Header, failure.ErrorMessage));
            commands.Add(command);
        }
        if (errors.Count > 0) return ImportSheet.Reject(errors, Columns);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var c in commands)
            db.Exhibits.Add(new Exhibit
            {
                Code = c.Code!, Name = c.Name!, HallId = c.HallId, Category = c.Category!.Value, Supplier = c.Supplier ?? "", PurchaseDate = c.PurchaseDate,
                Cost = c.Cost, WarrantyEnd = c.WarrantyEnd, Status = c.Status ?? ExhibitStatus.InService, RenewalProjectId = c.RenewalProjectId, Note = c.Note ?? "",
            });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ExhibitsImported(commands.Count);
    }

    private static List<Row> Parse(IReadOnlyList<IReadOnlyList<object?>> sheet, List<ImportError> errors)
    {
        var rows = new List<Row>();
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in ImportSheet.Open(sheet, Columns, errors).Rows(errors))
        {
            var code = r.Read(Code, c => ImportCells.String(c, 30, required: true)).ToUpperInvariant();
            if (code.Length > 0 && !firstRowOfCode.TryAdd(code, r.Number))
                r.Fail(Code, L($"编号与第 {firstRowOfCode[code]} 行重复。", $"The same code as row {firstRowOfCode[code]}."));
            var name = r.Read(Name, c => ImportCells.String(c, 100, required: true));
            var hall = r.Read(Hall, c => ImportCells.String(c, 100));
            var category = r.Read(Category, c => ImportCells.Word(c, Categories));
            var supplier = r.Read(Supplier, c => ImportCells.String(c, 100));
            var purchased = r.Read(PurchaseDate, c => Optional(c, ImportCells.Date));
            var cost = r.Read(Cost, c => Optional(c, x => ImportCells.Amount(x, allowZero: true)));
            var warranty = r.Read(WarrantyEnd, c => Optional(c, ImportCells.Date));
            var status = r.Read(Status, c => ImportCells.Word(c, Statuses, ExhibitStatus.InService));
            var renewal = r.Read(Renewal, c => ImportCells.String(c, 100));
            var note = r.Read(Note, c => ImportCells.String(c, 1000));
            // A blank hall stays null here so the form's rule "choose a hall" speaks for it.
            rows.Add(new Row(r.Number, new SaveExhibit.Command(code, name, null, category, supplier, purchased, cost, warranty, status, null, note), hall, renewal));
        }
        return rows;
    }

    /// <summary>A blank cell of an optional column reads as null, not as "required".</summary>
    private static (T? Value, string? Error) Optional<T>(object? cell, Func<object?, (T? Value, string? Error)> reader) where T : struct =>
        ImportCells.IsBlank(cell) ? (null, null) : reader(cell);

    /// <summary>The column a validator's property is read from (the shared validators name properties in camelCase).</summary>
    private static ImportColumn ColumnOf(string property) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase)).Column ?? Note;

    private static readonly (string Name, ImportColumn Column)[] Properties =
    [
        (nameof(SaveExhibit.Command.Code), Code), (nameof(SaveExhibit.Command.Name), Name), (nameof(SaveExhibit.Command.HallId), Hall),
        (nameof(SaveExhibit.Command.Category), Category), (nameof(SaveExhibit.Command.Supplier), Supplier),
        (nameof(SaveExhibit.Command.PurchaseDate), PurchaseDate), (nameof(SaveExhibit.Command.Cost), Cost),
        (nameof(SaveExhibit.Command.WarrantyEnd), WarrantyEnd), (nameof(SaveExhibit.Command.Status), Status),
        (nameof(SaveExhibit.Command.RenewalProjectId), Renewal), (nameof(SaveExhibit.Command.Note), Note),
    ];
}
