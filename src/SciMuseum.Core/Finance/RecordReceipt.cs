using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

/// <summary>资金到位: record money received for a line.</summary>
public static class RecordReceipt
{
    public sealed record Command(Guid? LineId, DateOnly? Date, decimal? Amount, string? DocumentNumber, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.LineId).ExistingLine(db);
            RuleFor(c => c.Date).InLineYear(db, c => c.LineId);
            RuleFor(c => c.Amount).PositiveYuan();
            RuleFor(c => c.DocumentNumber).OptionalText(50);
            RuleFor(c => c.Note).OptionalText(500);
        }
    }

    public static async Task<Receipt> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        var receipt = db.Receipts.Add(new Receipt
        {
            LineId = c.LineId!.Value,
            Date = c.Date!.Value,
            Amount = c.Amount!.Value,
            DocumentNumber = c.DocumentNumber?.Trim() ?? "",
            Note = c.Note?.Trim() ?? "",
        }).Entity;
        await db.SaveChangesAsync(ct);
        return receipt;
    }

    /// <summary>Withdraw a receipt, unless the line has already spent what it would take away.</summary>
    public static async Task<Result<Done>> DeleteAsync(MuseumDb db, Guid id, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Receipts.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } receipt) return Refusal.NotFound();
        await db.BudgetLines.Where(l => l.Id == receipt.LineId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LedgerVersion, l => l.LedgerVersion + 1), ct);
        // Without it, the line must still have had its money on the receipt's day and every day after.
        var timeline = await LedgerBalance.TimelineAsync(db, receipt.LineId, ct);
        LedgerBalance.Move(timeline, receipt.Date, -receipt.Amount);
        if (LedgerBalance.Available(timeline, receipt.Date) < 0)
            return Refusal.Because("over-budget", $"不能撤销：去掉这笔 {Money.Yuan(receipt.Amount)} 后，该项目的支出将超过到位资金。",
                $"Refused: without these {Money.Yuan(receipt.Amount)} the line would have spent more than it received.");
        db.Receipts.Remove(receipt);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Done.Value;
    }
}
