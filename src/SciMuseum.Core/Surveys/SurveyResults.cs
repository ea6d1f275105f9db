using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Surveys;

/// <summary>
/// Results by service area over a period, computed in the database from the responses' fixed indices (an integer sum,
/// exact on both providers): the index, responses, 95% confidence interval and grade.
/// </summary>
public static class SurveyResults
{
    public sealed record AreaResult(string Area, string Name, decimal? Index, int Responses, int Scored, decimal? Low, decimal? High, string? Grade);

    public sealed record YearResult(int Year, string Method, IReadOnlyList<AreaResult> Areas);

    private sealed record Sums(string Area, int Responses, int Scored, long Sum, decimal SumSquares);

    public static async Task<YearResult> YearAsync(MuseumDb db, int year, CancellationToken ct) =>
        new(year, SatisfactionIndex.Method, await AreasAsync(db, MetricPeriod.Year(year), null, ct));

    public static async Task<List<AreaResult>> AreasAsync(MuseumDb db, MetricPeriod period, string? area, CancellationToken ct)
    {
        var responses = InPeriod(db, period, area);
        var sums = await responses.GroupBy(r => r.Area).Select(g => new Sums(g.Key, g.Count(), g.Count(r => r.ScoreUnits != null),
            g.Sum(r => r.ScoreUnits ?? 0), g.Sum(r => (decimal)((r.ScoreUnits ?? 0) * (r.ScoreUnits ?? 0))))).ToListAsync(ct);
        var areas = await db.Questionnaires.AsNoTracking().Where(q => area == null || q.Area == area)
            .Select(q => new { q.Area, q.AreaName, q.Version, q.ExcellentFrom, q.GoodFrom, q.FairFrom, q.CreatedAt }).ToListAsync(ct);
        var latest = areas.GroupBy(a => a.Area).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.CreatedAt).First());
        return [.. latest.Keys.Union(sums.Select(s => s.Area)).Order().Select(key =>
        {
            var s = sums.FirstOrDefault(x => x.Area == key) ?? new Sums(key, 0, 0, 0, 0);
            var meta = latest.GetValueOrDefault(key);
            var index = SatisfactionIndex.Of(s.Sum, s.Scored);
            var half = SatisfactionIndex.HalfWidth(s.Sum, s.SumSquares, s.Scored);
            var bands = meta is null ? GradeBands.Standard : new GradeBands(meta.ExcellentFrom, meta.GoodFrom, meta.FairFrom);
            return new AreaResult(key, meta?.AreaName ?? key, index, s.Responses, s.Scored, index - half, index + half,
                index is { } i ? bands.GradeOf(i) : null);
        })];
    }

    public static IQueryable<SurveyResponse> InPeriod(MuseumDb db, MetricPeriod period, string? area) =>
        db.SurveyResponses.AsNoTracking().Where(r => r.Date >= period.From && r.Date <= period.To && (area == null || r.Area == area));
}

/// <summary>One area's year in detail: per dimension, per question (distribution, mean), by month, by respondent type, and comments.</summary>
public static class AreaDetail
{
    public sealed record Group(string Key, string Label, decimal? Index, int Responses);

    public sealed record QuestionStats(Guid Id, int Version, int Order, string Section, string Text, QuestionKind Kind, string Dimension,
        int Answers, decimal? Mean, IReadOnlyList<Bar> Distribution);

    public sealed record Bar(string Label, int Count);

    public sealed record Comment(DateOnly Date, string RespondentType, string Text);

    public sealed record Result(int Year, string Method, SurveyResults.AreaResult Area, IReadOnlyList<Group> Dimensions, IReadOnlyList<Group> Months,
        IReadOnlyList<Group> RespondentTypes, IReadOnlyList<QuestionStats> Questions, IReadOnlyList<Comment> Comments);

