using SciMuseum.Reports;

namespace SciMuseum.Web.Hosting;

/// <summary><c>?format=xlsx|csv</c> on a list endpoint: the same rows as a file.</summary>
public static class Exports
{
    /// <summary>
    /// True for xlsx and csv, false when no format is asked; any other format (pdf, XLSX, …) is refused as a field error
    /// of <c>format</c> on every list, rather than silently answered as JSON.
    /// </summary>
    public static bool Wanted(string? format) => format switch
    {
        null or "" => false,
        "xlsx" or "csv" => true,
        _ => throw new UnknownFormatException(format),
    };

    public static IResult File(string? format, string name, IReadOnlyList<IDictionary<string, object?>> rows) => format == "csv"
        ? TypedResults.File(TableExport.Csv(rows), "text/csv; charset=utf-8", name + ".csv")
        : TypedResults.File(TableExport.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
}

/// <summary>An unknown <c>?format=</c>: the problem handler answers it like any unreadable parameter (400 naming <c>format</c>).</summary>
public sealed class UnknownFormatException(string format)
    : BadHttpRequestException($"Failed to bind parameter \"string format\" from \"{format}\": only xlsx or csv.", StatusCodes.Status400BadRequest);
