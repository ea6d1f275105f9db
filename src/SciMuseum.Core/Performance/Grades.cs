namespace SciMuseum.Core.Performance;

/// <summary>
/// 评价等级 bands, each the lowest total of its grade (MOF: 优 90–100, 良 80–89, 中 60–79, 差 0–59); a museum or a
/// table may set its own. Grades are reported in their long form.
/// </summary>
public sealed record GradeBands(decimal Excellent = 90m, decimal Good = 80m, decimal Fair = 60m)
{
    public const string ExcellentText = "优秀";
    public const string GoodText = "良好";
    public const string FairText = "中";
    public const string PoorText = "差";

    public static GradeBands Standard { get; } = new();

    public string GradeOf(decimal total) =>
        total >= Excellent ? ExcellentText : total >= Good ? GoodText : total >= Fair ? FairText : PoorText;
}