    public static async Task<Result?> HandleAsync(MuseumDb db, string area, int year, CancellationToken ct)
    {
        var period = MetricPeriod.Year(year);
        var summary = (await SurveyResults.AreasAsync(db, period, area, ct)).FirstOrDefault();
        if (summary is null) return null;
        var responses = SurveyResults.InPeriod(db, period, area).Where(r => r.ScoreUnits != null);
        var months = (await responses.GroupBy(r => r.Date.Month).Select(g => new { g.Key, N = g.Count(), Sum = g.Sum(r => r.ScoreUnits!.Value) }).ToListAsync(ct))
            .OrderBy(m => m.Key).Select(m => new Group(m.Key.ToString(), $"{m.Key} 月", SatisfactionIndex.Of(m.Sum, m.N), m.N)).ToList();
        var types = (await responses.GroupBy(r => r.RespondentType).Select(g => new { g.Key, N = g.Count(), Sum = g.Sum(r => r.ScoreUnits!.Value) }).ToListAsync(ct))
            .OrderBy(t => t.Key).Select(t => new Group(t.Key.ToString(), SurveyLabels.Of(t.Key), SatisfactionIndex.Of(t.Sum, t.N), t.N)).ToList();

        // Distributions come from the monthly tallies, never from the answers themselves (a year may hold a million).
        var tallies = await db.SurveyTallies.AsNoTracking().Where(t => t.Area == area && t.Year == year)
            .GroupBy(t => new { t.QuestionId, t.Option }).Select(g => new { g.Key.QuestionId, g.Key.Option, N = g.Sum(t => t.Count) }).ToListAsync(ct);
        var values = tallies.Where(t => t.Option != SurveyTally.Answered).Select(t => new { t.QuestionId, Value = t.Option, t.N }).ToList();
        var tallied = tallies.Select(t => t.QuestionId).ToHashSet();
        var questionnaires = (await db.Questionnaires.AsNoTracking().Include(q => q.Questions).Include(q => q.Dimensions).AsSplitQuery()
            .Where(q => q.Area == area).OrderByDescending(q => q.Version).ToListAsync(ct))
            .Where(q => q.Questions.Any(x => tallied.Contains(x.Id))).ToList();

        var stats = new List<QuestionStats>();
        foreach (var q in questionnaires)
        foreach (var x in q.Questions.OrderBy(x => x.SortOrder))
        {
            if (x.IsRating)
            {
                var counts = values.Where(v => v.QuestionId == x.Id).ToDictionary(v => v.Value, v => v.N);
                var n = counts.Values.Sum();
                var bars = Enumerable.Range(x.Scale.Min, x.Scale.Max - x.Scale.Min + 1).Select(v => new Bar(v.ToString(), counts.GetValueOrDefault(v))).ToList();
                decimal? mean = n == 0 ? null : Math.Round((decimal)counts.Sum(c => c.Key * c.Value) / n, 2, MidpointRounding.AwayFromZero);
                stats.Add(new(x.Id, q.Version, x.SortOrder, x.Section, x.Text, x.Kind, x.Dimension, n, mean, bars));
            }
            else if (x.Kind != QuestionKind.Text)
            {
                var picked = tallies.Where(t => t.QuestionId == x.Id).ToDictionary(t => t.Option, t => t.N);
                stats.Add(new(x.Id, q.Version, x.SortOrder, x.Section, x.Text, x.Kind, "", picked.GetValueOrDefault(SurveyTally.Answered), null,
                    [.. x.Options.Select((o, i) => new Bar(o, picked.GetValueOrDefault(i)))]));
            }
        }
        var dimensions = questionnaires.FirstOrDefault()?.Dimensions.OrderBy(d => d.SortOrder).Select(d =>
        {
            var rated = stats.Where(s => s.Dimension == d.Code && s.Mean is not null).ToList();
            var scaled = questionnaires.SelectMany(q => q.Questions).Where(x => x.CountsInIndex && x.Dimension == d.Code)
                .Select(x => (x, counts: values.Where(v => v.QuestionId == x.Id).ToList())).Where(t => t.counts.Count > 0).ToList();
            decimal sum = 0, weight = 0;
            var answers = 0;
            foreach (var (x, counts) in scaled)
            {
                var n = counts.Sum(c => c.N);
                sum += x.Weight * counts.Sum(c => SatisfactionIndex.Rescale(c.Value, x.Scale.Min, x.Scale.Max) * c.N) / n;
                weight += x.Weight;
                answers = Math.Max(answers, n);
            }
            return new Group(d.Code, $"{d.Name}（权重 {d.Weight:0.##}）", weight == 0 ? null : Math.Round(sum / weight, 2, MidpointRounding.AwayFromZero), answers);
        }).ToList() ?? [];

        var comments = (await (from a in db.SurveyAnswers.AsNoTracking().Where(a => a.Text != "")
                               join r in SurveyResults.InPeriod(db, period, area) on a.ResponseId equals r.Id
                               orderby r.SubmittedAt descending
                               select new { r.Date, r.RespondentType, a.Text }).Take(50).ToListAsync(ct))
            .Select(c => new Comment(c.Date, SurveyLabels.Of(c.RespondentType), c.Text)).ToList();
        return new Result(year, SatisfactionIndex.Method, summary, dimensions, months, types, stats, comments);
    }
}
