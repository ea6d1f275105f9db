using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Finance;

/// <summary>The execution table as the report prints it: 万元 with 2 decimals, rates in percent.</summary>
public static class FinanceTables
{
    public static IEnumerable<IDictionary<string, object?>> Execution(ExecutionTable t)
    {
        foreach (var l in t.Lines)
            yield return Row(l.Code, l.Name, l.Approved, l.CurrentBudget, l.Received, l.Spent, l.Balance, l.ExecutionRate);
        yield return Row("", L("合计", "Total"), t.Total.Approved, t.Total.CurrentBudget, t.Total.Received, t.Total.Spent, t.Total.Balance, t.Total.ExecutionRate);
        yield return Row("", L("其中：项目支出", "of which projects"), t.Project.Approved, t.Project.CurrentBudget, t.Project.Received,
            t.Project.Spent, t.Project.Balance, t.Project.ExecutionRate);
    }

    private static IDictionary<string, object?> Row(string code, string name, decimal approved, decimal current, decimal received,
        decimal spent, decimal balance, decimal? rate) => new Dictionary<string, object?>
    {
        [L("编码", "Code")] = code,
        [L("预算项目", "Budget line")] = name,
        [L("批复（万元）", "Approved (10k yuan)")] = Money.ToWan(approved),
        [L("调整后预算（万元）", "Current budget (10k yuan)")] = Money.ToWan(current),
        [L("实收（万元）", "Received (10k yuan)")] = Money.ToWan(received),
        [L("支出（万元）", "Spent (10k yuan)")] = Money.ToWan(spent),
        [L("结余（万元）", "Balance (10k yuan)")] = Money.ToWan(balance),
        [L("支付率（%）", "Execution rate (%)")] = rate,
    };
}
