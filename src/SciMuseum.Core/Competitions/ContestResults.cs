using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
    /// <summary>The advising teachers of the contest's entries, read only when an excellent-coach rule needs them.</summary>
    private IReadOnlyList<Person> Advisors { get; init; } = [];
    public IReadOnlyList<OrganisationResult> OrganisationAwards { get; private set; } = [];

    public sealed record CategoryResult(ContestCategory Category, IReadOnlyList<PlacedEntry> Entries)
    {
        public int Count(Prize p) => Entries.Count(e => e.Placed.Prize == p);
        public int Awarded => Entries.Count(e => e.Placed.Prize is not null);
    }

    public sealed record PlacedEntry(EntryFacts Entry, Awarding.Placed Placed);

    /// <summary>What ranking and its readers use of an entry; read as these columns only, never as tracked entities.</summary>
    public sealed record EntryFacts(Guid Id, Guid CategoryId, Guid UnitId, int Number, string Title);

    /// <summary>What the readers use of a participant: names on lists and certificates, advisors for the coaches' award.</summary>
    public sealed record Person(Guid EntryId, Guid ContestId, ParticipantRole Role, string Name);

    public sealed record OrganisationResult(OrganisationAwardRule Rule, IReadOnlyList<Awarding.Candidate> Winners);

    public IEnumerable<PlacedEntry> AllEntries => Categories.SelectMany(c => c.Entries);

    /// <summary>
    /// The results of the given contests (ids), loaded in a handful of queries whatever their size. <paramref name="stages"/>,
    /// when given, receives each stage's elapsed milliseconds (the contests benchmark prints them).
    /// </summary>
    public static async Task<IReadOnlyList<ContestResults>> LoadAsync(MuseumDb db, IReadOnlyCollection<Guid> contestIds, CancellationToken ct,
        IList<(string Stage, double Ms)>? stages = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        void Mark(string stage)
        {
            stages?.Add((stage, watch.Elapsed.TotalMilliseconds));
            watch.Restart();
        }
        var contests = await db.Contests.AsNoTracking().Where(c => contestIds.Contains(c.Id)).ToListAsync(ct);
        var categories = await db.ContestCategories.AsNoTracking().Where(c => contestIds.Contains(c.ContestId)).ToListAsync(ct);
        // Entries and participants are the many rows (20,000 and 40,000 in the benchmark): only the columns used are read.
        var entries = (await db.ContestEntries.AsNoTracking().Where(e => contestIds.Contains(e.ContestId) && e.Status == EntryStatus.Submitted)
            .Select(e => new EntryFacts(e.Id, e.CategoryId, e.UnitId, e.Number, e.Title)).ToListAsync(ct)).ToLookup(e => e.CategoryId);
        Mark("contests, categories, entries");
        var totals = new Dictionary<Guid, Awarding.JudgeTotals>();
        foreach (var contest in contests) await JudgeTotalsAsync(db, contest.Id, totals, ct);
        Mark("judges' totals (grouped SQL)");
        var matches = (await (from m in db.ContestMatchResults.AsNoTracking()
                              join e in db.ContestEntries on m.EntryId equals e.Id
                              where contestIds.Contains(e.ContestId)
                              select new Awarding.MatchRow(m.EntryId, m.Points, m.Seconds)).ToListAsync(ct))
            .ToLookup(m => m.EntryId);
        Mark("match results");
        var units = await db.ContestUnits.AsNoTracking().Where(u => contestIds.Contains(u.ContestId)).ToDictionaryAsync(u => u.Id, ct);
        var rules = await db.ContestOrganisationAwardRules.AsNoTracking().Where(r => contestIds.Contains(r.ContestId)).ToListAsync(ct);
        // The people are read by the pages that show names (PeopleAsync); ranking and awards need only the advisors, and
        // only for an excellent-coach rule.
        var coached = rules.Where(r => r.Kind == OrganisationAwardKind.ExcellentCoach).Select(r => r.ContestId).Distinct().ToList();
        List<Person> advisors = coached.Count == 0 ? [] : await PeopleAsync(db, coached, ParticipantRole.Advisor, ct);
        Mark("units, rules, advisors");

        var results = new List<ContestResults>();
        foreach (var contest in contests.OrderBy(c => c.Kind).ThenBy(c => c.Name))
        {
            var categoryResults = new List<CategoryResult>();
            foreach (var category in categories.Where(c => c.ContestId == contest.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name))
            {
                var own = entries[category.Id].ToDictionary(e => e.Id);
                var placed = Awarding.Rank(category, [.. own.Values.Select(e => new Awarding.EntryRow(e.Id, e.Number))], totals,
                    own.Keys.SelectMany(id => matches[id]));
                categoryResults.Add(new(category, [.. placed.Select(p => new PlacedEntry(own[p.EntryId], p))]));
            }
            Mark("ranking in memory");
            var result = new ContestResults
            {
                Contest = contest, Categories = categoryResults, Advisors = [.. advisors.Where(p => p.ContestId == contest.Id)],
                Units = units.Values.Where(u => u.ContestId == contest.Id).ToDictionary(u => u.Id),
            };
            result.OrganisationAwards = [.. rules.Where(r => r.ContestId == contest.Id).OrderBy(r => r.Kind)
                .Select(r => new OrganisationResult(r, Awarding.OrganisationWinners(r, result.Candidates(r.Kind))))];
            Mark("organisation awards in memory");
            results.Add(result);
        }
        return results;
    }

    /// <summary>The contests' participants (of one role, or all), in their order on the entry form: only the columns shown.</summary>
    public static async Task<List<Person>> PeopleAsync(MuseumDb db, IReadOnlyCollection<Guid> contestIds, ParticipantRole? role, CancellationToken ct) =>
        await db.ContestParticipants.AsNoTracking().Where(p => contestIds.Contains(p.ContestId) && (role == null || p.Role == role)).OrderBy(p => p.Position)
            .Select(p => new Person(p.EntryId, p.ContestId, p.Role, p.Name)).ToListAsync(ct);

    /// <summary>The entrants' names of the contests' entries, by entry, in their order on the entry form.</summary>
    public static async Task<ILookup<Guid, string>> EntrantNamesAsync(MuseumDb db, IReadOnlyCollection<Guid> contestIds, CancellationToken ct) =>
        (await PeopleAsync(db, contestIds, ParticipantRole.Entrant, ct)).ToLookup(p => p.EntryId, p => p.Name);

    /// <summary>
    /// Each entry's judges' totals reduced by the database in one grouped query: per entry and judge the weighted total
    /// Σ points ÷ full marks × weight over the entry's category's criteria (<see cref="Awarding.JudgeTotal"/>; a score for
    /// another category's or a deleted criterion counts 0 but the judge still counts), then per entry the number of judges,
    /// the sum, the lowest and the highest total (<see cref="Awarding.JudgeTotals"/>). One row per scored entry instead of
    /// every score. Written in SQL per provider: on SQLite decimals are whole ten-thousandths in INTEGER columns
    /// (<c>Providers.cs</c>); on both the arithmetic is done in double precision (PostgreSQL's numeric division was most
    /// of the query's time) and rounded to 8 decimals here, which is exact for every total with at most 8 decimals (all
    /// weights ÷ full marks in use: a double is within 1e-12 of it) and leaves the 2-decimal score and the tie order as
    /// the C# computation gives them. The contest id comes from the museum-filtered
    /// contest query above; soft-deleted rows are left out by hand as the query filters would.
    /// </summary>
    private static async Task JudgeTotalsAsync(MuseumDb db, Guid contestId, Dictionary<Guid, Awarding.JudgeTotals> into, CancellationToken ct)
    {
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var weighted = sqlite
            ? """CASE WHEN c."MaxPoints" > 0 THEN CAST(s."Points" AS REAL) * c."Weight" / (c."MaxPoints" * 10000.0) ELSE 0.0 END"""
            : """CASE WHEN c."MaxPoints" > 0 THEN CAST(s."Points" AS float8) * CAST(c."Weight" AS float8) / CAST(c."MaxPoints" AS float8) ELSE 0 END""";
        var notDeleted = sqlite ? "= 0" : "= FALSE";
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            // SQLite: one pass grouping by (entry, judge), then by entry. PostgreSQL: the same figures per entry through a
            // LATERAL subquery that reads the entry's few scores by the (EntryId, JudgeId, CriterionId) index and groups
            // them in memory: the two-level hash aggregate over 100,000 (entry, judge) groups needed ~9 MB and spilled to
            // disk at the default 4 MB work_mem (EXPLAIN ANALYZE: 5 batches, 3.7 MB written); this groups 5 rows at a time.
            command.CommandText = sqlite ? $"""
                SELECT t."EntryId", COUNT(*), SUM(t.total), MIN(t.total), MAX(t.total) FROM (
                  SELECT s."EntryId", s."JudgeId", SUM({weighted}) AS total
                  FROM "ContestScores" s
                  JOIN "ContestEntries" e ON e."Id" = s."EntryId" AND e."IsDeleted" {notDeleted}
                  LEFT JOIN "ContestCriteria" c ON c."Id" = s."CriterionId" AND c."CategoryId" = e."CategoryId" AND c."IsDeleted" {notDeleted}
                  WHERE e."ContestId" = @contest AND s."IsDeleted" {notDeleted}
                  GROUP BY s."EntryId", s."JudgeId") t
                GROUP BY t."EntryId"
                """ : $"""
                SELECT e."Id", j.n, j.total, j.lo, j.hi
                FROM "ContestEntries" e
                CROSS JOIN LATERAL (
                  SELECT COUNT(*) AS n, SUM(x.t) AS total, MIN(x.t) AS lo, MAX(x.t) AS hi FROM (
                    SELECT SUM({weighted}) AS t
                    FROM "ContestScores" s
                    LEFT JOIN "ContestCriteria" c ON c."Id" = s."CriterionId" AND c."CategoryId" = e."CategoryId" AND c."IsDeleted" {notDeleted}
                    WHERE s."EntryId" = e."Id" AND s."IsDeleted" {notDeleted}
                    GROUP BY s."JudgeId") x) j
                WHERE e."ContestId" = @contest AND e."IsDeleted" {notDeleted} AND j.n > 0
                """;
            var p = command.CreateParameter();
            p.ParameterName = "@contest";
            p.Value = sqlite ? contestId.ToString().ToUpperInvariant() : contestId; // EF keeps Guids as upper-case text on SQLite
            command.Parameters.Add(p);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                decimal Read(int i) => Math.Round((decimal)reader.GetDouble(i), 8, MidpointRounding.AwayFromZero);
                var id = sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0);
                into[id] = new Awarding.JudgeTotals(Convert.ToInt32(reader.GetValue(1)), Read(2), Read(3), Read(4));
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
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
                return Advisors.Where(p => byEntry.ContainsKey(p.EntryId))
                    .GroupBy(p => (p.Name, byEntry[p.EntryId].Entry.UnitId))
                    .Select(g => new Awarding.Candidate($"{g.Key.UnitId}/{g.Key.Name}", $"{g.Key.Name}（{UnitName(g.Key.UnitId)}）",
                        [.. g.Select(p => byEntry[p.EntryId].Placed.Prize!.Value)]));
            default:
                return awarded.Where(e => Units.GetValueOrDefault(e.Entry.UnitId)?.Kind == UnitKind.School).GroupBy(e => e.Entry.UnitId)
                    .Select(g => new Awarding.Candidate(g.Key.ToString(), UnitName(g.Key), [.. g.Select(e => e.Placed.Prize!.Value)]));
        }
    }
}
