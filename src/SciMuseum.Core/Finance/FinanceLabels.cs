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
}
