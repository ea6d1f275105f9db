using SciMuseum.Core.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>Set a line's planned spending curve: 12 cumulative percentages, rising to 100 in December. Empty restores the even plan.</summary>
public static class SetSpendingPlan
{
    public sealed record Command(List<decimal>? MonthlyPlan);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.MonthlyPlan).NotNull().WithMessage(_ => L("必填。", "Required."))
                .Must(p => p!.Count is 0 or 12).WithMessage(_ => L("须为 12 个月的累计百分比。", "Give 12 cumulative monthly percentages."))
                .Must(p => p!.Count == 0 || (p.All(v => v is >= 0 and <= 100) && p.Zip(p.Skip(1)).All(x => x.First <= x.Second) && p[^1] == 100))
                .WithMessage(_ => L("累计百分比须在 0–100 之间、逐月不减，且 12 月为 100。", "Percentages must stay within 0–100, never fall, and reach 100 in December."));
        }
    }

    public static async Task<Result<BudgetLine>> HandleAsync(MuseumDb db, Guid lineId, Command c, CancellationToken ct)
    {
        if (await db.BudgetLines.FirstOrDefaultAsync(l => l.Id == lineId, ct) is not { } line) return Refusal.NotFound();
        line.MonthlyPlan = [.. c.MonthlyPlan!];
        await db.SaveChangesAsync(ct);
        return line;
    }
}
