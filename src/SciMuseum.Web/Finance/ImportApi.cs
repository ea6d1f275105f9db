using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Reports.Import;
using SciMuseum.Web.Common;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Finance;

/// <summary>/api/v1/finance/import: XLSX/CSV import of a year's budget lines, ledger or past totals, all or nothing, and the templates to fill in.</summary>
public static class ImportApi
{
    public enum Kind
    {
        Budget,
        Ledger,
        /// <summary>Each line's totals received and spent up to a date, from before the museum used SciMuseum.</summary>
        PastTotals,
    }

    public static void MapFinanceImportApi(this IEndpointRouteBuilder api)
    {
        var import = api.MapGroup("/finance/import").WithTags("Finance").RequireAuthorization();
        import.MapGet("/templates/budget.xlsx", (int? year, TimeProvider clock) => TemplateFile(Kind.Budget, year, clock))
            .WithName("GetBudgetImportTemplate").WithSummary("The budget import template: Chinese headers, an example row and a 说明 sheet; ?year= dates the example");
        import.MapGet("/templates/ledger.xlsx", (int? year, TimeProvider clock) => TemplateFile(Kind.Ledger, year, clock))
            .WithName("GetLedgerImportTemplate").WithSummary("The ledger import template: Chinese headers, example rows (a receipt, a payment) and a 说明 sheet");
        import.MapGet("/templates/past-totals.xlsx", (int? year, TimeProvider clock) => TemplateFile(Kind.PastTotals, year, clock))
            .WithName("GetPastTotalsImportTemplate").WithSummary("The past ledger totals template: line code, as-of date, totals received and spent, and a 说明 sheet");
        import.MapPost("/budget", (int? year, IFormFile? file, MuseumDb db, TimeProvider clock, CancellationToken ct) => ImportAsync<BudgetImported>(Kind.Budget, year, file, db, clock, ct))
            .Upload(Roles.FinanceEditors)
            .WithName("ImportBudget")
            .WithSummary("Import a year's budget lines (multipart field file, .xlsx or .csv, at most 5 MB): opens the budget if needed, adds or updates lines by code; "
                + "any bad row answers 400 /problems/import-invalid listing each (row, column) and writes nothing");
        import.MapPost("/ledger", (int? year, IFormFile? file, MuseumDb db, TimeProvider clock, CancellationToken ct) => ImportAsync<LedgerImported>(Kind.Ledger, year, file, db, clock, ct))
            .Upload(Roles.FinanceEditors)
            .WithName("ImportLedger")
            .WithSummary("Import a year's receipts and expenditures (.xlsx or .csv, at most 5 MB) in date order under the over-spending guard; "
                + "any bad row (unknown line, bad date or amount, duplicate voucher, overspending) answers 400 listing each and writes nothing");
        import.MapPost("/past-totals", (int? year, IFormFile? file, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                ImportAsync<PastLedgerTotalsImported>(Kind.PastTotals, year, file, db, clock, ct))
            .Upload(Roles.FinanceEditors)
            .WithName("ImportPastLedgerTotals")
            .WithSummary("Import each line's totals received and spent up to a date before the museum used SciMuseum (.xlsx or .csv): booked as entries "
                + "marked imported under the spending guard; a line already imported, entries on or before the date, or any bad row answers 400 and writes nothing");
    }

    /// <summary>Reads the file and imports it; the staff page calls this too, so both refuse the same files the same way.</summary>
    public static async Task<ImportOutcome> RunAsync(MuseumDb db, Kind kind, int year, string fileName, byte[] content, DateOnly today, CancellationToken ct)
    {
        var (rows, unreadable) = Imports.Open(fileName, content, SheetName(kind));
        if (unreadable is not null) return unreadable;
        return kind switch
        {
            Kind.Budget => await ImportBudget.HandleAsync(db, year, rows!, ct),
            Kind.Ledger => await ImportLedger.HandleAsync(db, year, rows!, ct),
            _ => await ImportPastLedgerTotals.HandleAsync(db, year, Path.GetFileName(fileName), rows!, today, ct),
        };
    }

    public static byte[] Template(Kind kind, int year) => kind switch
    {
        Kind.Budget => Imports.Template(SheetName(kind), ImportBudget.Columns, [ImportBudget.Example]),
        Kind.Ledger => Imports.Template(SheetName(kind), ImportLedger.Columns, ImportLedger.Examples(year)),
        _ => Imports.Template(SheetName(kind), ImportPastLedgerTotals.Columns, ImportPastLedgerTotals.Examples(year)),
    };

    public static string SheetName(Kind kind) => kind switch { Kind.Budget => "预算", Kind.Ledger => "台账", _ => "历史累计" };

    public static bool IsYear(int? year) => year is not null && Core.Common.Plausible.IsYear(year);

    private static Results<FileContentHttpResult, ValidationProblem> TemplateFile(Kind kind, int? year, TimeProvider clock)
    {
        if (year is not null && !IsYear(year)) return YearProblem();
        var y = year ?? MuseumClock.Today(clock).Year;
        var name = kind == Kind.PastTotals ? "past-totals" : kind.ToString().ToLowerInvariant();
        return TypedResults.File(Template(kind, y), Imports.XlsxType, $"{name}-import-template-{y}.xlsx");
    }

    private static async Task<Results<Ok<T>, ProblemHttpResult, ValidationProblem>> ImportAsync<T>(Kind kind, int? year, IFormFile? file,
        MuseumDb db, TimeProvider clock, CancellationToken ct) where T : ImportOutcome
    {
        if (!IsYear(year)) return YearProblem();
        var (content, problem) = await Imports.ReadAsync(file, ct);
        if (problem is not null) return problem;
        return await RunAsync(db, kind, year!.Value, file!.FileName, content!, MuseumClock.Today(clock), ct) switch
        {
            T done => TypedResults.Ok(done),
            ImportRejected r => Imports.Rejected(r),
            ImportUnreadable u => Imports.FileProblem(u.Message),
            ImportWithoutBudget => Problems.Validation(new Dictionary<string, string[]>
            {
                ["year"] = [L($"{year} 年度预算尚未建立，请先导入预算。", $"There is no budget for {year} yet: import the budget first.")],
            }),
            _ => throw new UnreachableException(),
        };
    }

    private static ValidationProblem YearProblem() => Problems.Validation(new Dictionary<string, string[]>
    {
        ["year"] = [L("请给出 2000 至 2100 之间的年度。", "Give a year between 2000 and 2100.")],
    });
}
