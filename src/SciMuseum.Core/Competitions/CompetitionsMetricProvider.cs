using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions;

/// <summary>
/// The contests' figures for indicators and the report, from <see cref="ContestStatistics"/>. The argument picks the
/// contests of one kind (<c>innovation</c>, <c>robot</c>, <c>programming</c>, <c>aiActivity</c>); without one, all of the year's.
/// </summary>
public sealed class CompetitionsMetricProvider(MuseumDb db) : IMetricProvider
{
    private const string Module = "competitions";
    private const string Kind = "contestKind";

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("competitions.entries", "竞赛参赛作品（队）", "Contest entries", MetricUnits.Works, Module, Kind),
        new("competitions.awardedEntries", "竞赛获奖作品", "Awarded contest entries", MetricUnits.Works, Module, Kind),
        new("competitions.firstPrizes", "竞赛一等奖", "First prizes", MetricUnits.Works, Module, Kind),
        new("competitions.participants", "竞赛参与人次", "Contest participants", MetricUnits.PersonTimes, Module, Kind),
        new("competitions.teams", "竞赛参赛队", "Contest teams", MetricUnits.Teams, Module, Kind),
        new("competitions.schools", "参与学校", "Schools taking part", MetricUnits.Count, Module, Kind),
        new("competitions.organisationAwards", "组织奖（优秀组织单位、学校、辅导教师）", "Organisation awards", MetricUnits.Count, Module, Kind),
        new("competitions.spendingRate", "竞赛经费支付率（支出÷到位）", "Contest funds spent ÷ received", MetricUnits.Percent, Module, Kind),
    ];

    private readonly Dictionary<int, ContestStatistics.Result> years = [];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var year = period.From.Year;
        if (!years.TryGetValue(year, out var stats)) years[year] = stats = await ContestStatistics.HandleAsync(db, year, ct);
        ContestKind? kind = argument is { Length: > 0 } ? Enum.TryParse<ContestKind>(argument, true, out var k) ? k : null : null;
        if (argument is { Length: > 0 } && kind is null) return null;
        var contests = stats.Contests.Where(c => kind is null || c.Kind == kind).ToList();
        if (contests.Count == 0) return null;
        var link = $"/staff/competitions?year={year}";
        var names = string.Join("、", contests.Select(c => c.Name));
        MetricValue Count(decimal value, string what) => new(value, link, $"{names}：{what} {Formats.Number(value)}");
        return key switch
        {
            "competitions.entries" => Count(contests.Sum(c => c.Entries), "参赛作品（队）"),
            "competitions.awardedEntries" => Count(contests.Sum(c => c.AwardedEntries), "按评分排名和奖项名额评出获奖作品"),
            "competitions.firstPrizes" => Count(contests.Sum(c => c.Awards.Sum(a => a.First)), "一等奖"),
            "competitions.participants" => Count(contests.Sum(c => c.Participants), "参与"),
            "competitions.teams" => Count(contests.Sum(c => c.Teams), "参赛队"),
            "competitions.schools" => Count(contests.Sum(c => c.Schools), "参与学校"),
            "competitions.organisationAwards" => Count(contests.Sum(c => c.OrganisationAwards.Sum(o => o.Count)), "组织奖"),
            "competitions.spendingRate" => contests.Where(c => c.Spending is not null).ToList() is { Count: > 0 } funded
                && Money.Percent(funded.Sum(c => c.Spending!.Spent), funded.Sum(c => c.Spending!.Received), 1) is { } rate
                ? new(rate, link, $"{names}：支出 {Money.Wan(funded.Sum(c => c.Spending!.Spent))} ÷ 到位 {Money.Wan(funded.Sum(c => c.Spending!.Received))}")
                : null,
            _ => null,
        };
    }
}
