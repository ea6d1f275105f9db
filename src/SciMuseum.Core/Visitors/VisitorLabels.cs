using SciMuseum.Core.Common;

namespace SciMuseum.Core.Visitors;

/// <summary>The visitors module's records and fields as staff read them (audit log).</summary>
public static class VisitorLabels
{
    public static readonly RecordLabels.Module Records = new(
        new Dictionary<string, (string, string)>
        {
            ["OpeningRule"] = ("开放规则", "Opening rule"), ["OpeningRuleSlot"] = ("规则时段", "Rule slot"), ["CalendarException"] = ("闭馆/特别开放", "Closure or special opening"),
            ["Notice"] = ("公告", "Notice"), ["VisitorSettings"] = ("预约设置", "Booking settings"), ["TimeSlot"] = ("时段", "Time slot"),
            ["Reservation"] = ("预约", "Reservation"), ["Ticket"] = ("门票", "Ticket"), ["GroupVisit"] = ("团体预约", "Group visit"),
            ["GroupMember"] = ("团体成员", "Group member"),
        },
        new Dictionary<string, (string, string)>
        {
            ["EffectiveFrom"] = ("生效日期", "Effective from"), ["OpenWeekdays"] = ("开放星期", "Open weekdays"), ["DailyCap"] = ("最大承载量", "Daily cap"),
            ["Start"] = ("开始", "Start"), ["End"] = ("结束", "End"), ["Capacity"] = ("容量", "Capacity"), ["Booked"] = ("已约", "Booked"),
            ["From"] = ("起", "From"), ["To"] = ("止", "To"), ["IsOpen"] = ("开放", "Open"), ["Body"] = ("正文", "Body"),
            ["PublishFrom"] = ("发布起", "Publish from"), ["PublishUntil"] = ("发布止", "Publish until"), ["IsPinned"] = ("置顶", "Pinned"),
            ["BookingDaysAhead"] = ("可提前预约天数", "Days ahead"), ["MaxVisitorsPerBooking"] = ("每单最多人数", "Visitors per booking"),
            ["CancelCutoff"] = ("取消截止时间", "Cancel cut-off"), ["NoShowLimit"] = ("爽约次数上限", "No-show limit"),
            ["NoShowWindowDays"] = ("爽约统计天数", "No-show window"), ["NoShowBarDays"] = ("爽约限制天数", "No-show bar"),
            ["GroupMin"] = ("团体最少人数", "Group minimum"), ["GroupMax"] = ("团体最多人数", "Group maximum"),
            ["PupilsPerTeacher"] = ("每位老师带学生数", "Pupils per teacher"), ["GroupLeadDays"] = ("团体提前天数", "Group lead days"),
            ["RetentionDays"] = ("个人信息保留天数", "Retention days"), ["Rules"] = ("参观须知", "Rules"), ["TimeSlotId"] = ("时段", "Time slot"),
            ["Channel"] = ("渠道", "Channel"), ["CancelledAt"] = ("取消时间", "Cancelled at"), ["CancelledBy"] = ("取消人", "Cancelled by"),
            ["Seat"] = ("序号", "Seat"), ["IdType"] = ("证件类型", "ID type"), ["IdMasked"] = ("证件号", "ID number"),
            ["AdmittedAt"] = ("入馆时间", "Admitted at"), ["AdmittedBy"] = ("核验人", "Admitted by"), ["Organisation"] = ("单位", "Organisation"),
            ["LeaderName"] = ("带队人", "Leader"), ["LeaderPhone"] = ("带队人电话", "Leader's phone"), ["Pupils"] = ("学生人数", "Pupils"),
            ["Teachers"] = ("老师人数", "Teachers"), ["BusInfo"] = ("车辆信息", "Bus"), ["DecisionNote"] = ("审核意见", "Decision note"),
            ["DecidedBy"] = ("审核人", "Decided by"), ["DecidedAt"] = ("审核时间", "Decided at"), ["ReservationId"] = ("预约", "Reservation"),
            ["GroupVisitId"] = ("团体预约", "Group visit"),
        });
}
