using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Common;

namespace SciMuseum.Web.Exhibits;

/// <summary>/api/v1/exhibits/import: the register from XLSX/CSV, all or nothing, and its template. The export is <c>GET /api/v1/exhibits?format=xlsx</c>.</summary>
public static class ExhibitsImportApi
{
    public static void MapExhibitsImportApi(this RouteGroupBuilder x)
    {
        x.MapGet("/import/template.xlsx", () => TypedResults.File(Template(), Imports.XlsxType, "exhibit-import-template.xlsx"))
            .WithName("GetExhibitImportTemplate").WithSummary("The exhibit import template: Chinese headers (the export's), two example rows and a 说明 sheet");
        x.MapPost("/import", ImportAsync).Upload(ExhibitsApi.Editors).WithName("ImportExhibits")
            .WithSummary("Register exhibits from a file (multipart field file, .xlsx or .csv, at most 5 MB): codes must be new; "
                + "any bad row (taken or repeated code, unknown hall, category or project, bad date or amount) answers 400 /problems/import-invalid listing each and writes nothing");
    }

    public static byte[] Template() => Imports.Template(ImportExhibits.SheetName, ImportExhibits.Columns, ImportExhibits.Examples);

    /// <summary>Reads the file and imports it; the staff page calls this too, so both refuse the same files the same way.</summary>
    public static async Task<ImportOutcome> RunAsync(MuseumDb db, string fileName, byte[] content, CancellationToken ct)
    {
        var (rows, unreadable) = Imports.Open(fileName, content, ImportExhibits.SheetName);
        return unreadable ?? await ImportExhibits.HandleAsync(db, rows!, ct);
    }

    private static async Task<Results<Ok<ExhibitsImported>, ProblemHttpResult, ValidationProblem>> ImportAsync(IFormFile? file, MuseumDb db, CancellationToken ct)
    {
        var (content, problem) = await Imports.ReadAsync(file, ct);
        if (problem is not null) return problem;
        return await RunAsync(db, file!.FileName, content!, ct) switch
        {
            ExhibitsImported done => TypedResults.Ok(done),
            ImportRejected r => Imports.Rejected(r),
            ImportUnreadable u => Imports.FileProblem(u.Message),
            _ => throw new UnreachableException(),
        };
    }
}
