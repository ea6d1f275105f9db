using SciMuseum.Core.Visitors;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Visitors;

/// <summary>Visitor figures as spreadsheet rows.</summary>
public static class VisitorTables
{
    public static IDictionary<string, object?> Day(DayFigures d) => new Dictionary<string, object?>
    {
        [L("日期", "Date")] = d.Date.ToString("yyyy-MM-dd"),
        [L("开放", "Open")] = d.IsOpen ? L("开放", "open") : L("闭馆", "closed"),
        [L("说明", "Note")] = d.Reason,
        [L("最大承载量", "Daily cap")] = d.Cap,
        [L("已约名额", "Places taken")] = d.Booked,
        [L("入馆人次", "Admitted")] = d.Admitted,
        [L("个人", "Individual")] = d.Individual,
        [L("团体", "Group")] = d.Group,
        [L("现场登记", "Walk-in")] = d.WalkIn,
    };
}
