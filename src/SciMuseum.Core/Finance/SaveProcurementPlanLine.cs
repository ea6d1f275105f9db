using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>Add a line to a year's procurement plan (政府采购计划), or change one.</summary>
public static class SaveProcurementPlanLine
{
    public sealed record Command(int? Year, string? Name, ProcurementCategory? Category, string? Method, Guid? BudgetLineId, decimal? Amount, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.Year).Required().PlausibleYear();
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Category).Required().IsInEnum();
            RuleFor(c => c.Method).OptionalText(30);
            RuleFor(c => c.Amount).PositiveYuan();
            RuleFor(c => c.Note).OptionalText(500);
            RuleFor(c => c.BudgetLineId)
                .MustAsync(async (c, id, ct) => await db.BudgetLines.AnyAsync(l => l.Id == id && l.Budget!.Year == c.Year, ct))
                .When(c => c.BudgetLineId is not null)
                .WithMessage(_ => L("该年度没有这个预算项目。", "No such budget line in that year."));
        }
    }

    public static async Task<Result<ProcurementPlanLine>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var line = id is null ? db.ProcurementPlanLines.Add(new ProcurementPlanLine()).Entity : await db.ProcurementPlanLines.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (line is null) return Refusal.NotFound("本馆没有这条采购计划。", "No such procurement plan line in this museum.");
        line.Year = c.Year!.Value;
        line.Name = c.Name!.Trim();
        line.Category = c.Category!.Value;
        line.Method = c.Method?.Trim() ?? "";
        line.BudgetLineId = c.BudgetLineId;
        line.Amount = c.Amount!.Value;
        line.Note = c.Note?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return line;
    }
}

/// <summary>
/// A year's procurement plan against what was bought: the plan's lines, each with the procurement spent on its budget
/// line, and 政府采购执行率 = the year's procurement expenditures ÷ the planned total.
/// </summary>
public static class ProcurementExecution
{
    public sealed record PlanLine(Guid Id, string Name, ProcurementCategory Category, string Method, Guid? BudgetLineId, string? BudgetLine,
        decimal Amount, decimal? BoughtOnLine, string Note);

    public sealed record Result(int Year, IReadOnlyList<PlanLine> Lines, decimal Planned, decimal Bought, int Purchases, decimal? ExecutionRate);

    public static async Task<Result> HandleAsync(MuseumDb db, int year, CancellationToken ct) =>
        await HandleAsync(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);

    /// <summary>The plan of <paramref name="from"/>'s year against the procurement bought from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task<Result> HandleAsync(MuseumDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var year = from.Year;
        var bought = db.Expenditures.AsNoTracking().Where(e => e.IsProcurement && e.Date >= from && e.Date <= to);
        var byLine = await bought.GroupBy(e => e.LineId).Select(g => new { g.Key, Amount = g.Sum(e => e.Amount), Count = g.Count() }).ToListAsync(ct);
        var plan = await (from p in db.ProcurementPlanLines.AsNoTracking()
                          where p.Year == year
                          join l in db.BudgetLines on p.BudgetLineId equals l.Id into ls
                          from l in ls.DefaultIfEmpty()
                          orderby p.Name
                          select new { p, Line = l == null ? null : l.Code + " " + l.Name }).ToListAsync(ct);
        var lines = plan.Select(x => new PlanLine(x.p.Id, x.p.Name, x.p.Category, x.p.Method, x.p.BudgetLineId, x.Line, x.p.Amount,
            x.p.BudgetLineId is { } id ? byLine.Where(b => b.Key == id).Sum(b => b.Amount) : null, x.p.Note)).ToList();
        var planned = lines.Sum(l => l.Amount);
        var total = byLine.Sum(b => b.Amount);
        return new Result(year, lines, planned, total, byLine.Sum(b => b.Count), Money.Percent(total, planned, 2));
    }
}
