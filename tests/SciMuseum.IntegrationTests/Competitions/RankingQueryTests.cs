using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>
/// The ranking reads each entry's judges' totals from one grouped SQL query (count, sum, min, max per entry); it must
/// place every entry exactly as the pure computation over every score row does: trimmed mean from five judges up, the
/// tie rule, spread and 待复核 flag, prizes — with deleted scores, a deleted criterion and a withdrawn entry in the data.
/// </summary>
public abstract class RankingQueryTests(SciMuseumApp app)
{
    [Fact]
    public async Task The_grouped_query_ranks_exactly_as_the_computation_over_every_score()
    {
        var museum = await app.CreateMuseumAsync();
        var (contestId, categoryId, entry5) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var random = new Random(15);
            var contest = new Contest { MuseumId = museum.Id, Year = 2031, Name = "排名一致性", Kind = ContestKind.Innovation };
            var category = new ContestCategory
            {
                MuseumId = museum.Id, ContestId = contest.Id, Name = "科技创新成果", Scoring = ScoringMode.Judges, PrizeMode = PrizeMode.Quota,
                First = 3, Second = 5, Third = 8, DisagreementThreshold = 12,
            };
            var criteria = new[] { (40m, 10m), (35m, 4m), (25m, 20m), (10m, 10m) }.Select((c, i) => new Criterion
            {
                MuseumId = museum.Id, CategoryId = category.Id, Name = $"细则{i + 1}", Weight = c.Item1, MaxPoints = c.Item2, SortOrder = i + 1,
            }).ToList();
            criteria[3].IsDeleted = true; // scored once, then removed: counts 0 in both computations
            var unit = new ContestUnit { MuseumId = museum.Id, ContestId = contest.Id, Name = "南阳市第一中学", Kind = UnitKind.School };
            var judges = Enumerable.Range(1, 7).Select(i => new Judge { MuseumId = museum.Id, ContestId = contest.Id, Name = $"评委{i}" }).ToList();
            // Another category's criterion, scored on entry 5 by a judge who scored nothing else there: it counts 0 in both
            // computations, but that judge still counts.
            var other = new ContestCategory { MuseumId = museum.Id, ContestId = contest.Id, Name = "科学幻想画", Scoring = ScoringMode.Judges, PrizeMode = PrizeMode.Quota };
            var foreign = new Criterion { MuseumId = museum.Id, CategoryId = other.Id, Name = "想象力", Weight = 100, MaxPoints = 10 };
            db.AddRange(contest, category, other, foreign, unit);
            db.AddRange(criteria);
            db.AddRange(judges);
            var fifth = Guid.Empty;
            for (var n = 1; n <= 40; n++)
            {
                var entry = new Entry
                {
                    MuseumId = museum.Id, ContestId = contest.Id, CategoryId = category.Id, UnitId = unit.Id, Number = n, Title = $"作品{n}",
                    Status = n == 40 ? EntryStatus.Withdrawn : EntryStatus.Submitted,
                };
                db.Add(entry);
                // 0 to 7 judges; entries 10 and 11 get the very same points (a tie the registration number decides).
                var panel = n is 10 or 11 ? 5 : random.Next(8);
                if (n == 5) panel = 4;
                if (n == 5) fifth = entry.Id;
                if (n == 5) db.Add(new Score { MuseumId = museum.Id, EntryId = entry.Id, JudgeId = judges[6].Id, CriterionId = foreign.Id, Points = 9 });
                var seed = n is 10 or 11 ? 99 : n;
                var points = new Random(seed);
                foreach (var judge in judges.Take(panel))
                    foreach (var c in criteria)
                        db.Add(new Score
                        {
                            MuseumId = museum.Id, EntryId = entry.Id, JudgeId = judge.Id, CriterionId = c.Id,
                            Points = Math.Round((decimal)points.NextDouble() * c.MaxPoints * 4) / 4, IsDeleted = n == 7 && judge == judges[0],
                        });
            }
            await db.SaveChangesAsync();
            return (contest.Id, category.Id, fifth);
        });

        var (byQuery, byRows) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var results = (await ContestResults.LoadAsync(db, [contestId], default)).Single();
            var category = await db.ContestCategories.SingleAsync(c => c.Id == categoryId);
            var entries = await db.ContestEntries.Where(e => e.CategoryId == categoryId && e.Status == EntryStatus.Submitted)
                .Select(e => new Awarding.EntryRow(e.Id, e.Number)).ToListAsync();
            var criteria = await db.ContestCriteria.Where(c => c.CategoryId == categoryId)
                .Select(c => new Awarding.CriterionSpec(c.Id, c.Weight, c.MaxPoints)).ToListAsync();
            var scores = await db.ContestScores.Where(s => db.ContestEntries.Any(e => e.Id == s.EntryId && e.CategoryId == categoryId))
                .Select(s => new Awarding.ScoreRow(s.EntryId, s.JudgeId, s.CriterionId, s.Points)).ToListAsync();
            return (results.Categories.Single(c => c.Category.Id == categoryId).Entries.Select(e => e.Placed).ToList(), Awarding.Rank(category, entries, criteria, scores, []).ToList());
        });

        Assert.Equal(39, byQuery.Count);
        Assert.Equal(byRows, byQuery);
        Assert.Contains(byQuery, p => p.Judges >= Awarding.TrimFrom);
        Assert.Contains(byQuery, p => p.Disputed);
        Assert.Contains(byQuery, p => p.Score is null);
        Assert.Equal(16, byQuery.Count(p => p.Prize is not null));
        Assert.Equal(5, byQuery.Single(p => p.EntryId == entry5).Judges);
    }
}

[Collection("sqlite")]
public sealed class RankingQueryOnSqlite(SqliteApp app) : RankingQueryTests(app);

[Collection("postgres")]
public sealed class RankingQueryOnPostgres(PostgresApp app) : RankingQueryTests(app);
