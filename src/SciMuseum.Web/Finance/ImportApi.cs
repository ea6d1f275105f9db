using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Reports.Import;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Finance;

/// <summary>/api/v1/finance/import: XLSX/CSV import of a year's budget lines or ledger, all or nothing, and the templates to fill in.</summary>
public static class ImportApi
{
    public enum Kind
    {
        Budget,
        Ledger,
    }

    /// <summary>A file with more errors lists the first ones and says how many there are.</summary>
    public const int MaxListedErrors = 1000;

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapFinanceImportApi(this IEndpointRouteBuilder api)
    {
        var import = api.MapGroup("/finance/import").WithTags("Finance").RequireAuthorization();
        import.MapGet("/templates/budget.xlsx", (int? year, TimeProvider clock) => TemplateFile(Kind.Budget, year, clock))
            .WithName("GetBudgetImportTemplate").WithSummary("The budget import template: Chinese headers, an example row and a 说明 sheet; ?year= dates the example");
        import.MapGet("/templates/ledger.xlsx", (int? year, TimeProvider clock) => TemplateFile(Kind.Ledger, year, clock))
            .WithName("GetLedgerImportTemplate").WithSummary("The ledger import template: Chinese headers, example rows (a receipt, a payment) and a 说明 sheet");
        Upload(import.MapPost("/budget", (int? year, IFormFile? file, MuseumDb db, CancellationToken ct) => ImportAsync<BudgetImported>(Kind.Budget, year, file, db, ct)))
            .WithName("ImportBudget")
            .WithSummary("Import a year's budget lines (multipart field file, .xlsx or .csv, at most 5 MB): opens the budget if needed, adds or updates lines by code; "
                + "any bad row answers 400 /problems/import-invalid listing each (row, column) and writes nothing");
        Upload(import.MapPost("/ledger", (int? year, IFormFile? file, MuseumDb db, CancellationToken ct) => ImportAsync<LedgerImported>(Kind.Ledger, year, file, db, ct)))
            .WithName("ImportLedger")
            .WithSummary("Import a year's receipts and expenditures (.xlsx or .csv, at most 5 MB) in date order under the over-spending guard; "
                + "any bad row (unknown line, bad date or amount, duplicate voucher, overspending) answers 400 listing each and writes nothing");
    }

    private static RouteHandlerBuilder Upload(RouteHandlerBuilder endpoint) => endpoint
        .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.FinanceEditors })
        .WithMetadata(new RequestSizeLimitAttribute(SheetFile.MaxBytes + 64 * 1024))
        .DisableAntiforgery(); // bearer-token API: no cookies, so no cross-site forgery to guard against

    /// <summary>Reads the file and imports it; the staff page calls this too, so both refuse the same files the same way.</summary>
    public static async Task<ImportOutcome> RunAsync(MuseumDb db, Kind kind, int year, string fileName, byte[] content, CancellationToken ct) =>
        SheetFile.Open(fileName, content, SheetName(kind)) switch
        {
            SheetFile.Read { Rows: var rows } when kind == Kind.Budget => await ImportBudget.HandleAsync(db, year, rows, ct),
            SheetFile.Read { Rows: var rows } => await ImportLedger.HandleAsync(db, year, rows, ct),
            SheetFile.Unreadable u => new ImportUnreadable(L(u.Zh, u.En)),
            _ => throw new UnreachableException(),
        };

    public static byte[] Template(Kind kind, int year) => kind == Kind.Budget
        ? ImportTemplate.Xlsx(SheetName(kind), Columns(ImportBudget.Columns), [ImportBudget.Example])
        : ImportTemplate.Xlsx(SheetName(kind), Columns(ImportLedger.Columns), ImportLedger.Examples(year));

    public static string SheetName(Kind kind) => kind == Kind.Budget ? "预算" : "台账";

    public static bool IsYear(int? year) => year is not null && Core.Common.Plausible.IsYear(year);

    /// <summary>Where a row's error goes in ValidationProblem-style <c>errors</c>: "row 5: 金额(元)".</summary>
    public static string ErrorKey(ImportError e) => e.Column.Length == 0 ? $"row {e.Row}" : $"row {e.Row}: {e.Column}";

    private static List<ImportTemplate.Column> Columns(IEnumerable<ImportColumn> columns) => [.. columns.Select(c => new ImportTemplate.Column(c.Header, c.Required, c.Note))];

    private static Results<FileContentHttpResult, ValidationProblem> TemplateFile(Kind kind, int? year, TimeProvider clock)
    {
        if (year is not null && !IsYear(year)) return YearProblem();
        var y = year ?? MuseumClock.Today(clock).Year;
        return TypedResults.File(Template(kind, y), XlsxType, $"{kind.ToString().ToLowerInvariant()}-import-template-{y}.xlsx");
    }

    private static async Task<Results<Ok<T>, ProblemHttpResult, ValidationProblem>> ImportAsync<T>(Kind kind, int? year, IFormFile? file,
        MuseumDb db, CancellationToken ct) where T : ImportOutcome
    {
        if (!IsYear(year)) return YearProblem();
        if (file is null) return FileProblem(L("请选择文件。", "Choose a file."));
        if (file.Length is 0 or > SheetFile.MaxBytes) return FileProblem(L("文件为空或超过 5 MB。", "The file is empty or larger than 5 MB."));
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
            await stream.CopyToAsync(buffer, ct);
        return await RunAsync(db, kind, year!.Value, file.FileName, buffer.ToArray(), ct) switch
        {
            T done => TypedResults.Ok(done),
            ImportRejected r => Rejected(r),
            ImportUnreadable u => FileProblem(u.Message),
            ImportWithoutBudget => Problems.Validation(new Dictionary<string, string[]>
            {
                ["year"] = [L($"{year} 年度预算尚未建立，请先导入预算。", $"There is no budget for {year} yet: import the budget first.")],
            }),
            _ => throw new UnreachableException(),
        };
    }

    internal static ProblemHttpResult Rejected(ImportRejected r)
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

    private static ValidationProblem YearProblem() => Problems.Validation(new Dictionary<string, string[]>
    {
        ["year"] = [L("请给出 2000 至 2100 之间的年度。", "Give a year between 2000 and 2100.")],
    });

    private static ValidationProblem FileProblem(string message) => Problems.Field("file", message);
}
