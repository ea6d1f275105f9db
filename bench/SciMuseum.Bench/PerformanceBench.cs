using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Bench;

/// <summary>
/// An evaluation over 300 indicators of the bench museum (200 bound to each line's execution rate, 40 to the museum's
/// finance figures, 20 to its visitor figures over the year's admissions, 40 judged), each run in a fresh scope as a
/// request would, next to the bound metrics computed alone and the visitor statistics the visitor figures come from.
/// </summary>
internal static class PerformanceBench
{
    private static readonly string[] MuseumFigures =
        ["finance.executionRate", "finance.budgetExecutionRate", "finance.payProgress", "finance.balanceRate", "finance.budgetAdjustmentRate", "finance.threePublicControlRate"];

    // Visitor figures with a target in their own unit: admitted 人次, open days 天, per open day 人次, no-show rate %.
    private static readonly (string Key, string Unit, decimal Target, RuleKind Rule)[] VisitorFigures =
    [
        ("visitors.admitted", "人次", 900_000, RuleKind.ProportionalPositive),
        ("visitors.openDays", "天", 300, RuleKind.ProportionalPositive),
        ("visitors.averagePerOpenDay", "人次", 2_500, RuleKind.ProportionalPositive),
        ("visitors.groupAdmitted", "人次", 10_000, RuleKind.ProportionalPositive),
        ("visitors.noShowRate", "%", 10, RuleKind.ProportionalNegative),
    ];

    public sealed record Figures(double Evaluation, double MetricsAlone, double VisitorStatistics, int Indicators, int VisitorIndicators, decimal TotalScore, int Admitted, int OpenDays);

    public static async Task<Figures> RunAsync(IServiceProvider root, Guid museumId, int year)
    {
        Guid evaluationId;
        await using (var scope = Scope(root, museumId))
        {
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var codes = await db.BudgetLines.Where(l => l.Budget!.Year == year).OrderBy(l => l.Code).Select(l => l.Code).ToListAsync();
            List<IndicatorNode> leaves =
            [
                .. codes.Take(200).Select(c => new IndicatorNode($"{c} 执行率", 0.25m, new(RuleKind.ProportionalPositive), "%", 90, "finance.executionRate", c)),
                .. Enumerable.Range(0, 40).Select(i => new IndicatorNode($"财务指标 {i}", 0.5m, new(RuleKind.ProportionalNegative), "%", 10, MuseumFigures[i % MuseumFigures.Length])),
                .. Enumerable.Range(0, 20).Select(i => VisitorFigures[i % VisitorFigures.Length]).Select((f, i) =>
                    new IndicatorNode($"观众指标 {i}", 0.5m, new(f.Rule), f.Unit, f.Target, f.Key)),
                .. Enumerable.Range(0, 40).Select(i => new IndicatorNode($"评判 {i}", 0.5m, new(RuleKind.Judgement))),
            ];
            var table = new ScoringTable { Name = "基准评分表" };
            db.ScoringTables.Add(table);
            db.ScoringIndicators.AddRange(IndicatorNode.Flatten(table.Id, [new IndicatorNode("绩效", leaves.Sum(l => l.Weight!.Value), Children: leaves)]));
            var evaluation = new Evaluation { Year = year, PeriodFrom = new(year, 1, 1), PeriodTo = new(year, 12, 31), TableId = table.Id, Name = "基准评价" };
            db.Evaluations.Add(evaluation);
            await db.SaveChangesAsync();
            evaluationId = evaluation.Id;
        }

        var run = await Timing.MedianAsync(async () =>
        {
            await using var scope = Scope(root, museumId);
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var e = await db.Evaluations.AsNoTracking().FirstAsync(x => x.Id == evaluationId);
            return await scope.ServiceProvider.GetRequiredService<EvaluationRunner>().LiveAsync(e);
        });
        var alone = await Timing.MedianAsync(async () =>
        {
            await using var scope = Scope(root, museumId);
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var registry = scope.ServiceProvider.GetRequiredService<MetricRegistry>();
            var bound = await db.ScoringIndicators.AsNoTracking().Where(i => i.MetricKey != null).Select(i => new { i.MetricKey, i.MetricArgument }).Distinct().ToListAsync();
            foreach (var b in bound) await registry.ComputeAsync(b.MetricKey!, b.MetricArgument, MetricPeriod.Year(year));
            return bound.Count;
        });
        var statistics = await Timing.MedianAsync(async () =>
        {
            await using var scope = Scope(root, museumId);
            return await scope.ServiceProvider.GetRequiredService<VisitorStatistics>().ForPeriodAsync(new(year, 1, 1), new(year, 12, 31));
        });
        // One more run to check that the visitor figures really came from the loaded tickets.
        await using var check = Scope(root, museumId);
        var db2 = check.ServiceProvider.GetRequiredService<MuseumDb>();
        var result = await check.ServiceProvider.GetRequiredService<EvaluationRunner>().LiveAsync(await db2.Evaluations.AsNoTracking().FirstAsync(x => x.Id == evaluationId));
        var scored = result.Indicators.Where(i => i.IsLeaf).ToList();
        int Actual(string key) => (int)(scored.First(i => i.MetricKey == key).Actual ?? -1);
        return new Figures(run, alone, statistics, scored.Count, scored.Count(i => i.MetricKey?.StartsWith("visitors.") == true),
            result.TotalScore, Actual("visitors.admitted"), Actual("visitors.openDays"));
    }

    private static AsyncServiceScope Scope(IServiceProvider root, Guid museumId)
    {
        var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench")], "bench")), museumId);
        return scope;
    }
}
