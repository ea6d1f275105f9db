using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace SciMuseum.Reports.Import;

/// <summary>A workbook to fill in for an import: the data sheet (header and example rows) and a 说明 sheet on each column.</summary>
public static class ImportTemplate
{
    public const string NotesSheet = "说明";

    public sealed record Column(string Header, bool Required, string Note);

    /// <param name="examples">Rows in the columns' order; a <see cref="DateTime"/> is written as an Excel date cell (yyyy-MM-dd).</param>
    public static byte[] Xlsx(string sheetName, IReadOnlyList<Column> columns, IEnumerable<object?[]> examples)
    {
        var rows = examples.Select(values => columns.Select((c, i) => (c.Header, Value: i < values.Length ? values[i] : null))
            .ToDictionary(x => x.Header, x => x.Value)).ToList();
        var notes = columns.Select(c => new Dictionary<string, object?>
        {
            ["列"] = c.Header,
            ["是否必有此列"] = c.Required ? "是" : "否",
            ["说明与可填写的值"] = c.Note,
        }).ToList();
        notes.Add(new() { ["列"] = "", ["是否必有此列"] = "", ["说明与可填写的值"] = "" });
        notes.Add(new()
        {
            ["列"] = "导入规则",
            ["是否必有此列"] = "",
            ["说明与可填写的值"] = "第 1 行为表头，从第 2 行起每行一条；示例行请改写或删除。导入要么全部成功，要么一行不写：有任何错误时会列出每一处（行、列、问题），改正后重新导入。"
                + "也可另存为 CSV（UTF-8）导入。",
        });

        var dated = columns.Where(c => rows.Any(r => r[c.Header] is DateTime)).Select(c => c.Header).ToHashSet();
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns =
            [
                .. columns.Select(c => new DynamicExcelColumn(c.Header) { Width = 16, Format = dated.Contains(c.Header) ? "yyyy-MM-dd" : null }),
                new DynamicExcelColumn("列") { Width = 16 },
                new DynamicExcelColumn("是否必有此列") { Width = 14 },
                new DynamicExcelColumn("说明与可填写的值") { Width = 100 },
            ],
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new Dictionary<string, object> { [sheetName] = rows, [NotesSheet] = notes }, configuration: configuration);
        return stream.ToArray();
    }
}
