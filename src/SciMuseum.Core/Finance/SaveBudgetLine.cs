using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>Open a year's budget (one per museum per year).</summary>
public static class SaveBudget
{
    /// <param name="ThreePublicOnly">Keeps only the year's 三公经费 lines (a past year entered as the base of 三公经费变动率).</param>
    public sealed record Command(int? Year, string? Title, string? ApprovalDocument, DateOnly? ApprovedOn, bool? ThreePublicOnly = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Year).Required().PlausibleYear();
            RuleFor(c => c.Title).RequiredText(100);
            RuleFor(c => c.ApprovedOn).PlausibleDate();
            RuleFor(c => c.ApprovalDocument).OptionalText(100);
        }
    }

    public static Refusal DuplicateYear() => new("duplicate-year", "year", "该年度预算已存在。", "There is already a budget for that year.");

    public static async Task<Result<Budget>> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        if (await db.Budgets.AnyAsync(b => b.Year == c.Year, ct)) return DuplicateYear();
        var budget = db.Budgets.Add(new Budget
        {
            Year = c.Year!.Value, Title = c.Title!.Trim(), ApprovalDocument = c.ApprovalDocument?.Trim() ?? "", ApprovedOn = c.ApprovedOn,
            ThreePublicOnly = c.ThreePublicOnly == true,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return budget;
    }
}

/// <summary>Add a budget line to a year's budget, or change one.</summary>
public static class SaveBudgetLine
{
    public sealed record Command(int? Year, string? Code, string? Name, LineKind? Kind, FundingSource? Source, string? EconomicClass,
        Guid? DepartmentId, decimal? Approved, bool? IsThreePublic, int? SortOrder);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.Year).Required().PlausibleYear()
                .MustAsync(async (y, ct) => await db.Budgets.AnyAsync(b => b.Year == y, ct))
                .WithMessage(_ => L("该年度预算尚未建立。", "There is no budget for that year yet."));
            RuleFor(c => c.Code).RequiredText(20);
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Kind).Required().IsInEnum();
            RuleFor(c => c.Source).Required().IsInEnum();
            RuleFor(c => c.EconomicClass).OptionalText(50);
            RuleFor(c => c.Approved).NotNull().WithMessage(_ => L("必填。", "Required."))
                .GreaterThanOrEqualTo(0m).WithMessage(_ => L("批复金额不能为负。", "The approved amount cannot be negative."))
                .Yuan();
            RuleFor(c => c.DepartmentId)
                .MustAsync(async (id, ct) => await db.Departments.AnyAsync(d => d.Id == id, ct)).When(c => c.DepartmentId is not null)
                .WithMessage(_ => L("部门不存在。", "No such department."));
        }
    }

    public static Refusal DuplicateCode() => new("duplicate-code", "code", "该年度已有相同编码的预算项目。", "Another line of that year has this code.");

    public static async Task<Result<BudgetLine>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var budget = await db.Budgets.FirstAsync(b => b.Year == c.Year, ct);
        if (budget.ThreePublicOnly && c.IsThreePublic != true)
            return Refusal.OnField("isThreePublic", "该年度预算只记三公经费，只能添加三公经费项目。", "That year's budget keeps 三公 lines only.");
        var code = c.Code!.Trim();
        if (await db.BudgetLines.AnyAsync(l => l.BudgetId == budget.Id && l.Code == code && l.Id != id, ct)) return DuplicateCode();
        var line = id is null ? db.BudgetLines.Add(new BudgetLine()).Entity : await db.BudgetLines.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (line is null) return Refusal.NotFound();
        line.BudgetId = budget.Id;
        line.Code = code;
        line.Name = c.Name!.Trim();
        line.Kind = c.Kind!.Value;
        line.Source = c.Source!.Value;
        line.EconomicClass = c.EconomicClass?.Trim() ?? "";
        line.DepartmentId = c.DepartmentId;
        line.Approved = Money.Round(c.Approved!.Value);
        line.IsThreePublic = c.IsThreePublic == true;
        line.SortOrder = c.SortOrder ?? line.SortOrder;
        await db.SaveChangesAsync(ct);
        return line;
    }
}

/// <summary>调整: change a line's budget with a reason and date; the approved amount itself never changes.</summary>
public static class AdjustBudgetLine
{
    public sealed record Command(DateOnly? Date, decimal? Amount, string? Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.Amount).NotNull().WithMessage(_ => L("必填。", "Required."))
                .NotEqual(0m).WithMessage(_ => L("调整金额不能为 0。", "An adjustment cannot be 0."))
                .Yuan();
            RuleFor(c => c.Reason).RequiredText(500);
        }
    }

    public static async Task<Result<BudgetAdjustment>> HandleAsync(MuseumDb db, Guid lineId, Command c, CancellationToken ct)
    {
        if (await db.BudgetLines.Where(l => l.Id == lineId).Select(l => (int?)l.Budget!.Year).FirstOrDefaultAsync(ct) is not { } year)
            return Refusal.NotFound();
        var date = c.Date!.Value;
        // The year's figures count exactly that year's dates: an adjustment dated elsewhere would never count.
        if (date.Year != year)
            return Refusal.OnField("date", $"调整日期须在该预算项目所属的 {year} 年度内。", $"The date must fall in the line's budget year {year}.");
        if (await Performance.PastChanges.CheckAsync(db, date, date, lived: false, c.Reason, ct) is not Performance.PastChanges.Allowed and var verdict)
            return Performance.PastChanges.RefusalOf(verdict);
        var adjustment = db.BudgetAdjustments.Add(new BudgetAdjustment
        {
            LineId = lineId, Date = date, Amount = Money.Round(c.Amount!.Value), Reason = c.Reason!.Trim(),
        }).Entity;
        await db.SaveChangesAsync(ct);
        return adjustment;
    }
}
