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
        var cpu = stages is null ? default : System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        void Mark(string stage)
        {
            if (stages is null) return;
            stages.Add((stage, watch.Elapsed.TotalMilliseconds));
            // The process's CPU time in the stage (all threads): what the machine's load moves least.
            var now = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            stages.Add((stage + ", CPU", (now - cpu).TotalMilliseconds));
            cpu = now;
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
        Mark("judges' totals (one join, reduced in C#)");
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
    /// Each entry's judges' totals (<see cref="Awarding.JudgeTotals"/>): per entry and judge the weighted total
    /// Σ points ÷ full marks × weight over the entry's category's criteria (<see cref="Awarding.JudgeTotal"/>; a score for
    /// another category's or a deleted criterion counts 0 but the judge still counts), then per entry the number of judges,
    /// the sum, the lowest and the highest total. The database computes each score's weighted points in one join, with no
    /// GROUP BY, and the two levels of grouping are done here in one pass (<see cref="Reduce{TKey}"/>): on SQLite the
    /// grouping over text GUID keys and the temp B-tree of the outer GROUP BY were most of the query's time, and on
    /// PostgreSQL a hash join over the contest's scores is cheaper than the per-entry LATERAL it replaces. On SQLite the
    /// scores are read from the covering index (EntryId, JudgeId, CriterionId, IsDeleted, Points), never from the table.
    /// Arithmetic is in double precision as before, rounded to 8 decimals here, which is exact for every total with at most
    /// 8 decimals (all weights ÷ full marks in use: a double is within 1e-12 of it) and leaves the 2-decimal score and the
    /// tie order as the C# computation gives them. On SQLite decimals are whole ten-thousandths in INTEGER columns
    /// (<c>Providers.cs</c>). The contest id comes from the museum-filtered contest query above; soft-deleted rows are
    /// left out by hand as the query filters would.
    /// </summary>
    public static async Task JudgeTotalsAsync(MuseumDb db, Guid contestId, Dictionary<Guid, Awarding.JudgeTotals> into, CancellationToken ct)
    {
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var weighted = sqlite
            ? """CASE WHEN c."MaxPoints" > 0 THEN CAST(s."Points" AS REAL) * c."Weight" / (c."MaxPoints" * 10000.0) ELSE 0.0 END"""
            : """CASE WHEN c."MaxPoints" > 0 THEN CAST(s."Points" AS float8) * CAST(c."Weight" AS float8) / CAST(c."MaxPoints" AS float8) ELSE CAST(0 AS float8) END""";
        var notDeleted = sqlite ? "= 0" : "= FALSE";
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"""
                SELECT s."EntryId", s."JudgeId", {weighted}
                FROM "ContestEntries" e
                JOIN "ContestScores" s ON s."EntryId" = e."Id" AND s."IsDeleted" {notDeleted}
                LEFT JOIN "ContestCriteria" c ON c."Id" = s."CriterionId" AND c."CategoryId" = e."CategoryId" AND c."IsDeleted" {notDeleted}
                WHERE e."ContestId" = @contest AND e."IsDeleted" {notDeleted}
                """;
            var p = command.CreateParameter();
            p.ParameterName = "@contest";
            p.Value = sqlite ? contestId.ToString().ToUpperInvariant() : contestId; // EF keeps Guids as upper-case text on SQLite
            command.Parameters.Add(p);
            await using var reader = await command.ExecuteReaderAsync(ct);
            // SQLite keys stay the stored text (parsed once per entry, not twice per score); PostgreSQL gives Guids.
            if (sqlite) await Reduce(reader, (r, i) => r.GetString(i), Guid.Parse, into, ct);
            else await Reduce(reader, (r, i) => r.GetGuid(i), id => id, into, ct);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Rows of (entry, judge, weighted points), in any order, reduced to each entry's <see cref="Awarding.JudgeTotals"/>:
    /// a judge's total is the sum of their rows for the entry; the entry's figures are the count, sum, lowest and highest
    /// of its judges' totals.
    /// </summary>
    private static async Task Reduce<TKey>(System.Data.Common.DbDataReader reader, Func<System.Data.Common.DbDataReader, int, TKey> key,
        Func<TKey, Guid> toGuid, Dictionary<Guid, Awarding.JudgeTotals> into, CancellationToken ct) where TKey : notnull
    {
        var comparer = EqualityComparer<TKey>.Default;
        var entries = new Dictionary<TKey, List<(TKey Judge, double Total)>>();
        while (await reader.ReadAsync(ct))
        {
            var entry = key(reader, 0);
            var judge = key(reader, 1);
            var points = reader.GetDouble(2);
            if (!entries.TryGetValue(entry, out var judges)) entries[entry] = judges = new(5);
            var i = 0;
            while (i < judges.Count && !comparer.Equals(judges[i].Judge, judge)) i++;
            if (i == judges.Count) judges.Add((judge, points));
            else judges[i] = (judge, judges[i].Total + points);
        }
        static decimal Round(double x) => Math.Round((decimal)x, 8, MidpointRounding.AwayFromZero);
        foreach (var (entry, judges) in entries)
        {
            double sum = 0, min = double.MaxValue, max = double.MinValue;
            foreach (var (_, total) in judges)
            {
                sum += total;
                min = Math.Min(min, total);
                max = Math.Max(max, total);
            }
            into[toGuid(entry)] = new Awarding.JudgeTotals(judges.Count, Round(sum), Round(min), Round(max));
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
