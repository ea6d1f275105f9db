namespace SciMuseum.Core.Performance;

/// <summary>
/// What an indicator's unit allows. Counts, areas, days, money and scores cannot be negative (−3 人次 is a typing
/// error); rates in % can (三公经费变动率 −50%), and so can units SciMuseum does not know.
/// </summary>
public static class IndicatorUnits
{
    private static readonly HashSet<string> NonNegative =
    [
        "人次", "人", "名", "次", "件", "件次", "项", "个", "场", "场次", "支", "所", "篇", "期", "天", "日", "小时", "分", "元", "万元",
        "m²", "㎡", "平方米", "是/否",
    ];

    public static bool AllowsNegative(string? unit) => !NonNegative.Contains((unit ?? "").Trim());
}
