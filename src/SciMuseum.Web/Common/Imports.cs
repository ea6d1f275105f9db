using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SciMuseum.Core.Common;
using SciMuseum.Reports.Import;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Common;

/// <summary>
/// Spreadsheet imports (XLSX/CSV) as every module answers them: the upload's limits, the file read into memory, the
/// all-or-nothing refusal listing each bad (row, column), the templates, and the lines a page shows.
/// Finance's budget and ledger, visitors' group lists and the coming imports (exhibits, consumables, entries) share it.
/// </summary>
public static class Imports
{
    /// <summary>A file with more errors lists the first ones and says how many there are.</summary>
    public const int MaxListedErrors = 1000;

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An upload endpoint: only <paramref name="roles"/>, bodies up to the sheet limit, multipart without antiforgery.</summary>
    public static RouteHandlerBuilder Upload(this RouteHandlerBuilder endpoint, string roles) => endpoint
        .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = roles })
        .WithMetadata(new RequestSizeLimitAttribute(SheetFile.MaxBytes + 64 * 1024))
        .DisableAntiforgery(); // bearer-token API: no cookies, so no cross-site forgery to guard against

    /// <summary>The uploaded file's bytes, or the field problem that says why not (none, empty, too large).</summary>
    public static async Task<(byte[]? Content, ValidationProblem? Problem)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null) return (null, FileProblem(L("请选择文件。", "Choose a file.")));
        if (file.Length is 0 or > SheetFile.MaxBytes) return (null, FileProblem(L("文件为空或超过 5 MB。", "The file is empty or larger than 5 MB.")));
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
            await stream.CopyToAsync(buffer, ct);
        return (buffer.ToArray(), null);
    }

    /// <summary>A sheet's rows (header first), or why the file cannot be read.</summary>
    public static (IReadOnlyList<IReadOnlyList<object?>>? Rows, ImportUnreadable? Unreadable) Open(string fileName, byte[] content, string sheetName) =>
        SheetFile.Open(fileName, content, sheetName) switch
        {
            SheetFile.Read { Rows: var rows } => (rows, null),
            SheetFile.Unreadable u => (null, new ImportUnreadable(L(u.Zh, u.En))),
            _ => throw new System.Diagnostics.UnreachableException(),
        };

    /// <summary>A template: Chinese headers, example rows and a 说明 sheet.</summary>
    public static byte[] Template(string sheetName, IEnumerable<ImportColumn> columns, IEnumerable<object?[]> examples) =>
        ImportTemplate.Xlsx(sheetName, [.. columns.Select(c => new ImportTemplate.Column(c.Header, c.Required, c.Note))], examples);

    /// <summary>A refused file: 400 <c>/problems/import-invalid</c> with every bad row and column, nothing written.</summary>
    public static ProblemHttpResult Rejected(ImportRejected r)
    {
        var listed = r.Errors.Take(MaxListedErrors).ToList();
        return TypedResults.Problem(statusCode: 400, type: "/problems/import-invalid",
            title: L("文件有误，未导入任何数据。", "The file has errors; nothing was imported."),
            detail: L($"共 {r.Errors.Count} 处错误，请逐行改正后重新导入。", $"{r.Errors.Count} errors: correct each row and import again."),
            extensions: new Dictionary<string, object?>
            {
                ["rows"] = listed,
                ["errors"] = listed.GroupBy(ErrorKey).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                ["errorCount"] = r.Errors.Count,
            });
    }

    /// <summary>Where a row's error goes in ValidationProblem-style <c>errors</c>: "row 5: 金额(元)".</summary>
    public static string ErrorKey(ImportError e) => e.Column.Length == 0 ? $"row {e.Row}" : $"row {e.Row}: {e.Column}";

    /// <summary>The error lines a page shows: "第 3 行 证件号码：…".</summary>
    public static List<string> Lines(ImportOutcome outcome) => outcome switch
    {
        ImportRejected r => [.. r.Errors.Take(MaxListedErrors).Select(e =>
            L($"第 {e.Row} 行{(e.Column.Length > 0 ? " " + e.Column : "")}：{e.Message}", $"Row {e.Row}{(e.Column.Length > 0 ? ", " + e.Column : "")}: {e.Message}"))],
        ImportUnreadable u => [u.Message],
        _ => [],
    };

    public static ValidationProblem FileProblem(string message) => Problems.Field("file", message);
}
