using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>
/// Import a year's ledger (receipts and expenditures) from a spreadsheet, all or nothing. Rows are booked in date order,
/// a day's receipts before its expenditures, under the same guard as <see cref="RecordExpenditure"/>: a row that would
/// spend more than its line has received by that date (in the database and the file) is an error; an import never overrides.
/// </summary>
public static class ImportLedger
{
    public enum EntryKind
    {
        Receipt,
        Expenditure,
    }

    public static readonly ImportColumn Kind = new("类型", true, "必填。可填：到位（资金到位）、支出。");
    public static readonly ImportColumn LineCode = new("预算项目编码", true, "必填。本年度预算中已有的预算项目编码，如 P01。");
    public static readonly ImportColumn Date = new("日期", true, "必填。本年度内的日期，写成 YYYY-MM-DD（如 2021-03-01），或 Excel 日期单元格。");
    public static readonly ImportColumn Amount = new("金额(元)", true, "必填。单位元，大于 0，最多两位小数。支出不得超过该项目已到位而未支出的资金。");
    public static readonly ImportColumn Document = new("文号/凭证号", true, "到位填拨款文号（选填）；支出填凭证号（必填，本馆内不得重复），最多 50 个字符。");
    public static readonly ImportColumn Payee = new("收款单位", false, "支出必填，最多 100 个字符；到位不填。");
    public static readonly ImportColumn Category = new("支出类别", false, "支出选填，空白为 一般。可填：一般、人员、公务接待、公务用车、因公出国（后三类计入三公经费）。");
    public static readonly ImportColumn Procurement = new("政府采购", false, "支出选填。是 或 否，空白为 否。");
    public static readonly ImportColumn ProcurementMethod = new("采购方式", false, "政府采购为 是 时必填，如 公开招标、竞争性谈判、询价、单一来源，最多 30 个字符。");
    public static readonly ImportColumn Contract = new("合同号", false, "选填，最多 50 个字符。");
    public static readonly ImportColumn Note = new("备注", false, "选填，最多 500 个字符。");

    public static readonly IReadOnlyList<ImportColumn> Columns =
        [Kind, LineCode, Date, Amount, Document, Payee, Category, Procurement, ProcurementMethod, Contract, Note];

    public static readonly WordList<EntryKind> Kinds = new([("到位", EntryKind.Receipt), ("支出", EntryKind.Expenditure)],
        [("资金到位", EntryKind.Receipt), ("到位资金", EntryKind.Receipt)]);

    public static readonly WordList<ExpenditureCategory> Categories = new(
        [("一般", ExpenditureCategory.General), ("人员", ExpenditureCategory.Personnel), ("公务接待", ExpenditureCategory.OfficialReception),
            ("公务用车", ExpenditureCategory.OfficialVehicle), ("因公出国", ExpenditureCategory.OverseasTravel)],
        [("因公出国(境)", ExpenditureCategory.OverseasTravel), ("公务用车运行维护", ExpenditureCategory.OfficialVehicle)]);

    /// <summary>The template's example rows: money received for the budget template's line, then a payment from it.</summary>
    public static object?[][] Examples(int year) =>
    [
        ["到位", "P01", new DateTime(year, 3, 1), 500_000m, $"财预〔{year}〕1号", "", "", "", "", "", "第一批拨款"],
        ["支出", "P01", new DateTime(year, 3, 15), 12_345.67m, $"{year}-03-001", "某展品维修公司", "一般", "是", "询价", $"HT-{year}-001", "展品维修"],
    ];

    /// <summary>A data row as read; a bad cell reads as null or empty and the row is not <see cref="Valid"/>.</summary>
    public sealed record Row(int Number, EntryKind? Kind, string LineCode, DateOnly? Date, decimal? Amount, string Document, string Payee,
        ExpenditureCategory Category, bool IsProcurement, string ProcurementMethod, string ContractNumber, string Note, bool Valid);

