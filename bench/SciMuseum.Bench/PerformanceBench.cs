using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Bench;

/// <summary>
/// An evaluation over 300 indicators of the bench museum (200 bound to each line's execution rate, 60 to the museum's
/// finance figures, 40 judged), each run in a fresh scope as a request would, next to the bound metrics computed alone.
/// </summary>
internal static class PerformanceBench
{
    private static readonly string[] MuseumFigures =
        ["finance.executionRate", "finance.budgetExecutionRate", "finance.payProgress", "finance.balanceRate", "finance.budgetAdjustmentRate", "finance.threePublicControlRate"];

    public static async Task<(double Evaluation, double MetricsAlone, int Indicators)> RunAsync(IServiceProvider root, Guid museumId, int year)
    {
        Guid evaluationId;
        await using (var scope = Scope(root, museumId))
        {
            var db = scope.ServiceProvider.GetRequiredService<MuseumDb>();
            var codes = await db.BudgetLines.Where(l => l.Budget!.Year == year).OrderBy(l => l.Code).Select(l => l.Code).ToListAsync();
            List<IndicatorNode> leaves =
            [
                .. codes.Take(200).Select(c => new IndicatorNode($"{c} 执行率", 0.25m, new(RuleKind.ProportionalPositive), "%", 90, "finance.executionRate", c)),
                .. Enumerable.Range(0, 60).Select(i => new IndicatorNode($"财务指标 {i}", 0.5m, new(RuleKind.ProportionalNegative), "%", 10, MuseumFigures[i % MuseumFigures.Length])),
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
        return (run, alone, 300);
    }

    private static AsyncServiceScope Scope(IServiceProvider root, Guid museumId)
    {
        var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench")], "bench")), museumId);
        return scope;
    }
}
