using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Finance;

/// <summary>Voucher scans of an expenditure: upload (multipart, field <c>file</c>), list, download.</summary>
public static class AttachmentsApi
{
    public static void MapAttachmentsApi(this IEndpointRouteBuilder api)
    {
        var fin = api.MapGroup("/finance").WithTags("Finance").RequireAuthorization();
        fin.MapPost("/expenditures/{id:guid}/attachments", UploadAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.FinanceEditors })
            .WithMetadata(new RequestSizeLimitAttribute(AttachVoucher.MaxBytes + 64 * 1024))
            .DisableAntiforgery() // bearer-token API: no cookies, so no cross-site forgery to guard against
            .WithName("AttachVoucher").WithSummary("Attach a scanned voucher (PDF, JPG or PNG, at most 5 MB)");
        fin.MapGet("/expenditures/{id:guid}/attachments", async (Guid id, MuseumDb db, CancellationToken ct) =>
                await db.Expenditures.AnyAsync(e => e.Id == id, ct) // another museum's expenditure is not there (404), not an empty list
                    ? Results.Ok(await db.ExpenditureAttachments.AsNoTracking().Where(a => a.ExpenditureId == id)
                        .Select(a => new { a.Id, a.FileName, a.ContentType, a.Size, a.CreatedAt }).ToListAsync(ct))
                    : Problems.NotFound("本馆没有这条支出。", "No such expenditure in this museum."))
            .RequireAuthorization(FinanceApi.Readers).WithName("ListVouchers").WithSummary("The scanned vouchers attached to an expenditure");
        fin.MapGet("/attachments/{id:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await db.ExpenditureAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } a
                    ? TypedResults.File(a.Content, a.ContentType, a.FileName)
                    : Problems.NotFound("没有这个附件。", "No such attachment."))
            .RequireAuthorization(FinanceApi.Readers).WithName("DownloadVoucher").WithSummary("Download one voucher file");
    }

    private static async Task<Results<Created<ExpenditureAttachment>, Refused>> UploadAsync(
        Guid id, IFormFile? file, MuseumDb db, CancellationToken ct)
    {
        if (file is null)
            return Problems.From(Refusal.OnField("file", "请选择文件。", "Choose a file."));
        await using var stream = file.OpenReadStream();
        return Answers.Created(await AttachVoucher.HandleAsync(db, id, file.FileName, stream, file.Length, ct), a => $"/api/v1/finance/attachments/{a.Id}");
    }
}
