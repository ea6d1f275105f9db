using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>Rules the finance forms share.</summary>
internal static class FinanceValidation
{
    public const decimal MaxAmount = Plausible.MaxNumber;

    public static IRuleBuilderOptions<T, decimal?> PositiveYuan<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().WithMessage(_ => L("必填。", "Required."))
            .GreaterThan(0m).WithMessage(_ => L("金额必须大于 0。", "The amount must be more than 0."))
            .Yuan();

    /// <summary>A ledger date inside its line's budget year: the year's figures count exactly that year's dates.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> InLineYear<T>(this IRuleBuilder<T, DateOnly?> rule, MuseumDb db, Func<T, Guid?> line) =>
        rule.NotNull().WithMessage(_ => L("必填。", "Required."))
            .PlausibleDate()
            .MustAsync(async (entry, date, ct) => line(entry) is not { } id
                || await db.BudgetLines.Where(l => l.Id == id).Select(l => (int?)l.Budget!.Year).FirstOrDefaultAsync(ct) is not { } year
                || date!.Value.Year == year)
            .WithMessage(_ => L("日期须在该预算项目所属的预算年度内。", "The date must fall in the line's budget year."));

    public static IRuleBuilderOptions<T, Guid?> ExistingLine<T>(this IRuleBuilder<T, Guid?> rule, MuseumDb db) =>
        rule.NotNull().WithMessage(_ => L("必填。", "Required."))
            .MustAsync(async (id, ct) => await db.BudgetLines.AnyAsync(l => l.Id == id, ct))
            .WithMessage(_ => L("预算项目不存在。", "No such budget line."));
}
