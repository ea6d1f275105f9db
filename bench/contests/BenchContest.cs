using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

/// <summary>
/// A synthetic contest: 20 categories (quota 5 % / 10 % / 15 %), 100 schools under 10 organisers, N entries each with
/// one student and one advisor, 200 judges in panels of 10 per category, five judges scoring each entry on two criteria
/// of which only the first is scored (one row each: N × 5 scores). The few set-up rows through EF, the rest by Bulk.
/// </summary>
internal static class BenchContest
{
    public const int Categories = 20;

    public static async Task<Guid> LoadAsync(MuseumDb db, int entries, int judges)
    {
        db.User.AsSystem();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var museum = new Museum { Code = $"bench{Guid.NewGuid():N}"[..20], Name = "基准测试科技馆" };
        db.Museums.Add(museum);
        var m = museum.Id;
        var contest = new Contest { MuseumId = m, Year = 2030, Name = "第44届青少年科技创新大赛", Kind = ContestKind.Innovation, JudgingDate = new DateOnly(2030, 11, 20) };
        db.Contests.Add(contest);
        var perCategory = entries / Categories;
        var categories = Enumerable.Range(0, Categories).Select(i => new ContestCategory
        {
            MuseumId = m, ContestId = contest.Id, Name = $"类别 {i + 1}", SortOrder = i, EntryKind = EntryKind.Individual, Scoring = ScoringMode.Judges,
            PrizeMode = PrizeMode.Quota, First = perCategory / 20, Second = perCategory / 10, Third = perCategory * 3 / 20,
        }).ToList();
        db.ContestCategories.AddRange(categories);
        var criteria = categories.Select(c => new Criterion { MuseumId = m, CategoryId = c.Id, Name = "科学性", Weight = 100, MaxPoints = 100 }).ToList();
        db.ContestCriteria.AddRange(criteria);
        var organisers = Enumerable.Range(0, 10).Select(i => new ContestUnit { MuseumId = m, ContestId = contest.Id, Name = $"县 {i} 科协", Kind = UnitKind.Organiser }).ToList();
        db.ContestUnits.AddRange(organisers);
        var schools = Enumerable.Range(0, 100).Select(i => new ContestUnit
        {
            MuseumId = m, ContestId = contest.Id, Name = $"第 {i} 中学", Kind = UnitKind.School, OrganiserId = organisers[i % 10].Id,
        }).ToList();
        db.ContestUnits.AddRange(schools);
        foreach (var (kind, quota) in new[] { (OrganisationAwardKind.OrganisingUnit, 5), (OrganisationAwardKind.OrganisingSchool, 20), (OrganisationAwardKind.ExcellentCoach, 30) })
            db.ContestOrganisationAwardRules.Add(new OrganisationAwardRule { MuseumId = m, ContestId = contest.Id, Kind = kind, Title = kind.ToString(), Quota = quota });
        var panel = Enumerable.Range(0, judges).Select(i => new Judge { MuseumId = m, ContestId = contest.Id, Name = $"评委 {i}" }).ToList();
        db.ContestJudges.AddRange(panel);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // The many rows (entries, participants, scores) go past EF (Bulk: binary COPY / one prepared INSERT), as stored by EF.
        var random = new Random(15);
        var perPanel = judges / Categories;
        var entryRows = new List<Entry>(entries);
        var people = new List<Participant>(entries * 2);
        var scores = new List<Score>(entries * 5);
        for (var n = 0; n < entries; n++)
        {
            var c = n % Categories;
            var entry = new Entry
            {
                MuseumId = m, ContestId = contest.Id, CategoryId = categories[c].Id, UnitId = schools[n % 100].Id, Number = n + 1,
                Title = $"作品 {n + 1}", Status = EntryStatus.Submitted, SubmittedAt = DateTime.UtcNow,
            };
            entryRows.Add(entry);
            people.Add(new Participant { MuseumId = m, ContestId = contest.Id, EntryId = entry.Id, Role = ParticipantRole.Entrant, Position = 1, Name = $"学生 {n}", GuardianPhone = "13900000000" });
            people.Add(new Participant { MuseumId = m, ContestId = contest.Id, EntryId = entry.Id, Role = ParticipantRole.Advisor, Position = 2, Name = $"老师 {n % 300}" });
            var quality = random.Next(40, 95);
            for (var j = 0; j < 5; j++)
                scores.Add(new Score
                {
                    MuseumId = m, EntryId = entry.Id, JudgeId = panel[c * perPanel + (n + j) % perPanel].Id, CriterionId = criteria[c].Id,
                    Points = Math.Clamp(quality + random.Next(-8, 9), 0, 100),
                });
        }
        await Bulk.InsertAsync(db, entryRows);
        await Bulk.InsertAsync(db, people);
        await Bulk.InsertAsync(db, scores);
        if (!db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return contest.Id;
    }

    /// <summary>The same figure by hand: per entry, each judge's Σ points ÷ scale × weight, then their mean; one statement.</summary>
    public static async Task<int> RawAggregateAsync(MuseumDb db, Guid contestId)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t."EntryId", AVG(t.total) FROM (
              SELECT s."EntryId", s."JudgeId", SUM(s."Points" / c."MaxPoints" * c."Weight") AS total
              FROM "ContestScores" s JOIN "ContestCriteria" c ON c."Id" = s."CriterionId"
              JOIN "ContestEntries" e ON e."Id" = s."EntryId"
              WHERE e."ContestId" = @contest AND NOT s."IsDeleted"
              GROUP BY s."EntryId", s."JudgeId") t
            GROUP BY t."EntryId"
            """;
        var p = command.CreateParameter();
        p.ParameterName = "@contest";
        p.Value = db.Database.IsNpgsql() ? contestId : contestId.ToString().ToUpperInvariant(); // EF keeps Guids as upper-case text on SQLite
        command.Parameters.Add(p);
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows++;
        return rows;
    }

    /// <summary>
    /// The judges' totals as ranking read them until 2026-12-07 15:30 (two-level GROUP BY on SQLite, per-entry LATERAL on
    /// PostgreSQL), read into the same dictionary: the bench times it beside today's query in the same minute.
    /// </summary>
    public static async Task<int> PreviousJudgeTotalsAsync(MuseumDb db, Guid contestId)
    {
        var sqlite = !db.Database.IsNpgsql();
        var weighted = sqlite
            ? """CASE WHEN c."MaxPoints" > 0 THEN CAST(s."Points" AS REAL) * c."Weight" / (c."MaxPoints" * 10000.0) ELSE 0.0 END"""
            : """CASE WHEN c."MaxPoints" > 0 THEN CAST(s."Points" AS float8) * CAST(c."Weight" AS float8) / CAST(c."MaxPoints" AS float8) ELSE 0 END""";
        var notDeleted = sqlite ? "= 0" : "= FALSE";
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
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
        p.Value = sqlite ? contestId.ToString().ToUpperInvariant() : contestId;
        command.Parameters.Add(p);
        var into = new Dictionary<Guid, Awarding.JudgeTotals>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            decimal Read(int i) => Math.Round((decimal)reader.GetDouble(i), 8, MidpointRounding.AwayFromZero);
            var id = sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0);
            into[id] = new Awarding.JudgeTotals(Convert.ToInt32(reader.GetValue(1)), Read(2), Read(3), Read(4));
        }
        return into.Count;
    }
}
