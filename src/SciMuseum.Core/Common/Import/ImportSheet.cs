using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Common;

/// <summary>One bad cell of an imported file: its spreadsheet row (the header is row 1), its column's header and the problem.</summary>
public sealed record ImportError(int Row, string Column, string Message);

/// <summary>A column of an import file: its Chinese header (files are written in Chinese), whether the file must have it, and its note in the template.</summary>
public sealed record ImportColumn(string Header, bool Required, string Note);

/// <summary>What an import did: each module adds its own success records (finance: BudgetImported, LedgerImported).</summary>
public abstract record ImportOutcome;
/// <summary>Nothing was written: every bad row and column.</summary>
public sealed record ImportRejected(IReadOnlyList<ImportError> Errors) : ImportOutcome;
/// <summary>Nothing was written: the file itself is not a spreadsheet we read.</summary>
public sealed record ImportUnreadable(string Message) : ImportOutcome;

/// <summary>A sheet read as rows of cells (row 1, the header, first), each data cell found by its column's header.</summary>
public sealed class ImportSheet
{
    private readonly IReadOnlyList<IReadOnlyList<object?>> rows;
    private readonly Dictionary<string, int> index = [];

    private ImportSheet(IReadOnlyList<IReadOnlyList<object?>> rows) => this.rows = rows;

    /// <summary>
    /// Finds each column by its header (spaces, bracket width and a unit in brackets do not matter; order does not either).
    /// A missing required column is an error on row 1, and then no row is read: every row would only repeat it.
    /// </summary>
    public static ImportSheet Open(IReadOnlyList<IReadOnlyList<object?>> rows, IReadOnlyList<ImportColumn> columns, List<ImportError> errors)
    {
        var sheet = new ImportSheet(rows);
        var header = rows.Count > 0 ? rows[0].Select(c => ImportCells.Normalize(ImportCells.Text(c))).ToList() : [];
        foreach (var column in columns)
        {
            var wanted = ImportCells.Normalize(column.Header);
            var at = header.IndexOf(wanted);
            if (at < 0) at = header.FindIndex(h => h.Length > 0 && WithoutUnit(h) == WithoutUnit(wanted));
            if (at >= 0) sheet.index[column.Header] = at;
            else if (column.Required) errors.Add(new(1, column.Header, L("缺少这一列（第 1 行应为表头）。", "This column is missing (row 1 must be the header).")));
        }
        if (errors.Count == 0 && !sheet.Rows(errors).Any())
            errors.Add(new(2, "", L("文件中没有数据行。", "The file has no data rows.")));
        return sheet;
    }

    /// <summary>The errors by row, then in the columns' order, as the file shows them.</summary>
    public static ImportRejected Reject(IEnumerable<ImportError> errors, IReadOnlyList<ImportColumn> columns)
    {
        var order = columns.Select((c, i) => (c.Header, i)).ToDictionary(c => c.Header, c => c.i);
        return new([.. errors.OrderBy(e => e.Row).ThenBy(e => order.GetValueOrDefault(e.Column, -1))]);
    }

    private static string WithoutUnit(string header) => header.IndexOf('(') is > 0 and var at ? header[..at] : header;

    /// <summary>The data rows that are not blank, numbered as the spreadsheet numbers them; none once the header is wrong.</summary>
    public IEnumerable<ImportRow> Rows(List<ImportError> errors)
    {
        if (errors.Any(e => e.Row == 1)) yield break;
        for (var i = 1; i < rows.Count; i++)
            if (rows[i].Any(c => !ImportCells.IsBlank(c)))
                yield return new ImportRow(i + 1, rows[i], index, errors);
    }
}

/// <summary>One data row: reads its cells and notes each problem under the row's number and the cell's column.</summary>
public sealed class ImportRow(int number, IReadOnlyList<object?> cells, IReadOnlyDictionary<string, int> index, List<ImportError> errors)
{
    public int Number => number;

    /// <summary>False once any of this row's cells was bad.</summary>
    public bool Valid { get; private set; } = true;

    public object? this[ImportColumn column] => index.TryGetValue(column.Header, out var i) && i < cells.Count ? cells[i] : null;

    public T Read<T>(ImportColumn column, Func<object?, (T Value, string? Error)> reader)
    {
        var (value, error) = reader(this[column]);
        if (error is not null) Fail(column, error);
        return value;
    }

    public void Fail(ImportColumn column, string message)
    {
        errors.Add(new(number, column.Header, message));
        Valid = false;
    }
}
