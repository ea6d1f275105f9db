using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>
/// 历史累计导入: a museum that starts using SciMuseum during the year brings each line's total received and spent up to a
/// date. Each total becomes one receipt and one expenditure marked <c>IsPastTotal</c> on that date, so the monthly totals,
/// the execution table, monitoring and the spending guard count them like any entry while pages flag them as imported.
/// All or nothing; every bad row is listed.
/// </summary>
public static class ImportPastLedgerTotals
{
    public static readonly ImportColumn LineCode = new("预算项目编码", true, "必填。本年度预算中已有的预算项目编码，如 P01。每个项目一行。");
    public static readonly ImportColumn AsOf = new("截至日期", true, "必填。累计数截至的日期（本年度内、今天以前），写成 YYYY-MM-DD。该项目在此日期及以前不得已有逐笔记录。");
    public static readonly ImportColumn Received = new("累计到位(元)", true, "必填。单位元，不小于 0，最多两位小数。");
    public static readonly ImportColumn Spent = new("累计支出(元)", true, "必填。单位元，不小于 0，最多两位小数，不得超过累计到位。");
    public static readonly ImportColumn Note = new("备注", false, "选填，最多 200 个字符。");

    public static readonly IReadOnlyList<ImportColumn> Columns = [LineCode, AsOf, Received, Spent, Note];

    public static object?[][] Examples(int year) => [["P01", new DateTime(year, 5, 31), 1_250_000m, 830_456.78m, "启用系统前的累计数"]];

    public const string VoucherPrefix = "历史累计-";

    private sealed record Row(int Number, string LineCode, DateOnly? AsOf, decimal? Received, decimal? Spent, string Note, bool Valid);

    public static async Task<ImportOutcome> HandleAsync(MuseumDb db, int year, string fileName, IReadOnlyList<IReadOnlyList<object?>> sheet,
        DateOnly today, CancellationToken ct)
    {
        var budget = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Year == year, ct);
        if (budget is null) return new ImportWithoutBudget();
        var errors = new List<ImportError>();
        var rows = new List<Row>();
        var firstRowOfLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in ImportSheet.Open(sheet, Columns, errors).Rows(errors))
        {
            var code = r.Read(LineCode, c => ImportCells.String(c, 20, required: true));
            if (code.Length > 0 && !firstRowOfLine.TryAdd(code, r.Number))
                r.Fail(LineCode, L($"与第 {firstRowOfLine[code]} 行是同一个项目：每个项目只能有一行。", $"The same line as row {firstRowOfLine[code]}: one row per line."));
            var asOf = r.Read(AsOf, ImportCells.Date);
            if (asOf is { } d && d.Year != year) r.Fail(AsOf, L($"日期不在 {year} 年度内。", $"The date is not in {year}."));
            else if (asOf >= today) r.Fail(AsOf, L("截至日期须早于今天。", "The date must be before today."));
            var received = r.Read(Received, c => ImportCells.Amount(c, allowZero: true));
            var spent = r.Read(Spent, c => ImportCells.Amount(c, allowZero: true));
            if (received == 0 && spent == 0) r.Fail(Received, L("累计到位和累计支出不能都为 0。", "Received and spent cannot both be 0."));
            var note = r.Read(Note, c => ImportCells.String(c, 200));
            rows.Add(new Row(r.Number, code, asOf, received, spent, note, r.Valid));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var lineIds = (await db.BudgetLines.AsNoTracking().Where(l => l.BudgetId == budget.Id).Select(l => new { l.Code, l.Id }).ToListAsync(ct))
            .ToDictionary(l => l.Code, l => l.Id, StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.LineCode.Length > 0 && !lineIds.ContainsKey(r.LineCode)))
            errors.Add(new(row.Number, LineCode.Header, L($"{year} 年度预算中没有编码为 {row.LineCode} 的项目。", $"The {year} budget has no line coded {row.LineCode}.")));
        var bad = errors.Select(e => e.Row).ToHashSet();
        var booked = new List<MuseumEntity>();
        foreach (var row in rows.Where(r => r.Valid && !bad.Contains(r.Number)))
        {
            var lineId = lineIds[row.LineCode];
            var (asOf, received, spent) = (row.AsOf!.Value, row.Received!.Value, row.Spent!.Value);
            // The line's lock, as a payment takes it; lines one at a time in file order cannot deadlock against a payment (one line each).
            await db.BudgetLines.Where(l => l.Id == lineId).ExecuteUpdateAsync(s => s.SetProperty(l => l.LedgerVersion, l => l.LedgerVersion + 1), ct);
            if (await db.Receipts.AnyAsync(x => x.LineId == lineId && x.IsPastTotal, ct) || await db.Expenditures.AnyAsync(x => x.LineId == lineId && x.IsPastTotal, ct))
            {
                errors.Add(new(row.Number, LineCode.Header, L("该项目已导入过历史累计数；如需更正，请先删除原导入的记录。",
                    "This line already has imported past totals: delete them first to correct them.")));
                continue;
            }
            var firstReceipt = await db.Receipts.Where(x => x.LineId == lineId && x.Date <= asOf).MinAsync(x => (DateOnly?)x.Date, ct);
            var firstPayment = await db.Expenditures.Where(x => x.LineId == lineId && x.Date <= asOf).MinAsync(x => (DateOnly?)x.Date, ct);
            if (new[] { firstReceipt, firstPayment }.Min() is { } first)
            {
                errors.Add(new(row.Number, AsOf.Header, L($"该项目在 {first:yyyy-MM-dd} 已有逐笔记录：历史累计只能截至首笔记录之前。",
                    $"The line has entries from {first:yyyy-MM-dd}: past totals must end before its first entry.")));
                continue;
            }
            // The spending guard as for any payment: the total spent must be covered by the total received (and not strip later payments).
            var timeline = await LedgerBalance.TimelineAsync(db, lineId, ct);
            LedgerBalance.Move(timeline, asOf, received);
            var available = LedgerBalance.Available(timeline, asOf);
            if (spent > available)
            {
                errors.Add(new(row.Number, Spent.Header, L($"超出该项目到位资金：截至 {asOf:yyyy-MM-dd} 可用 {Money.Yuan(available)}，累计支出 {Money.Yuan(spent)}。",
                    $"Beyond the line's received funds: {available:0.00} available on {asOf:yyyy-MM-dd}, {spent:0.00} spent.")));
                continue;
            }
            var source = Truncate($"导入的历史累计（{fileName}）{(row.Note.Length > 0 ? "：" + row.Note : "")}", 500);
            if (received > 0) booked.Add(new Receipt { LineId = lineId, Date = asOf, Amount = received, DocumentNumber = "历史累计", Note = source, IsPastTotal = true });
            if (spent > 0)
                booked.Add(new Expenditure
                {
                    LineId = lineId, Date = asOf, Amount = spent, Payee = "历史累计（导入）", VoucherNumber = Truncate($"{VoucherPrefix}{row.LineCode}-{asOf:yyyyMMdd}", 50),
                    Note = source, IsPastTotal = true,
                });
        }
        if (errors.Count > 0) return ImportSheet.Reject(errors, Columns);

        db.AddRange(booked);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PastLedgerTotalsImported(rows.Count, booked.OfType<Receipt>().Sum(r => r.Amount), booked.OfType<Expenditure>().Sum(e => e.Amount));
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
