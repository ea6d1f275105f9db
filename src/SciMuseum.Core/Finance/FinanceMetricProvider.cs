using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace SciMuseum.Core.Finance;

/// <summary>The finance module's figures for indicators, all read through <see cref="FinanceMetrics"/>.</summary>
public sealed class FinanceMetricProvider(FinanceMetrics finance, MuseumDb db) : IMetricProvider
{
    private const string Module = "finance";
    private const string Line = "budgetLine";

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("finance.executionRate", "预算执行率（支付率，支出÷到位）", "Execution rate (spent ÷ received)", MetricUnits.Percent, Module, Line),
        new("finance.budgetExecutionRate", "预算完成率（支出÷预算）", "Budget execution (spent ÷ current budget)", MetricUnits.Percent, Module, Line),
        new("finance.payProgress", "项目资金支付进度", "Project funds paid (spent ÷ received)", MetricUnits.Percent, Module),
        new("finance.balanceRate", "结转结余率", "Carry-over and balance rate", MetricUnits.Percent, Module),
        new("finance.budgetAdjustmentRate", "预算调整率", "Budget adjustment rate", MetricUnits.Percent, Module),
        new("finance.threePublicControlRate", "三公经费控制率", "Three public expenses: spent ÷ budget", MetricUnits.Percent, Module),
        new("finance.threePublicWithinBudget", "三公经费未超预算", "Three public expenses within budget", MetricUnits.YesNo, Module),
        new("finance.threePublicChangeRate", "三公经费变动率（较上年）", "Three public expenses change on last year", MetricUnits.Percent, Module),
        new("finance.procurement", "政府采购支出", "Government procurement spent", MetricUnits.Yuan, Module),
        new("finance.spending", "部门支出总额", "Total spending", MetricUnits.Yuan, Module),
        new("finance.approved", "预算批复数", "Budget approved", MetricUnits.Yuan, Module),
        new("finance.received", "资金到位数", "Funds received", MetricUnits.Yuan, Module),
        new("finance.projectApproved", "项目（专项）资金批复数", "Project funds approved", MetricUnits.Yuan, Module),
        new("finance.projectReceived", "项目（专项）资金实收数", "Project funds received", MetricUnits.Yuan, Module),
        new("finance.projectSpent", "项目（专项）资金支出数", "Project funds spent", MetricUnits.Yuan, Module),
        new("finance.threePublicBudget", "三公经费预算数", "Three public expenses budget", MetricUnits.Yuan, Module),
        new("finance.threePublicSpent", "三公经费支出数", "Three public expenses spent", MetricUnits.Yuan, Module),
        new("finance.procurementExecutionRate", "政府采购执行率（采购支出÷采购计划）", "Procurement execution (bought ÷ planned)", MetricUnits.Percent, Module),
        new("finance.complianceFindings", "检查、审计发现的违规问题", "Breaches found by inspections and audits", MetricUnits.Times, Module),
    ];

    /// <summary>What a year whose books keep only the 三公 lines (<see cref="Budget.ThreePublicOnly"/>) can answer.</summary>
    private static readonly HashSet<string> ThreePublicKeys =
        ["finance.threePublicControlRate", "finance.threePublicWithinBudget", "finance.threePublicBudget", "finance.threePublicSpent"];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var year = period.From.Year;
        if (await ExecutionAsync(year, period, ct) is not { } t) return null;
        if (threePublicOnly.Contains(year) && !ThreePublicKeys.Contains(key)) return null;
        if (key == "finance.procurementExecutionRate") return await ProcurementRateAsync(period, ct);
        if (key == "finance.complianceFindings") return await FindingsAsync(period, ct);
        var link = $"/staff/finance?year={year}";
        var line = argument is { Length: > 0 } ? t.Lines.FirstOrDefault(l => l.LineId.ToString() == argument || l.Code == argument) : null;
        if (argument is { Length: > 0 } && line is null) return null;

        MetricValue? Rate(decimal? rate, string basis, string? at = null) => rate is { } r ? new(r, at ?? link, basis) : null;
        return key switch
        {
            "finance.executionRate" when line is not null => Rate(line.ExecutionRate, $"{line.Name}：支出 {Money.Wan(line.Spent)} ÷ 到位 {Money.Wan(line.Received)}", $"/staff/finance/lines/{line.LineId}"),
            "finance.executionRate" => Rate(t.Total.ExecutionRate, $"支出 {Money.Wan(t.Total.Spent)} ÷ 到位 {Money.Wan(t.Total.Received)}"),
            "finance.budgetExecutionRate" when line is not null => Rate(line.BudgetExecutionRate, $"{line.Name}：支出 {Money.Wan(line.Spent)} ÷ 预算 {Money.Wan(line.CurrentBudget)}", $"/staff/finance/lines/{line.LineId}"),
            "finance.budgetExecutionRate" => Rate(Money.Percent(t.Total.Spent, t.Total.CurrentBudget, 2), $"支出 {Money.Wan(t.Total.Spent)} ÷ 预算 {Money.Wan(t.Total.CurrentBudget)}"),
            "finance.payProgress" => Rate(t.Project.ExecutionRate, $"项目支出 {Money.Wan(t.Project.Spent)} ÷ 项目到位 {Money.Wan(t.Project.Received)}"),
            "finance.balanceRate" => Rate(Money.Percent(t.Total.Balance, t.Total.Received, 2), $"结余 {Money.Wan(t.Total.Balance)} ÷ 到位 {Money.Wan(t.Total.Received)}"),
            "finance.budgetAdjustmentRate" => Rate(Money.Percent(t.Lines.Sum(l => Math.Abs(l.Adjustments)), t.Total.Approved, 2),
                $"调整 {Money.Wan(t.Lines.Sum(l => Math.Abs(l.Adjustments)))} ÷ 批复 {Money.Wan(t.Total.Approved)}", "/staff/finance/lines"),
            "finance.threePublicControlRate" => Rate(t.ThreePublic.ControlRate, $"三公支出 {Money.Wan(t.ThreePublic.Spent)} ÷ 预算 {Money.Wan(t.ThreePublic.Budget)}"),
            "finance.threePublicWithinBudget" => new(t.ThreePublic.WithinBudget ? 1 : 0, link, $"三公支出 {Money.Wan(t.ThreePublic.Spent)}，预算 {Money.Wan(t.ThreePublic.Budget)}"),
            "finance.threePublicChangeRate" => await ChangeRateAsync(t, period, ct),
            "finance.procurement" => new(t.ProcurementTotal, $"/staff/finance/lines?year={year}", $"政府采购 {Money.Wan(t.ProcurementTotal)}"),
            "finance.spending" => new(t.Total.Spent, link, $"支出合计 {Money.Wan(t.Total.Spent)}"),
            "finance.approved" => new(t.Total.Approved, link, $"预算批复合计 {Money.Wan(t.Total.Approved)}"),
            "finance.received" => new(t.Total.Received, link, $"到位合计 {Money.Wan(t.Total.Received)}"),
            "finance.projectApproved" => new(t.Project.Approved, link, $"项目支出预算批复 {Money.Wan(t.Project.Approved)}"),
            "finance.projectReceived" => new(t.Project.Received, link, $"项目资金实收 {Money.Wan(t.Project.Received)}"),
            "finance.projectSpent" => new(t.Project.Spent, link, $"项目资金支出 {Money.Wan(t.Project.Spent)}"),
            "finance.threePublicBudget" => new(t.ThreePublic.Budget, link, $"三公经费预算 {Money.Wan(t.ThreePublic.Budget)}"),
            "finance.threePublicSpent" => new(t.ThreePublic.Spent, link, $"三公经费支出 {Money.Wan(t.ThreePublic.Spent)}"),
            _ => null,
        };
    }

    // One execution table per period and scope (a request, a job's museum): an evaluation binding 300 indicators to
    // finance figures reads the ledger once, not 300 times. So a long-lived scope (a Blazor circuit) must resolve the
    // registry in a scope of its own per operation, or it would see the figures of its first read.
    private readonly Dictionary<MetricPeriod, ExecutionTable?> tables = [];
    private readonly HashSet<int> threePublicOnly = [];

    /// <summary>The period's execution table; null when the museum keeps no budget for that year.</summary>
    private async Task<ExecutionTable?> ExecutionAsync(int year, MetricPeriod period, CancellationToken ct)
    {
        if (tables.TryGetValue(period, out var table)) return table;
        var budget = await db.Budgets.Where(b => b.Year == year).Select(b => new { b.ThreePublicOnly }).FirstOrDefaultAsync(ct);
        if (budget?.ThreePublicOnly == true) threePublicOnly.Add(year);
        return tables[period] = budget is null ? null : await finance.ExecutionAsync(year, period.From, period.To, ct: ct);
    }

    /// <summary>(this year's 三公 spending − last year's) ÷ last year's; null without last year's books.</summary>
    private async Task<MetricValue?> ChangeRateAsync(ExecutionTable t, MetricPeriod period, CancellationToken ct)
    {
        var last = period.From.Year - 1;
        if (await ExecutionAsync(last, new MetricPeriod(period.From.AddYears(-1), period.To.AddYears(-1)), ct) is not { } before) return null;
        return Money.Percent(t.ThreePublic.Spent - before.ThreePublic.Spent, before.ThreePublic.Spent, 2) is { } rate
            ? new(rate, $"/staff/finance?year={t.Year}", $"{t.Year} 年 {Money.Wan(t.ThreePublic.Spent)}，{last} 年 {Money.Wan(before.ThreePublic.Spent)}")
            : null;
    }

    /// <summary>The period's procurement expenditures ÷ its year's procurement plan; null without a plan.</summary>
    private async Task<MetricValue?> ProcurementRateAsync(MetricPeriod period, CancellationToken ct)
    {
        var p = await ProcurementExecution.HandleAsync(db, period.From, period.To, ct);
        return p.ExecutionRate is { } rate
            ? new(rate, $"/staff/finance/procurement?year={p.Year}",
                $"政府采购支出 {Money.Wan(p.Bought)}（{p.Purchases} 笔）÷ 采购计划 {Money.Wan(p.Planned)}（{p.Lines.Count} 项）")
            : null;
    }

    /// <summary>Findings of inspections and audits dated in the period: none recorded in a year with books is none found.</summary>
    private async Task<MetricValue?> FindingsAsync(MetricPeriod period, CancellationToken ct)
    {
        var found = await db.FinanceFindings.Where(f => f.Date >= period.From && f.Date <= period.To)
            .GroupBy(f => f.Source).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var count = found.Sum(f => f.Count);
        var basis = count == 0
            ? $"{period.From:yyyy-MM-dd}–{period.To:yyyy-MM-dd} 未记录检查、审计发现的违规问题"
            : $"检查发现 {found.Where(f => f.Key == FindingSource.Inspection).Sum(f => f.Count)} 条，审计发现 {found.Where(f => f.Key == FindingSource.Audit).Sum(f => f.Count)} 条";
        return new(count, $"/staff/finance/findings?year={period.From.Year}", basis);
    }
}
