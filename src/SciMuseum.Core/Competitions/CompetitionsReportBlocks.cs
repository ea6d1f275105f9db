using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Reporting;

namespace SciMuseum.Core.Competitions;

/// <summary>
/// The award tables of the report's 科技活动部 section: per contest kind (<c>[[competitions.awards(innovation)]]</c>), each
/// category's first, second and third prizes as ranked from the scores, then the organisation awards.
/// </summary>
public sealed class CompetitionsReportBlocks(MuseumDb db) : IReportBlockProvider
{
    public IReadOnlyList<ReportBlockDefinition> Blocks { get; } =
    [
        new("competitions.awards", "竞赛获奖情况表（参数：innovation、robot…）", "Awards per category of a contest kind", ReportBlockKind.Table, "competitions"),
    ];

    public async Task<ReportBlockData?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        if (key != "competitions.awards" || !Enum.TryParse<ContestKind>(argument, true, out var kind)) return null;
        var year = period.From.Year;
        var contests = (await ContestStatistics.HandleAsync(db, year, ct)).Contests.Where(c => c.Kind == kind && c.Awards.Count > 0).ToList();
        if (contests.Count == 0) return null;
        var rows = new List<IReadOnlyList<string>>();
        var figures = new List<ReportFigure>();
        foreach (var contest in contests)
        {
            foreach (var a in contest.Awards)
            {
                rows.Add([a.Category, Formats.Count(a.First), Formats.Count(a.Second), Formats.Count(a.Third), Formats.Count(a.Total)]);
                figures.Add(new($"competitions.awards({a.Category})", $"{contest.Name} {a.Category} 获奖", a.Total, Formats.Count(a.Total), $"{year}年",
                    $"/staff/competitions?year={year}", $"一等奖 {a.First}，二等奖 {a.Second}，三等奖 {a.Third}"));
            }
            rows.Add(["合计", Formats.Count(contest.Awards.Sum(a => a.First)), Formats.Count(contest.Awards.Sum(a => a.Second)),
                Formats.Count(contest.Awards.Sum(a => a.Third)), Formats.Count(contest.Awards.Sum(a => a.Total))]);
            foreach (var o in contest.OrganisationAwards)
                rows.Add([o.Title, "", "", "", Formats.Count(o.Count)]);
        }
        return new ReportTableData($"{year}年{string.Join("、", contests.Select(c => c.Name))}获奖情况", ["类别（项目）", "一等奖", "二等奖", "三等奖", "合计"],
            rows, new HashSet<int> { 1, 2, 3, 4 }, [3.5, 1, 1, 1, 1]) { Figures = figures };
    }
}
