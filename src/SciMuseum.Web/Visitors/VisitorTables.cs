using SciMuseum.Core.Common;
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
        [L("数据来源", "Source")] = d.Imported ? L("导入的历史数据", "imported") : L("门票记录", "tickets"),
    };

    public static IDictionary<string, object?> PastBatch(PastCountBatch b) => new Dictionary<string, object?>
    {
        [L("文件", "File")] = b.SourceFile,
        [L("导入时间", "Imported at")] = MuseumClock.ToLocal(b.ImportedAt).ToString("yyyy-MM-dd HH:mm"),
        [L("导入人", "Imported by")] = b.ImportedBy,
        [L("起始日期", "From")] = b.From.ToString("yyyy-MM-dd"),
        [L("截止日期", "To")] = b.To.ToString("yyyy-MM-dd"),
        [L("天数", "Days")] = b.Days,
        [L("人次", "Visitors")] = b.Visitors,
    };
}
