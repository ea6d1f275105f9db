using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions;

/// <summary>
/// A contest's results computed from its records: every category ranked (<see cref="Awarding"/>), and the organisation
/// awards from their rules. The statistics, the staff pages and the public results read this one computation.
/// </summary>
public sealed class ContestResults
{
    public required Contest Contest { get; init; }
    public required IReadOnlyList<CategoryResult> Categories { get; init; }
    public required IReadOnlyDictionary<Guid, ContestUnit> Units { get; init; }
    public required IReadOnlyList<Participant> Participants { get; init; }
    public IReadOnlyList<OrganisationResult> OrganisationAwards { get; private set; } = [];

    public sealed record CategoryResult(ContestCategory Category, IReadOnlyList<PlacedEntry> Entries)
    {
        public int Count(Prize p) => Entries.Count(e => e.Placed.Prize == p);
        public int Awarded => Entries.Count(e => e.Placed.Prize is not null);
    }

    public sealed record PlacedEntry(Entry Entry, Awarding.Placed Placed);

    public sealed record OrganisationResult(OrganisationAwardRule Rule, IReadOnlyList<Awarding.Candidate> Winners);

    public IEnumerable<PlacedEntry> AllEntries => Categories.SelectMany(c => c.Entries);

    /// <summary>The results of the given contests (ids), loaded in a handful of queries whatever their size.</summary>
    public static async Task<IReadOnlyList<ContestResults>> LoadAsync(MuseumDb db, IReadOnlyCollection<Guid> contestIds, CancellationToken ct)
    {
        var contests = await db.Contests.AsNoTracking().Where(c => contestIds.Contains(c.Id)).ToListAsync(ct);
        var categories = await db.ContestCategories.AsNoTracking().Where(c => contestIds.Contains(c.ContestId)).ToListAsync(ct);
        var categoryIds = categories.Select(c => c.Id).ToList();
        var criteria = (await db.ContestCriteria.AsNoTracking().Where(c => categoryIds.Contains(c.CategoryId)).ToListAsync(ct))
            .GroupBy(c => c.CategoryId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.SortOrder).Select(c => new Awarding.CriterionSpec(c.Id, c.Weight, c.MaxPoints)).ToList());
        var entries = await db.ContestEntries.AsNoTracking().Where(e => contestIds.Contains(e.ContestId) && e.Status == EntryStatus.Submitted).ToListAsync(ct);
        var scores = (await (from s in db.ContestScores.AsNoTracking()
                             join e in db.ContestEntries on s.EntryId equals e.Id
                             where contestIds.Contains(e.ContestId)
                             select new Awarding.ScoreRow(s.EntryId, s.JudgeId, s.CriterionId, s.Points)).ToListAsync(ct))
            .ToLookup(s => s.EntryId);
        var matches = (await (from m in db.ContestMatchResults.AsNoTracking()
                              join e in db.ContestEntries on m.EntryId equals e.Id
                              where contestIds.Contains(e.ContestId)
                              select new Awarding.MatchRow(m.EntryId, m.Points, m.Seconds)).ToListAsync(ct))
            .ToLookup(m => m.EntryId);
        var units = await db.ContestUnits.AsNoTracking().Where(u => contestIds.Contains(u.ContestId)).ToDictionaryAsync(u => u.Id, ct);
        var participants = await db.ContestParticipants.AsNoTracking().Where(p => contestIds.Contains(p.ContestId)).OrderBy(p => p.Position).ToListAsync(ct);
        var rules = await db.ContestOrganisationAwardRules.AsNoTracking().Where(r => contestIds.Contains(r.ContestId)).ToListAsync(ct);

        var results = new List<ContestResults>();
        foreach (var contest in contests.OrderBy(c => c.Kind).ThenBy(c => c.Name))
        {
            var categoryResults = new List<CategoryResult>();
            foreach (var category in categories.Where(c => c.ContestId == contest.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name))
            {
                var own = entries.Where(e => e.CategoryId == category.Id).ToDictionary(e => e.Id);
                var placed = Awarding.Rank(category, [.. own.Values.Select(e => new Awarding.EntryRow(e.Id, e.Number))], criteria.GetValueOrDefault(category.Id) ?? [],
                    own.Keys.SelectMany(id => scores[id]), own.Keys.SelectMany(id => matches[id]));
                categoryResults.Add(new(category, [.. placed.Select(p => new PlacedEntry(own[p.EntryId], p))]));
            }
            var result = new ContestResults
            {
                Contest = contest, Categories = categoryResults, Participants = participants.Where(p => p.ContestId == contest.Id).ToList(),
                Units = units.Values.Where(u => u.ContestId == contest.Id).ToDictionary(u => u.Id),
            };
            result.OrganisationAwards = [.. rules.Where(r => r.ContestId == contest.Id).OrderBy(r => r.Kind)
                .Select(r => new OrganisationResult(r, Awarding.OrganisationWinners(r, result.Candidates(r.Kind))))];
            results.Add(result);
        }
        return results;
    }

    /// <summary>Who may win an award of this kind, each with the prizes that count for it.</summary>
    public IEnumerable<Awarding.Candidate> Candidates(OrganisationAwardKind kind)
    {
        var awarded = AllEntries.Where(e => e.Placed.Prize is not null).ToList();
        string UnitName(Guid id) => Units.TryGetValue(id, out var u) ? u.Name : "";
        switch (kind)
        {
            case OrganisationAwardKind.OrganisingUnit:
                return awarded.Where(e => Units.GetValueOrDefault(e.Entry.UnitId)?.OrganiserId is not null)
                    .GroupBy(e => Units[e.Entry.UnitId].OrganiserId!.Value)
                    .Select(g => new Awarding.Candidate(g.Key.ToString(), UnitName(g.Key), [.. g.Select(e => e.Placed.Prize!.Value)]));
            case OrganisationAwardKind.ExcellentCoach:
                var byEntry = awarded.ToDictionary(e => e.Entry.Id);
                return Participants.Where(p => p.Role == ParticipantRole.Advisor && byEntry.ContainsKey(p.EntryId))
                    .GroupBy(p => (p.Name, byEntry[p.EntryId].Entry.UnitId))
                    .Select(g => new Awarding.Candidate($"{g.Key.UnitId}/{g.Key.Name}", $"{g.Key.Name}（{UnitName(g.Key.UnitId)}）",
                        [.. g.Select(p => byEntry[p.EntryId].Placed.Prize!.Value)]));
            default:
                return awarded.Where(e => Units.GetValueOrDefault(e.Entry.UnitId)?.Kind == UnitKind.School).GroupBy(e => e.Entry.UnitId)
                    .Select(g => new Awarding.Candidate(g.Key.ToString(), UnitName(g.Key), [.. g.Select(e => e.Placed.Prize!.Value)]));
        }
    }
}
