using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions.Awards;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The 2020 contests' results are public: every category is published through the same use case staff use, which
/// issues the awarded entries' certificates, as of a week after each contest's judging day. Runs after the contests'
/// step (its scores must be saved to rank them).
/// </summary>
public sealed class CompetitionAwardsDemoStep : IDemoStep
{
    public string Name => "contest results published";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.ContestCategories.AnyAsync(c => c.MuseumId == museum.Id && c.ResultsPublishedAt != null, ct);

    public async Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        var contests = await db.Contests.Where(c => c.MuseumId == museum.Id && c.Year == 2020).Select(c => new { c.Id, c.JudgingDate }).ToListAsync(ct);
        foreach (var c in contests)
        {
            var day = (c.JudgingDate ?? new DateOnly(2020, 12, 1)).AddDays(7);
            var clock = new PublishedOn(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
            if (await PublishResults.HandleAsync(db, c.Id, null, clock, ct) is { Refusal: { } refusal })
                throw new InvalidOperationException($"The 2020 demo results cannot be published: {refusal.Zh}");
        }
    }

    private sealed class PublishedOn(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
