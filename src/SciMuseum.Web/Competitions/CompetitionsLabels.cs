using SciMuseum.Core.Competitions;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Competitions;

/// <summary>Chinese (and English) names of the competitions' enums, for the set-up page's tables and pickers.</summary>
public static class CompetitionsLabels
{
    public static string Of(ContestKind k) => k switch
    {
        ContestKind.Innovation => L("青少年科技创新大赛", "Innovation contest"),
        ContestKind.Robot => L("青少年机器人竞赛", "Robot contest"),
        ContestKind.Programming => L("创意编程与智能设计大赛", "Programming contest"),
        ContestKind.AiActivity => L("人工智能科普活动", "AI activity"),
        _ => L("其他", "Other"),
    };

    public static string Of(EntryKind k) => k == EntryKind.Team ? L("团队", "Team") : L("个人", "Individual");

    public static string Of(ScoringMode m) => m == ScoringMode.Matches ? L("比赛成绩", "Match results") : L("评委打分", "Judges' scores");

    public static string Of(PrizeMode m) => m == PrizeMode.Threshold ? L("按分数线", "By score") : L("按名额", "By quota");
}
