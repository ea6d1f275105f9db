using System.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace SciMuseum.Reports;

/// <summary>A table as pages show it (header → cell per row), written to XLSX or CSV.</summary>
public static class TableExport
{
    public static byte[] Xlsx(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>(r)).ToList());
        return stream.ToArray();
    }

    /// <summary>A printed form as a sheet: rows of cells laid out as the form reads, with no header row of column names.</summary>
    public static byte[] FormXlsx(IEnumerable<IReadOnlyList<string>> rows, string sheetName)
    {
        var list = rows.ToList();
        var width = list.Count == 0 ? 1 : list.Max(r => r.Count);
        var cells = list.Select(r => (IDictionary<string, object?>)Enumerable.Range(0, width)
            .ToDictionary(i => "C" + i, i => (object?)(i < r.Count ? r[i] : ""))).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, cells, printHeader: false, sheetName: sheetName);
        return stream.ToArray();
    }

    /// <summary>UTF-8 with a byte-order mark, so Excel on a Chinese Windows opens it without mojibake.</summary>
    public static byte[] Csv(IReadOnlyList<IDictionary<string, object?>> rows)
    {
        var text = new StringBuilder();
        if (rows.Count > 0)
        {
            text.AppendLine(string.Join(",", rows[0].Keys.Select(Escape)));
            foreach (var row in rows)
                text.AppendLine(string.Join(",", row.Values.Select(v => Escape(Format(v)))));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    private static string Escape(string s)
    {
        if (s.Length > 0 && "=+-@".Contains(s[0])) s = "'" + s;
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
