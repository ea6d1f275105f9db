using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions;

/// <summary>Add or correct a school or organising unit of a contest, with its contact.</summary>
public static class SaveUnit
{
    public sealed record Command(string? Name, UnitKind? Kind, string? County, Guid? OrganiserId, string? ContactName, string? ContactPhone, string? Distinction);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Kind).Required().IsInEnum();
            RuleFor(c => c.County).OptionalText(50);
            RuleFor(c => c.ContactName).OptionalText(50);
            RuleFor(c => c.ContactPhone).PhoneNumber();
            RuleFor(c => c.Distinction).OptionalText(100);
        }
    }

    public static async Task<Result<ContestUnit>> HandleAsync(MuseumDb db, Guid contestId, Guid? id, Command c, CancellationToken ct)
    {
        if (!await db.Contests.AnyAsync(x => x.Id == contestId, ct)) return Refusal.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        if (c.OrganiserId is { } o && !await db.ContestUnits.AnyAsync(u => u.Id == o && u.ContestId == contestId && u.Kind == UnitKind.Organiser, ct))
            return Refusal.OnField("organiserId", "本竞赛没有这个组织单位。", "No such organising unit in this contest.");
        var unit = id is null ? db.ContestUnits.Add(new ContestUnit { ContestId = contestId }).Entity
            : await db.ContestUnits.FirstOrDefaultAsync(u => u.Id == id && u.ContestId == contestId, ct);
        if (unit is null) return Refusal.NotFound("本竞赛没有这个参赛单位。", "No such unit in this contest.");
        (unit.Name, unit.Kind, unit.County, unit.OrganiserId) = (c.Name!.Trim(), c.Kind!.Value, c.County?.Trim() ?? "", c.OrganiserId);
        (unit.ContactName, unit.ContactPhone, unit.Distinction) = (c.ContactName?.Trim() ?? "", c.ContactPhone?.Trim() ?? "", c.Distinction?.Trim() ?? "");
        await db.SaveChangesAsync(ct);
        return unit;
    }
}
