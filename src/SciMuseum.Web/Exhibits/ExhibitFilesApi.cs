using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;

namespace SciMuseum.Web.Exhibits;

/// <summary>
/// Photos and manuals of an exhibit, before/after photos of a work order, and the photo a visitor adds to a fault
/// report. Uploads are multipart (field <c>file</c>) and pass <see cref="Uploads"/>; a refused file writes nothing.
/// </summary>
public static class ExhibitFilesApi
{
    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = ExhibitsApi.Editors };

    /// <summary>The request body limit: the largest file (a manual) plus the multipart envelope.</summary>
    private static readonly RequestSizeLimitAttribute BodyLimit = new(AttachExhibitFile.MaxManualBytes + 64 * 1024);

    public static void MapExhibitFilesApi(this RouteGroupBuilder x)
    {
        x.MapGet("/{id:guid}/files", async Task<Results<Ok<List<AttachExhibitFile.View>>, ProblemHttpResult>> (Guid id, Guid? workOrder, MuseumDb db, CancellationToken ct) =>
                await db.Exhibits.AnyAsync(e => e.Id == id, ct)
                    ? TypedResults.Ok(await AttachExhibitFile.ListAsync(db, id, workOrder, ct))
                    : Problems.NotFound("本馆没有这件展品。", "No such exhibit in this museum."))
            .WithName("ListExhibitFiles").WithSummary("An exhibit's photos and manuals and its work orders' photos (fault, before, after), newest first; ?workOrder= narrows to one order");
        x.MapPost("/{id:guid}/files", (Guid id, ExhibitFileKind? kind, IFormFile? file, MuseumDb db, CancellationToken ct) =>
                UploadAsync(db, id, null, kind ?? ExhibitFileKind.Photo, file, ct))
            .RequireAuthorization(EditorsOnly).WithMetadata(BodyLimit).DisableAntiforgery() // bearer-token API: no cookie to forge
            .WithName("UploadExhibitFile")
            .WithSummary("Add a photo (?kind=Photo: JPG, PNG or WEBP, at most 5 MB) or a manual (?kind=Manual: PDF or DOCX, at most 20 MB); the content must match the name");
        x.MapPost("/work-orders/{id:guid}/files", async Task<Results<Created<ExhibitFile>, Refused>> (Guid id, ExhibitFileKind? kind, IFormFile? file, MuseumDb db, CancellationToken ct) =>
            {
                if (await db.WorkOrders.AsNoTracking().Where(o => o.Id == id).Select(o => (Guid?)o.ExhibitId).FirstOrDefaultAsync(ct) is not { } exhibitId)
                    return Problems.From(Refusal.NotFound("本馆没有这张工单。", "No such work order in this museum."));
                if (kind is ExhibitFileKind.Manual)
                    return Problems.From(Refusal.OnField("kind", "工单只收照片（维修前、维修后）。", "A work order takes photos only (before, after)."));
                return await UploadAsync(db, exhibitId, id, kind ?? ExhibitFileKind.After, file, ct);
            })
            .RequireAuthorization(EditorsOnly).WithMetadata(BodyLimit).DisableAntiforgery()
            .WithName("UploadWorkOrderPhoto").WithSummary("Add a before or after photo to a work order (?kind=Before|After; JPG, PNG or WEBP, at most 5 MB)");
        x.MapGet("/files/{fileId:guid}", (Guid fileId, MuseumDb db, CancellationToken ct) => DownloadAsync(db, fileId, ct))
            .WithName("DownloadExhibitFile").WithSummary("Download one exhibit file (photo or manual)");
        x.MapDelete("/files/{fileId:guid}", (Guid fileId, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.ExhibitFiles, fileId, ct))
            .RequireAuthorization(EditorsOnly).WithName("DeleteExhibitFile").WithSummary("Remove an exhibit file");
    }

    /// <summary>
    /// The staff pages' picture and download address: the same file under <c>/staff</c>, where the sign-in cookie
    /// authenticates (the API takes bearer tokens only), so an &lt;img&gt; can show a thumbnail.
    /// </summary>
    public static void MapExhibitFilePages(this IEndpointRouteBuilder app) =>
        app.MapGet("/staff/exhibits/files/{fileId:guid}", (Guid fileId, MuseumDb db, CancellationToken ct) => DownloadAsync(db, fileId, ct))
            .RequireAuthorization().ExcludeFromDescription();

    /// <summary>
    /// A visitor's fault report with a photo, as a form (multipart: description, contact, photo). The photo is checked
    /// before anything is written: a file that is not an image or is over 5 MB is a field error on photo and opens no order.
    /// </summary>
    public static void MapPublicFaultWithPhoto(this RouteGroupBuilder pub) =>
        pub.MapPost("/{code}/faults/with-photo", async Task<Results<Created<PublicExhibitsApi.FaultReceipt>, ValidationProblem, ProblemHttpResult>> (
                string code, [FromForm] string? description, [FromForm] string? contact, IFormFile? photo, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var command = new ReportFault.Command(description, contact);
                var valid = await new ReportFault.Validator().ValidateAsync(command, ct);
                if (!valid.IsValid)
                    return Problems.Validation(valid.Errors.GroupBy(e => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..])
                        .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));
                Uploads.Checked? checkedPhoto = null;
                if (photo is not null)
                {
                    await using var stream = photo.OpenReadStream();
                    var read = await AttachExhibitFile.ReadAsync(ExhibitFileKind.Photo, stream, photo.FileName, ct, "photo");
                    if (read.Value is not { } p) return Problems.Field("photo", read.Refusal!.Message);
                    checkedPhoto = p;
                }
                return await ReportFault.HandleAsync(db, clock, code, command, ct, checkedPhoto) is { } number
                    ? TypedResults.Created((string?)null, new PublicExhibitsApi.FaultReceipt(number))
                    : Problems.NotFound("没有这件展品。", "No such exhibit.");
            })
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithMetadata(new RequestSizeLimitAttribute(AttachExhibitFile.MaxImageBytes + 64 * 1024))
            .DisableAntiforgery() // a no-sign-in form: there is no session to forge
            .WithName("ReportExhibitFaultWithPhoto")
            .WithSummary("Report a fault with a photo (multipart: description, contact, photo: JPG, PNG or WEBP, at most 5 MB): a work order is opened and the photo kept with it");

    private static async Task<Results<Created<ExhibitFile>, Refused>> UploadAsync(MuseumDb db, Guid exhibitId, Guid? workOrderId, ExhibitFileKind kind, IFormFile? file,
        CancellationToken ct)
    {
        if (file is null) return Problems.From(Refusal.OnField("file", "请选择文件。", "Choose a file."));
        await using var stream = file.OpenReadStream();
        return Answers.Created(await AttachExhibitFile.HandleAsync(db, exhibitId, workOrderId, kind, file.FileName, stream, ct), f => $"/api/v1/exhibits/files/{f.Id}");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(MuseumDb db, Guid fileId, CancellationToken ct) =>
        await db.ExhibitFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct) is { } f
            ? TypedResults.File(f.Content, f.ContentType, f.FileName)
            : Problems.NotFound("没有这个文件。", "No such file.");
}
