using SciMuseum.Core.Common;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>
/// Import a year's budget lines from a spreadsheet, all or nothing: opens the year's budget when it has none, adds the
/// lines whose codes are new and updates those it already has. Every bad row and column is reported and nothing is written.
/// </summary>
public static class ImportBudget
{
    public static readonly ImportColumn Code = new("编码", true, "必填。预算项目编码，本年度内唯一，最多 20 个字符，如 P01；本年度已有的编码会更新该项目。");
    public static readonly ImportColumn Name = new("名称", true, "必填。预算项目名称，最多 100 个字符。");
    public static readonly ImportColumn Kind = new("类型", true, "必填。可填：基本、项目（基本支出或项目支出）。");
    public static readonly ImportColumn Source = new("资金来源", true, "必填。可填：本级财政拨款、中央补助、其他。");
    public static readonly ImportColumn EconomicClass = new("经济分类", false, "选填。支出经济分类，如 302 商品和服务支出，最多 50 个字符。");
    public static readonly ImportColumn Department = new("部门", false, "选填。本馆部门的名称，须与“部门与岗位”中的名称一致，如 展览教育部。");
    public static readonly ImportColumn Approved = new("批复金额(元)", true, "必填。批复金额，单位元，不小于 0，最多两位小数。");
    public static readonly ImportColumn ThreePublic = new("三公经费", false, "选填。是 或 否，空白为 否。");

    public static readonly IReadOnlyList<ImportColumn> Columns = [Code, Name, Kind, Source, EconomicClass, Department, Approved, ThreePublic];

    public static readonly WordList<LineKind> Kinds = new([("基本", LineKind.Basic), ("项目", LineKind.Project)],
        [("基本支出", LineKind.Basic), ("项目支出", LineKind.Project)]);

    public static readonly WordList<FundingSource> Sources = new(
        [("本级财政拨款", FundingSource.LocalFiscal), ("中央补助", FundingSource.CentralSubsidy), ("其他", FundingSource.Other)],
        [("本级财政", FundingSource.LocalFiscal), ("财政拨款", FundingSource.LocalFiscal), ("中央补助资金", FundingSource.CentralSubsidy)]);

    /// <summary>The template's example row, valid in any museum with the standard departments.</summary>
    public static object?[] Example => ["P01", "科技馆免费开放运行经费", "项目", "本级财政拨款", "302 商品和服务支出", "展览教育部", 1_000_000m, "否"];

    /// <summary>A data row as read; a bad cell reads as empty or the default and the row is not <see cref="Valid"/>.</summary>
    public sealed record Row(int Number, string Code, string Name, LineKind Kind, FundingSource Source, string EconomicClass,
        string Department, decimal Approved, bool IsThreePublic, bool Valid);

    /// <summary>Reads every non-blank row, noting each bad cell (a code twice in the file too); bad rows are returned as well.</summary>
    public static List<Row> Parse(IReadOnlyList<IReadOnlyList<object?>> sheet, List<ImportError> errors)
    {
        var rows = new List<Row>();
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in ImportSheet.Open(sheet, Columns, errors).Rows(errors))
        {
            var code = r.Read(Code, c => ImportCells.String(c, 20, required: true));
            if (code.Length > 0 && !firstRowOfCode.TryAdd(code, r.Number))
                r.Fail(Code, L($"编码与第 {firstRowOfCode[code]} 行重复。", $"The same code as row {firstRowOfCode[code]}."));
            rows.Add(new Row(r.Number, code,
                r.Read(Name, c => ImportCells.String(c, 100, required: true)),
                r.Read(Kind, c => ImportCells.Word(c, Kinds)) ?? default,
                r.Read(Source, c => ImportCells.Word(c, Sources)) ?? default,
                r.Read(EconomicClass, c => ImportCells.String(c, 50)),
                r.Read(Department, c => ImportCells.String(c, 100)),
                r.Read(Approved, c => ImportCells.Amount(c, allowZero: true)) ?? 0m,
                r.Read(ThreePublic, ImportCells.YesNo) ?? false,
                r.Valid)); // read last: after every other cell of the row
        }
        return rows;
    }

    public static async Task<ImportOutcome> HandleAsync(MuseumDb db, int year, IReadOnlyList<IReadOnlyList<object?>> sheet, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var rows = Parse(sheet, errors);

        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var departmentIds = departments.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.First().Id);
        foreach (var row in rows.Where(r => r.Department.Length > 0 && !departmentIds.ContainsKey(r.Department)))
            errors.Add(new(row.Number, Department.Header, L($"本馆没有名为“{row.Department}”的部门。", $"This museum has no department named {row.Department}.")));
        if (errors.Count > 0) return ImportSheet.Reject(errors, Columns);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var budget = await db.Budgets.FirstOrDefaultAsync(b => b.Year == year, ct)
            ?? db.Budgets.Add(new Budget { Year = year, Title = $"{year}年部门预算" }).Entity;
        var lines = await db.BudgetLines.Where(l => l.BudgetId == budget.Id).ToListAsync(ct);
        var byCode = lines.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var nextOrder = lines.Count == 0 ? 1 : lines.Max(l => l.SortOrder) + 1;
        var added = 0;
        foreach (var row in rows)
        {
            if (!byCode.TryGetValue(row.Code, out var line))
            {
                line = db.BudgetLines.Add(new BudgetLine { BudgetId = budget.Id, Code = row.Code, SortOrder = nextOrder++ }).Entity;
                added++;
            }
            line.Name = row.Name;
            line.Kind = row.Kind;
            line.Source = row.Source;
            line.EconomicClass = row.EconomicClass;
            line.DepartmentId = row.Department.Length > 0 ? departmentIds[row.Department] : null;
            line.Approved = row.Approved;
            line.IsThreePublic = row.IsThreePublic;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new BudgetImported(rows.Count, added, rows.Count - added);
    }
}
