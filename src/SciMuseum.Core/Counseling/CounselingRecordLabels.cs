using SciMuseum.Core.Common;

namespace SciMuseum.Core.Counseling;

/// <summary>The center's records as the audit log names them (a sealed field shows as what it is: ciphertext).</summary>
public static class CounselingRecordLabels
{
    public static readonly RecordLabels.Module Records = new(
        new Dictionary<string, (string, string)>
        {
            [nameof(HotlineCall)] = ("心理热线来电", "Hotline call"), [nameof(CenterVisit)] = ("中心来访", "Center visit"),
            [nameof(Lecture)] = ("心理健康讲座", "Lecture"), [nameof(LectureSeries)] = ("系列讲座", "Lecture series"),
            [nameof(CounselingCase)] = ("心理咨询个案", "Counseling case"), [nameof(CaseEntry)] = ("个案记录", "Case entry"),
            [nameof(CaseHandOver)] = ("个案交接", "Case hand-over"), [nameof(ConsultationSlot)] = ("咨询时段", "Consultation slot"),
        },
        new Dictionary<string, (string, string)>
        {
            ["Number"] = ("个案编号", "Case number"), ["CounselorId"] = ("负责辅导员", "Counselor"), ["Risk"] = ("风险等级", "Risk"),
            ["MinorNameSealed"] = ("来访者（密文）", "Child (sealed)"), ["PresentingProblemSealed"] = ("主诉（密文）", "Problem (sealed)"),
            ["TextSealed"] = ("内容（密文）", "Text (sealed)"), ["ReasonSealed"] = ("交接原因（密文）", "Reason (sealed)"),
            ["Topic"] = ("主题", "Topic"), ["Participants"] = ("参加人数", "Participants"), ["DurationMinutes"] = ("时长（分钟）", "Minutes"),
        });
}
