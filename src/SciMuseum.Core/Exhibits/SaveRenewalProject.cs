using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>Record or correct a renewal project (更新改造) and the budget line that pays it.</summary>
public static class SaveRenewalProject
{
    public sealed record Command(string? Name, int? Year, Guid? BudgetLineId, DateOnly? ContractDate, DateOnly? AcceptanceDate, decimal? Budget, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Year).Required().InclusiveBetween(2000, 2100).WithMessage(_ => L("年份须在 2000–2100 之间。", "The year must be between 2000 and 2100."));
            RuleFor(c => c.ContractDate).Must(Dates.InRange).WithMessage(_ => Dates.Message);
            RuleFor(c => c.AcceptanceDate).Must(Dates.InRange).WithMessage(_ => Dates.Message)
                .Must((c, d) => d is null || c.ContractDate is null || d >= c.ContractDate)
                .WithMessage(_ => L("验收日期不能早于合同日期。", "Acceptance cannot come before the contract."));
            RuleFor(c => c.Budget).InclusiveBetween(0, Money.MaxAmount).WithMessage(_ => L("金额须在 0 到 1,000 亿元之间。", "The amount must be between 0 and 100 billion yuan."));
            RuleFor(c => c.Note).OptionalText(1000);
        }
    }

    public static async Task<Outcome<RenewalProject>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var project = id is null ? new RenewalProject() : await db.RenewalProjects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return new Outcome<RenewalProject>.NotFound();
        if (c.BudgetLineId is { } line && !await db.BudgetLines.AnyAsync(l => l.Id == line, ct))
            return new Outcome<RenewalProject>.FieldError("budgetLineId", "本馆没有这个预算项目。", "No such budget line in this museum.");
        if (id is null) db.RenewalProjects.Add(project);
        project.Name = c.Name!.Trim();
        project.Year = c.Year!.Value;
        project.BudgetLineId = c.BudgetLineId;
        project.ContractDate = c.ContractDate;
        project.AcceptanceDate = c.AcceptanceDate;
        project.Budget = c.Budget;
        project.Note = c.Note?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return new Outcome<RenewalProject>.Done(project);
    }
}

/// <summary>A year's renewal projects with the exhibits each created, by floor.</summary>
public static class ListRenewalProjects
{
    public sealed record Item(Guid Id, string Name, int Year, Guid? BudgetLineId, string? BudgetLine, DateOnly? ContractDate, DateOnly? AcceptanceDate,
        decimal? Budget, string Note, int Exhibits, IReadOnlyDictionary<string, int> ExhibitsByFloor);

    public static async Task<List<Item>> HandleAsync(MuseumDb db, int? year, CancellationToken ct)
    {
        var projects = await db.RenewalProjects.AsNoTracking().Where(p => year == null || p.Year == year)
            .OrderByDescending(p => p.Year).ThenBy(p => p.Name).ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToList();
        var lineIds = projects.Where(p => p.BudgetLineId != null).Select(p => p.BudgetLineId!.Value).ToList();
        var lines = await db.BudgetLines.Where(l => lineIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Code + " " + l.Name, ct);
        var counts = await (from e in db.Exhibits
                            where e.RenewalProjectId != null && ids.Contains(e.RenewalProjectId.Value)
                            join h in db.Halls on e.HallId equals h.Id into hs
                            from h in hs.DefaultIfEmpty()
                            group e by new { Project = e.RenewalProjectId!.Value, Floor = h == null ? (int?)null : h.Floor } into g
                            select new { g.Key.Project, g.Key.Floor, Count = g.Count() }).ToListAsync(ct);
        return [.. projects.Select(p => new Item(p.Id, p.Name, p.Year, p.BudgetLineId, p.BudgetLineId is { } l ? lines.GetValueOrDefault(l) : null,
            p.ContractDate, p.AcceptanceDate, p.Budget, p.Note, counts.Where(c => c.Project == p.Id).Sum(c => c.Count),
            counts.Where(c => c.Project == p.Id && c.Floor != null).OrderBy(c => c.Floor).ToDictionary(c => c.Floor!.Value.ToString(), c => c.Count)))];
    }
}
