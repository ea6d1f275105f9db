using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Performance.Pages;

/// <summary>The words and colours the performance pages show for statuses, grades and numbers.</summary>
public static class PerfLabels
{
    public static string Of(EvaluationStatus s) => s == EvaluationStatus.SignedOff ? L("已签发", "Signed off") : L("评价中", "Open");

    public static string Of(MeasureStatus s) => PerformanceLabels.Of(s);

    public static string Color(MeasureStatus s) => s switch
    {
        MeasureStatus.Planned => "default",
        MeasureStatus.InProgress => "blue",
        MeasureStatus.Done => "green",
        _ => "cyan",
    };

    public static string GradeColor(string grade) => grade switch
    {
        "优秀" or "优" => "green",
        "良好" or "优良" or "良" => "blue",
        "中" or "合格" or "中等" => "gold",
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

    public static string Unit(string unit) => unit is "" or MetricUnits.YesNo ? "" : unit;

    /// <summary>A target or actual with its unit, through the one set of formats: 51.6%, 93,812 人次, 12,900.00 元.</summary>
    public static string Value(decimal? value, string unit) => value is null ? Formats.None : unit switch
    {
        MetricUnits.Percent => Formats.Rate(value),
        MetricUnits.Yuan => Formats.Yuan(value.Value),
        _ => $"{Formats.Number(value)} {Unit(unit)}".TrimEnd(),
    };
}
