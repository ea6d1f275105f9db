using System.Text;
using MiniExcelLibs;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace SciMuseum.Reports.Import;

/// <summary>
/// An uploaded spreadsheet read as rows of cells, row 1 first, blank rows kept so that row numbers are the spreadsheet's.
/// XLSX cells come as Excel keeps them (text, double, DateTime, bool); CSV cells as text. Which kind a file is, is judged
/// by its content as well as its name: a program renamed .xlsx is refused, not half-read.
/// </summary>
public static class SheetFile
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxDataRows = 10_000;

    public abstract record Result;
    public sealed record Read(IReadOnlyList<IReadOnlyList<object?>> Rows) : Result;
    public sealed record Unreadable(string Zh, string En) : Result;

    /// <param name="sheetName">The sheet to read when the workbook has it (the template's first sheet); else the first sheet.</param>
    public static Result Open(string fileName, byte[] content, string? sheetName = null)
    {
        if (content.Length == 0 || content.Length > MaxBytes) return new Unreadable("文件为空或超过 5 MB。", "The file is empty or larger than 5 MB.");
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => Xlsx(content, sheetName),
            ".csv" => Csv(content),
            ".xls" => new Unreadable("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx。", "Old .xls files are not read: save as .xlsx in Excel."),
            _ => new Unreadable("只接受 .xlsx 或 .csv 文件。", "Only .xlsx or .csv files are accepted."),
        };
    }

    private static Result Xlsx(byte[] content, string? sheetName)
    {
        var notXlsx = new Unreadable("文件不是有效的 Excel (.xlsx) 工作簿。", "The file is not a valid Excel (.xlsx) workbook.");
        if (!content.AsSpan().StartsWith("PK\x03\x04"u8)) return notXlsx;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var sheets = MiniExcel.GetSheetNames(stream);
            stream.Position = 0;
            var sheet = sheetName is not null && sheets.Contains(sheetName) ? sheetName : sheets.FirstOrDefault();
            if (sheet is null) return notXlsx;
            var rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select(r => (IReadOnlyList<object?>)[.. r.Values]);
            return Bounded(rows);
        }
        catch (Exception e) when (e is not OutOfMemoryException) // a damaged or foreign zip fails in many ways, all the file's fault
        {
            return notXlsx;
        }
    }

    private static Result Csv(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return new Unreadable("CSV 文件须为 UTF-8 编码（在 Excel 中另存为“CSV UTF-8”）。", "A CSV file must be UTF-8 (in Excel: save as \"CSV UTF-8\").");
        }
        if (text.Contains('\0')) return new Unreadable("文件不是文本格式的 CSV。", "The file is not a text CSV.");
        return Bounded(CsvRows(text.TrimStart('\uFEFF')));
    }

    /// <summary>RFC 4180: commas, quotes doubled inside quoted fields, line breaks (CRLF, LF or CR) inside quotes kept.</summary>
    internal static IEnumerable<IReadOnlyList<object?>> CsvRows(string text)
    {
        var row = new List<object?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }

    /// <summary>At most the header and <see cref="MaxDataRows"/> data rows; blank rows at the end (Excel keeps formatted ones) do not count.</summary>
    private static Result Bounded(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var kept = new List<IReadOnlyList<object?>>();
        var blanks = 0;
        foreach (var row in rows)
        {
            if (row.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s))))
            {
                blanks++;
                continue;
            }
            if (kept.Count + blanks + 1 > MaxDataRows + 1)
                return new Unreadable($"文件超过 {MaxDataRows} 行，请分批导入。", $"The file has more than {MaxDataRows} rows: import it in parts.");
            for (; blanks > 0; blanks--) kept.Add([]);
            kept.Add(row);
        }
        return new Read(kept);
    }
}
