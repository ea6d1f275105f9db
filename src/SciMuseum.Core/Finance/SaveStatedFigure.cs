using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Finance;

/// <summary>Record a figure as an outside document states it, to be reconciled with the computed one of the same key.</summary>
public static class SaveStatedFigure
{
    public sealed record Command(int? Year, string? Key, string? Label, decimal? Value, FigureUnit? Unit, int? Decimals, string? Source);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Year).Required().PlausibleYear();
            RuleFor(c => c.Key).RequiredText(100).Matches(@"^[A-Za-z0-9.]+$")
                .WithMessage(_ => Bilingual.L("键名只能含字母、数字和点，如 line.P05.spent。", "Letters, digits and dots only, e.g. line.P05.spent."));
            RuleFor(c => c.Label).RequiredText(200);
            RuleFor(c => c.Value).NotNull().WithMessage(_ => Bilingual.L("必填。", "Required.")).StorableNumber();
            RuleFor(c => c.Unit).Required().IsInEnum();
            RuleFor(c => c.Decimals).InclusiveBetween(0, 4);
            RuleFor(c => c.Source).OptionalText(200);
        }
    }

    public static async Task<Result<StatedFigure>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var f = id is null ? db.StatedFigures.Add(new StatedFigure()).Entity : await db.StatedFigures.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Refusal.NotFound();
        f.Year = c.Year!.Value;
        f.Key = c.Key!.Trim();
        f.Label = c.Label!.Trim();
        f.Value = c.Value!.Value;
        f.Unit = c.Unit!.Value;
        f.Decimals = c.Decimals ?? 2;
        f.Source = c.Source?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return f;
    }
}
