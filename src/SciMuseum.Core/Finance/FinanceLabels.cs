using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Finance;

/// <summary>How the finance module's enums read on pages and in exports.</summary>
public static class FinanceLabels
{
    public static string Of(LineKind k) => k == LineKind.Basic ? L("基本支出", "Basic") : L("项目支出", "Project");

    public static string Of(FundingSource s) => s switch
    {
        FundingSource.LocalFiscal => L("本级财政拨款", "Local fiscal"),
        FundingSource.CentralSubsidy => L("中央补助", "Central subsidy"),
        _ => L("其他", "Other"),
    };

    public static string Of(ExpenditureCategory c) => c switch
    {
        ExpenditureCategory.Personnel => L("人员支出", "Personnel"),
        ExpenditureCategory.OfficialReception => L("公务接待（三公）", "Official reception"),
        ExpenditureCategory.OfficialVehicle => L("公务用车（三公）", "Official vehicles"),
        ExpenditureCategory.OverseasTravel => L("因公出国（境）（三公）", "Official travel abroad"),
        _ => L("一般支出", "General"),
    };

    public static string Of(FigureUnit u) => u switch
    {
        FigureUnit.Wan => L("万元", "10k yuan"),
        FigureUnit.Percent => "%",
        _ => L("元", "yuan"),
    };

    public static string Of(ProcurementCategory c) => c switch
    {
        ProcurementCategory.Goods => L("货物", "Goods"),
        ProcurementCategory.Services => L("服务", "Services"),
        _ => L("工程", "Works"),
    };

    public static string Of(FindingSource s) => s == FindingSource.Audit ? L("审计", "Audit") : L("检查", "Inspection");

    /// <summary>Finance's records and fields as staff read them (audit log).</summary>
    public static readonly Common.RecordLabels.Module Records = new(
        new Dictionary<string, (string, string)>
        {
            ["Budget"] = ("年度预算", "Budget"), ["BudgetLine"] = ("预算项目", "Budget line"), ["BudgetAdjustment"] = ("预算调整", "Budget adjustment"),
            ["Receipt"] = ("资金到位", "Receipt"), ["Expenditure"] = ("支出", "Expenditure"), ["ExpenditureAttachment"] = ("凭证附件", "Voucher scan"),
            ["StatedFigure"] = ("对外数据", "Stated figure"), ["ProcurementPlanLine"] = ("政府采购计划", "Procurement plan line"),
            ["FinanceFinding"] = ("检查审计发现", "Inspection or audit finding"),
        },
        new Dictionary<string, (string, string)>
        {
            ["BudgetId"] = ("年度预算", "Budget"), ["LineId"] = ("预算项目", "Budget line"), ["Approved"] = ("批复金额（元）", "Approved (yuan)"),
            ["ApprovedOn"] = ("批复日期", "Approved on"), ["ApprovalDocument"] = ("批复文件", "Approval document"),
            ["EconomicClass"] = ("经济分类", "Economic class"), ["IsThreePublic"] = ("三公经费", "Three public expenses"),
            ["MonthlyPlan"] = ("月度支出计划", "Monthly plan"), ["LedgerVersion"] = ("账页版本", "Ledger version"),
            ["DocumentNumber"] = ("文号", "Document number"), ["Payee"] = ("收款方", "Payee"), ["Category"] = ("支出类别", "Category"),
            ["IsProcurement"] = ("政府采购", "Procurement"), ["ProcurementMethod"] = ("采购方式", "Procurement method"),
            ["ContractNumber"] = ("合同编号", "Contract number"), ["VoucherNumber"] = ("凭证号", "Voucher number"),
            ["OverrideReason"] = ("超支原因", "Override reason"), ["ExpenditureId"] = ("支出", "Expenditure"), ["FileName"] = ("文件名", "File name"),
            ["ContentType"] = ("文件类型", "File type"), ["Size"] = ("大小（字节）", "Size (bytes)"), ["Key"] = ("键名", "Key"),
            ["Label"] = ("项目", "Figure"), ["Value"] = ("数值", "Value"), ["Decimals"] = ("小数位", "Decimals"),
            ["ThreePublicOnly"] = ("只记三公经费", "Three public lines only"), ["BudgetLineId"] = ("预算项目", "Budget line"),
            ["Method"] = ("采购方式", "Procurement method"), ["Issuer"] = ("检查审计单位", "Inspected or audited by"),
            ["Description"] = ("问题", "Finding"), ["Rectification"] = ("整改情况", "Rectification"),
        });
}
