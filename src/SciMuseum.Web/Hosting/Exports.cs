using SciMuseum.Reports;

namespace SciMuseum.Web.Hosting;

/// <summary><c>?format=xlsx|csv</c> on a list endpoint: the same rows as a file.</summary>
public static class Exports
{
    public static bool Wanted(string? format) => format is "xlsx" or "csv";

    public static IResult File(string? format, string name, IReadOnlyList<IDictionary<string, object?>> rows) => format == "csv"
        ? TypedResults.File(TableExport.Csv(rows), "text/csv; charset=utf-8", name + ".csv")
        : TypedResults.File(TableExport.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
}
