using SciMuseum.Core.Counseling;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Counseling;

/// <summary>The center's words for its kinds, levels and bands, as staff and parents read them.</summary>
public static class CounselingLabels
{
    public static string Visit(CenterVisitKind k) => k switch
    {
        CenterVisitKind.ParentVisit => L("家长来访", "Parent visit"),
        CenterVisitKind.RoomVisit => L("个体室参观", "Room visit"),
        _ => L("网上辅导", "Online session"),
    };

    public static string Place(LecturePlace p) => p switch
    {
        LecturePlace.Center => L("中心", "Center"),
        LecturePlace.School => L("学校", "School"),
        LecturePlace.Community => L("社区", "Community"),
        _ => L("线上", "Online"),
    };

    public static string Risk(RiskLevel r) => r switch
    {
        RiskLevel.Low => L("低风险", "Low risk"),
        RiskLevel.Medium => L("中风险", "Medium risk"),
        _ => L("高风险", "High risk"),
    };

    public static string RiskColor(RiskLevel r) => r switch { RiskLevel.Low => "green", RiskLevel.Medium => "orange", _ => "red" };

    public static string Status(CaseStatus s) => s == CaseStatus.Open ? L("进行中", "Open") : L("已结案", "Closed");

    public static string Entry(CaseEntryKind k, SessionMode m) => k == CaseEntryKind.Note ? L("记录", "Note") : m switch
    {
        SessionMode.Online => L("网上咨询", "Online session"),
        SessionMode.Phone => L("电话咨询", "Phone session"),
        _ => L("面询", "In-person session"),
    };

    public static string Age(AgeBand b) => b switch
    {
        AgeBand.Under6 => L("6 岁以下", "Under 6"),
        AgeBand.Primary => L("6–11 岁（小学）", "6–11 (primary)"),
        AgeBand.Junior => L("12–14 岁（初中）", "12–14 (junior)"),
        _ => L("15–17 岁（高中）", "15–17 (senior)"),
    };
}
