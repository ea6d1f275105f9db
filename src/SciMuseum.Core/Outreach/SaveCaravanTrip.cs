using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Outreach;

/// <summary>Record or correct a caravan trip.</summary>
public static class SaveCaravanTrip
{
    public sealed record Command(DateOnly? Date, string? Destination, string? County, int? Beneficiaries, int? ExhibitsShown, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required().Must(d => d is null || Plausible.IsYear(d.Value.Year)).WithMessage(_ => Plausible.YearMessage);
            RuleFor(c => c.Destination).RequiredText(100);
            RuleFor(c => c.County).OptionalText(50);
            RuleFor(c => c.Beneficiaries).Required().InclusiveBetween(0, 1_000_000)
                .WithMessage(_ => L("受益人数须在 0–1,000,000 之间。", "Between 0 and 1,000,000 people."));
            RuleFor(c => c.ExhibitsShown).InclusiveBetween(0, 1000)
                .WithMessage(_ => L("展品件数须在 0–1,000 之间。", "Between 0 and 1,000 exhibits."));
            RuleFor(c => c.Note).OptionalText(1000);
        }
    }

    public static async Task<Result<CaravanTrip>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var trip = id is null ? db.CaravanTrips.Add(new CaravanTrip()).Entity : await db.CaravanTrips.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (trip is null) return Refusal.NotFound("本馆没有这次巡展。", "No such trip in this museum.");
        trip.Date = c.Date!.Value;
        trip.Destination = c.Destination!.Trim();
        trip.County = c.County?.Trim() ?? "";
        trip.Beneficiaries = c.Beneficiaries!.Value;
        trip.ExhibitsShown = c.ExhibitsShown ?? 0;
        trip.Note = c.Note?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return trip;
    }
}

/// <summary>A year's caravan trips, latest first, with the year's totals.</summary>
public static class ListCaravanTrips
{
    public sealed record Result(int Year, int Trips, int Beneficiaries, IReadOnlyList<CaravanTrip> Items);

    public static async Task<Result> HandleAsync(MuseumDb db, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var items = await db.CaravanTrips.AsNoTracking().Where(t => t.Date >= from && t.Date <= to)
            .OrderByDescending(t => t.Date).ThenBy(t => t.Destination).ToListAsync(ct);
        return new Result(year, items.Count, items.Sum(t => t.Beneficiaries), items);
    }
}
