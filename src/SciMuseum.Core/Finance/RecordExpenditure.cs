using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>
/// Pay from a budget line. Refused when the line's spending would exceed the funds received for it by the payment's date (see <see cref="LedgerBalance"/>), unless a finance
/// leader overrides with a reason. Concurrent payments cannot both slip past: each takes the line's row lock first.
/// </summary>
public static class RecordExpenditure
{
    public sealed record Command(
        Guid? LineId,
        DateOnly? Date,
        decimal? Amount,
        string? Payee,
        ExpenditureCategory? Category,
        bool? IsProcurement,
        string? ProcurementMethod,
        string? ContractNumber,
        string? VoucherNumber,
        string? Note,
        string? OverrideReason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.LineId).ExistingLine(db);
            RuleFor(c => c.Date).InLineYear(db, c => c.LineId);
            RuleFor(c => c.Amount).PositiveYuan();
            RuleFor(c => c.Payee).RequiredText(100);
            RuleFor(c => c.Category).IsInEnum();
            RuleFor(c => c.ProcurementMethod).RequiredText(30).When(c => c.IsProcurement == true)
                .WithMessage(_ => L("政府采购须填写采购方式。", "Procurement needs its method."));
            RuleFor(c => c.ContractNumber).OptionalText(50);
            RuleFor(c => c.Note).OptionalText(500);
            RuleFor(c => c.OverrideReason).OptionalText(500);
            RuleFor(c => c.VoucherNumber).RequiredText(50)
                .MustAsync(async (v, ct) => !await db.Expenditures.AnyAsync(e => e.VoucherNumber == v!.Trim(), ct))
                .WithMessage(_ => L("凭证号已存在。", "This voucher number is already recorded."));
        }
    }

    /// <summary>Beyond the line's received funds: shown above the form and beside the amount; the API answers 409 over-budget.</summary>
    public static Refusal OverFunds(decimal available, decimal requested, bool mayOverride) => new("over-budget", "amount",
        $"超出该项目到位资金：可用 {Money.Yuan(available)}，本次 {Money.Yuan(requested)}。" + OverrideHint(mayOverride).Zh,
        $"Beyond the line's received funds: {available:0.00} available, {requested:0.00} requested." + OverrideHint(mayOverride).En);

    /// <summary>Dated before any funds reached the line: the same over-spend (409 over-budget), saying when the money came.</summary>
    public static Refusal BeforeFunds(DateOnly date, DateOnly? firstReceipt, decimal requested, bool mayOverride) => new("over-budget", "amount",
        (firstReceipt is { } f ? $"支出日期 {date:yyyy-MM-dd} 早于该项目首笔资金到位（{f:yyyy-MM-dd}），当日可用 0.00 元，本次 {Money.Yuan(requested)}。"
            : $"该项目尚无到位资金，本次 {Money.Yuan(requested)}。") + OverrideHint(mayOverride).Zh,
        (firstReceipt is { } g ? $"Dated {date:yyyy-MM-dd}, before the line's first funds arrived ({g:yyyy-MM-dd}): 0.00 available then, {requested:0.00} requested."
            : $"The line has received no funds: {requested:0.00} requested.") + OverrideHint(mayOverride).En);

    private static (string Zh, string En) OverrideHint(bool mayOverride) => mayOverride
        ? ("如确需支出，请填写超支原因。", " Give an override reason if it must be paid.")
        : ("需由财务负责人填写原因后方可超支。", " Only a finance leader may override, with a reason.");

    public static async Task<Result<Expenditure>> HandleAsync(MuseumDb db, Command c, bool mayOverride, CancellationToken ct)
    {
        // Its own transaction, or the caller's (a purchase request ordered with this expenditure commits both or neither).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // The row lock: a second payment on this line waits here until the first commits, then sees it.
        var locked = await db.BudgetLines.Where(l => l.Id == c.LineId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LedgerVersion, l => l.LedgerVersion + 1), ct);
        if (locked == 0) return Refusal.NotFound();

        // Funds on the payment's date and every later day, so spending cannot come before its money (nor take what later payments used).
        var (amount, date) = (c.Amount!.Value, c.Date!.Value);
        var available = LedgerBalance.Available(await LedgerBalance.TimelineAsync(db, c.LineId!.Value, ct), date);
        var overspent = amount > available;
        var overriding = mayOverride && !string.IsNullOrWhiteSpace(c.OverrideReason);
        if (overspent && !overriding)
        {
            var firstReceipt = await db.Receipts.Where(r => r.LineId == c.LineId).MinAsync(r => (DateOnly?)r.Date, ct);
            return firstReceipt is null || firstReceipt > date ? BeforeFunds(date, firstReceipt, amount, mayOverride) : OverFunds(available, amount, mayOverride);
        }

        var expenditure = new Expenditure
        {
            LineId = c.LineId!.Value,
            Date = date,
            Amount = amount,
            Payee = c.Payee!.Trim(),
            Category = c.Category ?? ExpenditureCategory.General,
            IsProcurement = c.IsProcurement == true,
            ProcurementMethod = c.IsProcurement == true ? c.ProcurementMethod!.Trim() : "",
            ContractNumber = c.ContractNumber?.Trim() ?? "",
            VoucherNumber = c.VoucherNumber!.Trim(),
            Note = c.Note?.Trim() ?? "",
            OverrideReason = overspent ? c.OverrideReason!.Trim() : "",
        };
        db.Expenditures.Add(expenditure);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return expenditure;
    }
}
