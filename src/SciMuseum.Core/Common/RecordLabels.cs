namespace SciMuseum.Core.Common;

/// <summary>
/// What staff read instead of class and property names (the audit log, error summaries): each module lists its
/// entities and their fields in its own *Labels class, in Chinese and English; <see cref="Of"/> looks one up. Names
/// no module lists show as they are, so a new field is never hidden, only untranslated.
/// </summary>
public static class RecordLabels
{
    /// <summary>Fields every record has.</summary>
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Common = new Dictionary<string, (string, string)>
    {
        ["Id"] = ("编号", "Id"), ["MuseumId"] = ("所属场馆", "Museum"), ["CreatedAt"] = ("创建时间", "Created"),
        ["UpdatedAt"] = ("修改时间", "Updated"), ["IsDeleted"] = ("已删除", "Deleted"), ["DeletedAt"] = ("删除时间", "Deleted at"),
        ["Name"] = ("名称", "Name"), ["Title"] = ("标题", "Title"), ["Code"] = ("编码", "Code"), ["Year"] = ("年度", "Year"),
        ["Date"] = ("日期", "Date"), ["Amount"] = ("金额（元）", "Amount (yuan)"), ["Note"] = ("备注", "Note"),
        ["Description"] = ("说明", "Description"), ["Status"] = ("状态", "Status"), ["Kind"] = ("类别", "Kind"),
        ["SortOrder"] = ("排序", "Order"), ["Reason"] = ("理由", "Reason"), ["DepartmentId"] = ("部门", "Department"),
        ["Phone"] = ("电话", "Phone"), ["Unit"] = ("单位", "Unit"), ["Source"] = ("来源", "Source"),
    };

    /// <summary>A table of one module: entity name → its label, and property name → its label.</summary>
    public sealed record Module(
        IReadOnlyDictionary<string, (string Zh, string En)> Entities,
        IReadOnlyDictionary<string, (string Zh, string En)> Properties);

    /// <summary>The label of <paramref name="name"/> in the first table that has it, in the caller's language; else the name.</summary>
    public static string Of(string name, params IReadOnlyDictionary<string, (string Zh, string En)>[] tables)
    {
        foreach (var table in tables)
            if (table.TryGetValue(name, out var label)) return Bilingual.L(label.Zh, label.En);
        return name;
    }
}
