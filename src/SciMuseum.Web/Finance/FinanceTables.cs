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

    public static IDictionary<string, object?> Receipt(ListLedger.ReceiptRow r) => new Dictionary<string, object?>
    {
        [L("日期", "Date")] = r.Date.ToString("yyyy-MM-dd"),
        [L("预算项目编码", "Line code")] = r.LineCode,
        [L("预算项目", "Budget line")] = r.LineName,
        [L("金额（元）", "Amount (yuan)")] = Money.Fixed(r.Amount),
        [L("文号", "Document")] = r.DocumentNumber,
        [L("备注", "Note")] = r.Note,
    };

    public static IDictionary<string, object?> Expenditure(ListLedger.ExpenditureRow e) => new Dictionary<string, object?>
    {
        [L("日期", "Date")] = e.Date.ToString("yyyy-MM-dd"),
        [L("预算项目编码", "Line code")] = e.LineCode,
        [L("预算项目", "Budget line")] = e.LineName,
        [L("金额（元）", "Amount (yuan)")] = Money.Fixed(e.Amount),
        [L("收款单位", "Payee")] = e.Payee,
        [L("支出类别", "Category")] = FinanceLabels.Of(e.Category),
        [L("政府采购", "Procurement")] = e.IsProcurement ? L("是", "Yes") : L("否", "No"),
        [L("采购方式", "Method")] = e.ProcurementMethod,
        [L("合同号", "Contract")] = e.ContractNumber,
        [L("凭证号", "Voucher")] = e.VoucherNumber,
        [L("超支原因", "Override reason")] = e.OverrideReason,
        [L("备注", "Note")] = e.Note,
    };

    public static IDictionary<string, object?> Reconciled(Reconciliation.Row r) => new Dictionary<string, object?>
    {
        [L("数据项", "Figure")] = r.Label,
        [L("键名", "Key")] = r.Key,
        [L("单位", "Unit")] = FinanceLabels.Of(r.Unit),
        [L("文件所载", "Stated")] = r.Stated,
        [L("系统计算", "Computed")] = r.Computed,
        [L("差额", "Difference")] = r.Difference,
        [L("是否一致", "Agrees")] = r.Disagrees ? L("不一致", "Disagrees") : L("一致", "Agrees"),
        [L("来源", "Source")] = r.Source,
    };
}
