using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>Record a finding of an inspection or audit on the use of funds (检查、审计发现的问题), or correct one.</summary>
public static class RecordFinding
{
    public sealed record Command(DateOnly? Date, FindingSource? Source, string? Issuer, string? Description, decimal? Amount, string? Rectification);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.Source).Required().IsInEnum();
            RuleFor(c => c.Issuer).RequiredText(100);
            RuleFor(c => c.Description).RequiredText(1000);
            RuleFor(c => c.Amount).GreaterThanOrEqualTo(0m).WithMessage(_ => L("金额不能为负。", "The amount cannot be negative.")).Yuan();
            RuleFor(c => c.Rectification).OptionalText(1000);
        }
    }

    public static async Task<Result<FinanceFinding>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var f = id is null ? db.FinanceFindings.Add(new FinanceFinding()).Entity : await db.FinanceFindings.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Refusal.NotFound("本馆没有这条检查、审计发现。", "No such finding in this museum.");
        f.Date = c.Date!.Value;
        f.Source = c.Source!.Value;
        f.Issuer = c.Issuer!.Trim();
        f.Description = c.Description!.Trim();
        f.Amount = c.Amount;
        f.Rectification = c.Rectification?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return f;
    }

    /// <summary>A year's findings, latest first.</summary>
    public static Task<List<FinanceFinding>> ListAsync(MuseumDb db, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.FinanceFindings.AsNoTracking().Where(f => f.Date >= from && f.Date <= to).OrderByDescending(f => f.Date).ToListAsync(ct);
    }
}
