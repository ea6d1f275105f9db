using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>
/// Pay from a budget line. Refused when the line's spending would exceed the funds received for it, unless a finance
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
        $"超出该项目到位资金：可用 {Money.Yuan(available)}，本次 {Money.Yuan(requested)}。"
            + (mayOverride ? "如确需支出，请填写超支原因。" : "需由财务负责人填写原因后方可超支。"),
        $"Beyond the line's received funds: {available:0.00} available, {requested:0.00} requested."
            + (mayOverride ? " Give an override reason if it must be paid." : " Only a finance leader may override, with a reason."));

    public static async Task<Result<Expenditure>> HandleAsync(MuseumDb db, Command c, bool mayOverride, CancellationToken ct)
    {
        // Its own transaction, or the caller's (a purchase request ordered with this expenditure commits both or neither).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // The row lock: a second payment on this line waits here until the first commits, then sees it.
        var locked = await db.BudgetLines.Where(l => l.Id == c.LineId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LedgerVersion, l => l.LedgerVersion + 1), ct);
        if (locked == 0) return Refusal.NotFound();

        var received = await db.Receipts.Where(r => r.LineId == c.LineId).SumAsync(r => r.Amount, ct);
        var spent = await db.Expenditures.Where(e => e.LineId == c.LineId).SumAsync(e => e.Amount, ct);
        var amount = c.Amount!.Value;
        var overriding = mayOverride && !string.IsNullOrWhiteSpace(c.OverrideReason);
        if (spent + amount > received && !overriding) return OverFunds(received - spent, amount, mayOverride);

        var expenditure = new Expenditure
        {
            LineId = c.LineId!.Value,
            Date = c.Date!.Value,
            Amount = amount,
            Payee = c.Payee!.Trim(),
            Category = c.Category ?? ExpenditureCategory.General,
            IsProcurement = c.IsProcurement == true,
            ProcurementMethod = c.IsProcurement == true ? c.ProcurementMethod!.Trim() : "",
            ContractNumber = c.ContractNumber?.Trim() ?? "",
            VoucherNumber = c.VoucherNumber!.Trim(),
            Note = c.Note?.Trim() ?? "",
            OverrideReason = spent + amount > received ? c.OverrideReason!.Trim() : "",
        };
        db.Expenditures.Add(expenditure);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return expenditure;
    }
}