    /// <summary>
    /// Reads every non-blank row, noting each bad cell, dates outside <paramref name="year"/> and vouchers twice in the file.
    /// Bad rows are returned too, so that the database's checks can still name their line codes and vouchers.
    /// </summary>
    public static List<Row> Parse(IReadOnlyList<IReadOnlyList<object?>> sheet, int year, List<ImportError> errors)
    {
        var rows = new List<Row>();
        var firstRowOfVoucher = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in ImportSheet.Open(sheet, Columns, errors).Rows(errors))
        {
            var kind = r.Read(Kind, c => ImportCells.Word(c, Kinds));
            var code = r.Read(LineCode, c => ImportCells.String(c, 20, required: true));
            var date = r.Read(Date, ImportCells.Date);
            if (date is { } d && d.Year != year) r.Fail(Date, L($"日期不在 {year} 年度内。", $"The date is not in {year}."));
            var amount = r.Read(Amount, c => ImportCells.Amount(c));
            var paying = kind == EntryKind.Expenditure;
            var document = r.Read(Document, c => ImportCells.String(c, 50, required: paying));
            if (paying && document.Length > 0 && !firstRowOfVoucher.TryAdd(document, r.Number))
                r.Fail(Document, L($"凭证号与第 {firstRowOfVoucher[document]} 行重复。", $"The same voucher number as row {firstRowOfVoucher[document]}."));
            var payee = paying ? r.Read(Payee, c => ImportCells.String(c, 100, required: true)) : "";
            var category = paying ? r.Read(Category, c => ImportCells.Word(c, Categories, ExpenditureCategory.General)) : ExpenditureCategory.General;
            var procurement = paying && r.Read(Procurement, ImportCells.YesNo) == true;
            var method = procurement ? r.Read(ProcurementMethod, c => ImportCells.String(c, 30, required: true)) : "";
            var contract = paying ? r.Read(Contract, c => ImportCells.String(c, 50)) : "";
            var note = r.Read(Note, c => ImportCells.String(c, 500));
            rows.Add(new Row(r.Number, kind, code, date, amount, document, payee, category ?? ExpenditureCategory.General,
                procurement, method, contract, note, r.Valid));
        }
        return rows;
    }

    public static async Task<ImportOutcome> HandleAsync(MuseumDb db, int year, IReadOnlyList<IReadOnlyList<object?>> sheet, CancellationToken ct)
    {
        var budget = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Year == year, ct);
        if (budget is null) return new ImportWithoutBudget();
        var errors = new List<ImportError>();
        var rows = Parse(sheet, year, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var lineIds = (await db.BudgetLines.AsNoTracking().Where(l => l.BudgetId == budget.Id).Select(l => new { l.Code, l.Id }).ToListAsync(ct))
            .ToDictionary(l => l.Code, l => l.Id, StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.LineCode.Length > 0 && !lineIds.ContainsKey(r.LineCode)))
            errors.Add(new(row.Number, LineCode.Header, L($"{year} 年度预算中没有编码为 {row.LineCode} 的项目。", $"The {year} budget has no line coded {row.LineCode}.")));

        var payments = rows.Where(r => r.Kind == EntryKind.Expenditure && r.Document.Length > 0).ToList();
        var vouchers = payments.Select(r => r.Document).Distinct().ToList();
        var recorded = (await db.Expenditures.Where(e => vouchers.Contains(e.VoucherNumber)).Select(e => e.VoucherNumber).ToListAsync(ct)).ToHashSet();
        foreach (var row in payments.Where(r => recorded.Contains(r.Document)))
            errors.Add(new(row.Number, Document.Header, L("凭证号已存在。", "This voucher number is already recorded.")));

        // Only rows without any error are booked, so a bad row neither spends nor funds the rows after it.
        var bad = errors.Select(e => e.Row).ToHashSet();
        rows = [.. rows.Where(r => r.Valid && !bad.Contains(r.Number))];
        var timelines = await LockAndReadAsync(db, [.. rows.Select(r => lineIds[r.LineCode]).Distinct()], ct);
        var booked = new List<MuseumEntity>();
        // Every receipt first (they can only add funds), then the payments in date order, each against the whole ledger's later days.
        foreach (var row in rows.Where(r => r.Kind == EntryKind.Receipt).OrderBy(r => r.Date).ThenBy(r => r.Number))
        {
            var lineId = lineIds[row.LineCode];
            LedgerBalance.Move(timelines[lineId], row.Date!.Value, row.Amount!.Value);
            booked.Add(new Receipt { LineId = lineId, Date = row.Date!.Value, Amount = row.Amount!.Value, DocumentNumber = row.Document, Note = row.Note });
        }
        foreach (var row in rows.Where(r => r.Kind == EntryKind.Expenditure).OrderBy(r => r.Date).ThenBy(r => r.Number))
        {
            var lineId = lineIds[row.LineCode];
            var (date, amount) = (row.Date!.Value, row.Amount!.Value);
            var timeline = timelines[lineId];
            // Funds on this row's date and after (the database's later entries included): money cannot be spent before it arrives.
            var available = LedgerBalance.Available(timeline, date);
            if (amount > available)
            {
                errors.Add(new(row.Number, Amount.Header, L($"超出该项目到位资金：截至 {date:yyyy-MM-dd} 可用 {Money.Yuan(available)}，本行 {Money.Yuan(amount)}。",
                    $"Beyond the line's received funds: {available:0.00} available on {date:yyyy-MM-dd}, {amount:0.00} in this row.")));
                continue;
            }
            LedgerBalance.Move(timeline, date, -amount);
            booked.Add(new Expenditure
            {
                LineId = lineId, Date = date, Amount = amount, Payee = row.Payee, Category = row.Category, IsProcurement = row.IsProcurement,
                ProcurementMethod = row.ProcurementMethod, ContractNumber = row.ContractNumber, VoucherNumber = row.Document, Note = row.Note,
            });
        }
        if (errors.Count > 0) return ImportSheet.Reject(errors, Columns);

        db.AddRange(booked);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new LedgerImported(booked.OfType<Receipt>().Count(), booked.OfType<Expenditure>().Count());
    }

    /// <summary>
    /// Takes each line's row lock (as a payment does), one at a time in a fixed order so two imports cannot deadlock,
    /// then reads each line's ledger by day.
    /// </summary>
    private static async Task<Dictionary<Guid, SortedDictionary<DateOnly, decimal>>> LockAndReadAsync(MuseumDb db, List<Guid> lineIds, CancellationToken ct)
    {
        var timelines = new Dictionary<Guid, SortedDictionary<DateOnly, decimal>>();
        foreach (var id in lineIds.Order())
        {
            await db.BudgetLines.Where(l => l.Id == id).ExecuteUpdateAsync(s => s.SetProperty(l => l.LedgerVersion, l => l.LedgerVersion + 1), ct);
            timelines[id] = await LedgerBalance.TimelineAsync(db, id, ct);
        }
        return timelines;
    }
}
