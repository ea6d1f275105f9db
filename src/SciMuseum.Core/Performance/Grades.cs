namespace SciMuseum.Core.Performance;

/// <summary>
/// 评价等级 bands, each the lowest total of its grade (MOF: 优 90–100, 良 80–89, 中 60–79, 差 0–59), with the names the
/// table gives its grades (优秀/良好/中/差 by default; a bureau may write 优秀/优良/合格/不合格 or 优/良/中/差).
/// </summary>
public sealed record GradeBands(decimal Excellent = 90m, decimal Good = 80m, decimal Fair = 60m,
    string ExcellentName = GradeBands.ExcellentText, string GoodName = GradeBands.GoodText, string FairName = GradeBands.FairText, string PoorName = GradeBands.PoorText)
{
    public const string ExcellentText = "优秀";
    public const string GoodText = "良好";
    public const string FairText = "中";
    public const string PoorText = "差";

    public static GradeBands Standard { get; } = new();

    /// <summary>Grade names bureaus use, for the table editor to offer.</summary>
    public static readonly IReadOnlyList<string[]> KnownNames =
    [
        [ExcellentText, GoodText, FairText, PoorText],
        ["优秀", "优良", "合格", "不合格"],
        ["优", "良", "中", "差"],
    ];

    public string GradeOf(decimal total) =>
        total >= Excellent ? ExcellentName : total >= Good ? GoodName : total >= Fair ? FairName : PoorName;
}
