using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.Web.Common;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Visitors;

/// <summary>/api/v1/visitors/past-counts: past daily visitor counts imported from XLSX/CSV, listed and withdrawn by import.</summary>
public static class PastCountsApi
{
    public const string SheetName = "历史接待人数";

    private static readonly AuthorizeAttribute Readers = new() { Roles = VisitorRoles.StatisticsReaders };

    public static void MapPastCountsApi(this IEndpointRouteBuilder api)
    {
        // Routes spelled out under /visitors, so the list and the import answer at /api/v1/visitors/past-counts exactly (no trailing slash).
        var past = api.MapGroup("/visitors").WithTags("Visitors").RequireAuthorization();
        past.MapGet("/past-counts", async (string? format, MuseumDb db, CancellationToken ct) =>
            {
                var batches = await PastVisitorCounts.BatchesAsync(db, ct);
                return Exports.Wanted(format) ? Exports.File(format, "past-visitor-counts", [.. batches.Select(VisitorTables.PastBatch)]) : TypedResults.Ok(batches);
            })
            .RequireAuthorization(Readers).WithName("ListPastVisitorCounts")
            .WithSummary("The imports of past daily visitor counts: file, when and by whom, days covered, visitors; ?format=xlsx|csv");
        past.MapGet("/past-counts/template.xlsx", (TimeProvider clock) =>
                TypedResults.File(Template(MuseumClock.Today(clock).Year - 1), Imports.XlsxType, "past-visitor-counts-template.xlsx"))
            .RequireAuthorization(Readers).WithName("GetPastVisitorCountsTemplate").WithSummary("The import template: 日期, 渠道, 人数, example rows and a 说明 sheet");
        past.MapPost("/past-counts", ImportAsync).Upload(VisitorRoles.Managers).WithName("ImportPastVisitorCounts")
            .WithSummary("Import past daily visitor counts by day and channel (multipart field file, .xlsx or .csv, at most 5 MB) for days before the museum's "
                + "first ticket; any bad row (date, channel, count, a day and channel twice or already imported) answers 400 /problems/import-invalid and writes nothing");
        past.MapDelete("/past-counts/{batchId:guid}", async Task<Results<NoContent, Refused>> (Guid batchId, MuseumDb db, CancellationToken ct) =>
                Answers.NoContent(await PastVisitorCounts.DeleteBatchAsync(db, batchId, ct)))
            .RequireAuthorization(new AuthorizeAttribute { Roles = VisitorRoles.Managers }).WithName("DeletePastVisitorCounts")
            .WithSummary("Withdraw one import of past visitor counts (its rows are soft-deleted and audited); 404 when no such import");
    }

    public static byte[] Template(int year) => Imports.Template(SheetName, ImportPastVisitorCounts.Columns, ImportPastVisitorCounts.Examples(year));

    /// <summary>Reads the file and imports it; the staff page calls this too, so both refuse the same files the same way.</summary>
    public static async Task<ImportOutcome> RunAsync(MuseumDb db, string fileName, byte[] content, DateOnly today, CancellationToken ct)
    {
        var (rows, unreadable) = Imports.Open(fileName, content, SheetName);
        if (unreadable is not null) return unreadable;
        return await ImportPastVisitorCounts.HandleAsync(db, rows!, Path.GetFileName(fileName), db.User.UserName ?? "", today, ct);
    }

    private static async Task<Results<Ok<PastCountsImported>, ProblemHttpResult, ValidationProblem>> ImportAsync(IFormFile? file, MuseumDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var (content, problem) = await Imports.ReadAsync(file, ct);
        if (problem is not null) return problem;
        return await RunAsync(db, file!.FileName, content!, MuseumClock.Today(clock), ct) switch
        {
            PastCountsImported done => TypedResults.Ok(done),
            ImportRejected r => Imports.Rejected(r),
            ImportUnreadable u => Imports.FileProblem(u.Message),
            _ => throw new UnreachableException(),
        };
    }
}
