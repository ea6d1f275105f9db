using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions;

/// <summary>Set up or change a year's contest: name, kind, edition, the budget line it spends from, deadline and judging day.</summary>
public static class SaveContest
{
    public sealed record Command(int? Year, string? Name, ContestKind? Kind, int? Edition, Guid? BudgetLineId, DateOnly? RegistrationDeadline,
        DateOnly? JudgingDate, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.Year).Required().PlausibleYear();
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Kind).Required().IsInEnum().WithMessage(_ => L("竞赛类型不对。", "Unknown contest kind."));
            RuleFor(c => c.Edition).InclusiveBetween(1, 1000).WithMessage(_ => L("届次须在 1–1,000 之间。", "The edition must be 1–1,000."));
            RuleFor(c => c.RegistrationDeadline).PlausibleDate();
            RuleFor(c => c.JudgingDate).PlausibleDate()
                .GreaterThanOrEqualTo(c => c.RegistrationDeadline).When(c => c.RegistrationDeadline is not null && c.JudgingDate is not null)
                .WithMessage(_ => L("评审日期不能早于报名截止日期。", "Judging cannot come before the registration deadline."));
            RuleFor(c => c.BudgetLineId)
                .MustAsync(async (c, id, ct) => await db.BudgetLines.AnyAsync(l => l.Id == id && l.Budget!.Year == c.Year, ct))
                .When(c => c.BudgetLineId is not null && Plausible.IsYear(c.Year))
                .WithMessage(_ => L("该年度没有这个预算项目。", "No such budget line in that year."));
            RuleFor(c => c.Note).OptionalText(1000);
        }
    }

    public static async Task<Result<Contest>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var contest = id is null ? db.Contests.Add(new Contest()).Entity : await db.Contests.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (contest is null) return Refusal.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        contest.Year = c.Year!.Value;
        contest.Name = c.Name!.Trim();
        contest.Kind = c.Kind!.Value;
        contest.Edition = c.Edition;
        contest.BudgetLineId = c.BudgetLineId;
        contest.RegistrationDeadline = c.RegistrationDeadline;
        contest.JudgingDate = c.JudgingDate;
        contest.Note = c.Note?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return contest;
    }
}

/// <summary>A year's contests, for the set-up page and the pickers.</summary>
public static class ListContests
{
    public static Task<List<Contest>> HandleAsync(MuseumDb db, int year, CancellationToken ct) =>
        db.Contests.AsNoTracking().Where(c => c.Year == year).OrderBy(c => c.Kind).ThenBy(c => c.Name).ToListAsync(ct);
}
