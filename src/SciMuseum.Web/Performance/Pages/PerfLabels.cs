using System.Globalization;
using SciMuseum.Core.Performance;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Performance.Pages;

/// <summary>The words and colours the performance pages show for statuses, grades and numbers.</summary>
public static class PerfLabels
{
    public static string Of(EvaluationStatus s) => s == EvaluationStatus.SignedOff ? L("已签发", "Signed off") : L("评价中", "Open");

    public static string Of(MeasureStatus s) => s switch
    {
        MeasureStatus.Planned => L("计划", "Planned"),
        MeasureStatus.InProgress => L("进行中", "In progress"),
        MeasureStatus.Done => L("已完成", "Done"),
        _ => L("已验收", "Verified"),
    };

    public static string Color(MeasureStatus s) => s switch
    {
        MeasureStatus.Planned => "default",
        MeasureStatus.InProgress => "blue",
        MeasureStatus.Done => "green",
        _ => "cyan",
    };

    public static string GradeColor(string grade) => grade switch
    {
        "优秀" => "green",
        "良好" => "blue",
        "中" => "gold",
        _ => "red",
    };

    public static string Of(ActualSource s) => s switch
    {
        ActualSource.Metric => L("系统数据", "From records"),
        ActualSource.Manual => L("手工填报", "Entered"),
        ActualSource.Judgement => L("专家评判", "Judgement"),
        ActualSource.Unavailable => L("暂无数据", "No data"),
        _ => L("小计", "Subtotal"),
    };

    /// <summary>A number as the tables show it: thousands separated, at most two decimals, "—" when missing.</summary>
    public static string Num(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "—";

    /// <summary>A score with its two decimals, so a column lines up.</summary>
    public static string Score(decimal? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Unit(string unit) => unit is "" or MetricUnits.YesNo ? "" : unit;
}
