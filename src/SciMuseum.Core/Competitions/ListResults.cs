using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions;

/// <summary>A contest's ranking per category as staff read it: place, score, judges' spread and flag, prize, school and entrants.</summary>
public static class ListResults
{
    public sealed record Result(Guid ContestId, string Contest, IReadOnlyList<CategoryRanking> Categories);

    public sealed record CategoryRanking(Guid CategoryId, string Category, ScoringMode Scoring, string TieRule, IReadOnlyList<Row> Entries);

    public sealed record Row(Guid EntryId, int Rank, int Number, string Title, string School, IReadOnlyList<string> Entrants, decimal? Score,
        int Judges, decimal? Spread, bool Disputed, Prize? Prize);

    public const string JudgesTieRule = "按评委总分平均分排名（5 位及以上评委去掉一个最高分和一个最低分）；同分时比较全部评委平均分，再按报名先后。";
    public const string MatchesTieRule = "按各场比赛得分之和排名；同分时用时少者在前，再按报名先后。";

    public static async Task<Result?> HandleAsync(MuseumDb db, Guid contestId, Guid? categoryId, CancellationToken ct)
    {
        if ((await ContestResults.LoadAsync(db, [contestId], ct)).SingleOrDefault() is not { } r) return null;
        var entrants = await ContestResults.EntrantNamesAsync(db, [contestId], ct);
        return new Result(r.Contest.Id, r.Contest.Name, [.. r.Categories.Where(c => categoryId is null || c.Category.Id == categoryId).Select(c =>
            new CategoryRanking(c.Category.Id, c.Category.Name, c.Category.Scoring, c.Category.Scoring == ScoringMode.Matches ? MatchesTieRule : JudgesTieRule,
                [.. c.Entries.Select(e => new Row(e.Entry.Id, e.Placed.Rank, e.Entry.Number, e.Entry.Title, r.Units.GetValueOrDefault(e.Entry.UnitId)?.Name ?? "",
                    [.. entrants[e.Entry.Id]], e.Placed.Score, e.Placed.Judges, e.Placed.Spread, e.Placed.Disputed, e.Placed.Prize))]))]);
    }
}
