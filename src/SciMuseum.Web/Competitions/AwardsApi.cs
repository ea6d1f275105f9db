using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Competitions.Awards;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;

namespace SciMuseum.Web.Competitions;

/// <summary>
/// Awards: staff publish results and print certificates; the public reads published results and checks a certificate;
/// a school downloads its certificates and attaches files to its entries with its access code.
/// </summary>
public static class AwardsApi
{
    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = CompetitionsApi.Editors };

    public static void MapAwardsApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/competitions").WithTags("Competitions").RequireAuthorization(EditorsOnly);
        g.MapPost("/contests/{id:guid}/publish", async Task<Results<Ok<PublishResults.Published>, Refused>> (Guid id, Guid? category, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await PublishResults.HandleAsync(db, id, category, clock, ct)))
            .WithName("PublishContestResults").ProducesProblem(409)
            .WithSummary("Publish a contest's results (?category= for one category): shown on the public results page; certificates issued to awarded entries");
        g.MapPost("/contests/{id:guid}/withdraw", async Task<Results<Ok<PublishResults.Published>, Refused>> (Guid id, Guid? category, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await PublishResults.WithdrawAsync(db, id, category, ct)))
            .WithName("WithdrawContestResults").WithSummary("Take a contest's (or a category's) results off the public page; its certificates stop verifying");
        g.MapGet("/contests/{id:guid}/certificates.pdf", CategoryPdfAsync).WithName("GetContestCertificatesPdf")
            .WithSummary("The certificates of a category (?category=) or of a whole contest as one PDF, one A4 landscape page each")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        g.MapGet("/contests/{id:guid}/certificates.zip", SchoolZipAsync).WithName("GetSchoolCertificatesZip")
            .WithSummary("A school's certificates (?unit=) as a ZIP of one PDF each").Produces(StatusCodes.Status200OK, contentType: "application/zip");
        g.MapGet("/entries/{id:guid}/certificate.pdf", EntryPdfAsync).WithName("GetEntryCertificatePdf")
            .WithSummary("One awarded entry's certificate as PDF").Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        g.MapGet("/entries/{id:guid}/files", async Task<Results<Ok<List<EntryFiles.FileView>>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await EntryFiles.ListAsync(db, id, ct) is { } files ? TypedResults.Ok(files) : Problems.NotFound("本馆没有这件作品。", "No such entry in this museum."))
            .WithName("ListEntryFiles").WithSummary("The files a school attached to an entry (names, kinds, sizes)");
        g.MapGet("/entry-files/{id:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await db.ContestEntryFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is { } f
                    ? TypedResults.File(f.Content, f.ContentType, f.FileName)
                    : Problems.NotFound("没有这个文件。", "No such file."))
            .WithName("DownloadEntryFile").WithSummary("Download one file of an entry");

        var pub = api.MapGroup("/public/competitions").WithTags("Public").AllowAnonymous();
        pub.MapGet("/results", async Task<Results<Ok<PublicResults.Result>, ValidationProblem>> (int? year, Guid? contest, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                !Plausible.IsYear(year) ? Problems.Field("year", Plausible.YearMessage)
                    : TypedResults.Ok(await PublicResults.HandleAsync(db, year ?? MuseumClock.Today(clock).Year, contest, ct)))
            .WithName("GetPublicContestResults")
            .WithSummary("Published results of a year's contests (?year=, ?contest=): category → prize level → work title, entrants, school; no contacts");
        pub.MapGet("/certificates/{code}", async Task<Ok<Certificates.Check>> (string code, MuseumDb db, CancellationToken ct) =>
                TypedResults.Ok(await Certificates.VerifyAsync(db, code, ct)))
            .WithName("CheckCertificate").WithSummary("Check a certificate's verification code: valid or not, and what it states (name, work, prize, contest)");
        pub.MapPost("/certificates", SchoolZipByCodeAsync).RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("GetMyCertificatesZip")
            .WithSummary("A school's certificates as a ZIP, by its access code {code}").Produces(StatusCodes.Status200OK, contentType: "application/zip");
        pub.MapGet("/certificates/school/{unitId:guid}", SchoolZipByLinkAsync).WithName("GetSchoolCertificatesByLink")
            .WithSummary("A school's certificates as a ZIP through the signed link its access code gave (?t=, valid one hour)")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        pub.MapPost("/entries/{number:int}/files", AttachAsync).RequireRateLimiting(PublicVisitsApi.RateLimitPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(EntryFiles.MaxBytes + 64 * 1024))
            .DisableAntiforgery() // the access code in the form is the credential; no cookie is involved
            .WithName("AttachEntryFile")
            .WithSummary("A school attaches a file to its entry (multipart: code, file): PDF, DOCX, XLSX, PPTX, JPG, PNG or WEBP, at most 20 MB, content matching the name");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CategoryPdfAsync(Guid id, Guid? category, MuseumDb db,
        HttpRequest request, IConfiguration config, CancellationToken ct)
    {
        if (!await db.Contests.AnyAsync(c => c.Id == id, ct)) return Problems.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        var facts = await Certificates.ListAsync(db, new Certificates.Filter(id, CategoryId: category), ct);
        if (facts.Count == 0) return NoCertificates();
        return TypedResults.File(AwardCertificates.Pdf(facts, code => AwardCertificates.CheckUrl(request, config, code)), "application/pdf",
            category is null ? "certificates.pdf" : $"certificates-{facts[0].Category}.pdf");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> SchoolZipAsync(Guid id, Guid? unit, MuseumDb db,
        HttpRequest request, IConfiguration config, CancellationToken ct)
    {
        // One school at a time: a whole contest as single PDFs would be a ZIP of a hundred megabytes (a category prints as one PDF).
        if (unit is null) return Problems.Field("unit", "请指定学校（unit）。", "Name the school (unit).");
        if (!await db.Contests.AnyAsync(c => c.Id == id, ct)) return Problems.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        var zip = await ZipAsync(db, id, unit, request, config, ct);
        return zip.Result is FileContentHttpResult file ? file : (ProblemHttpResult)zip.Result;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> EntryPdfAsync(Guid id, MuseumDb db, HttpRequest request, IConfiguration config, CancellationToken ct)
    {
        var entry = await db.ContestEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return Problems.NotFound("本馆没有这件作品。", "No such entry in this museum.");
        var facts = await Certificates.ListAsync(db, new Certificates.Filter(entry.ContestId, EntryId: id), ct);
        if (facts.Count == 0) return NoCertificates();
        return TypedResults.File(AwardCertificates.Pdf(facts, code => AwardCertificates.CheckUrl(request, config, code)), "application/pdf", AwardCertificates.FileName(facts[0]));
    }

    private static async Task<Results<FileContentHttpResult, Refused>> SchoolZipByCodeAsync(SchoolAccess.CodeCommand c, MuseumDb db,
        HttpRequest request, IConfiguration config, CancellationToken ct)
    {
        var found = await SchoolAccess.FindAsync(db, c.Code, ct);
        if (found.Value is not { } school) return Problems.From(found.Refusal!);
        return await ZipAsync(db, school.ContestId, school.Id, request, config, ct) is { Result: FileContentHttpResult file } ? file : Problems.From(NoneYet);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SchoolZipByLinkAsync(Guid unitId, string? t, MuseumDb db,
        IDataProtectionProvider protection, HttpRequest request, IConfiguration config, CancellationToken ct)
    {
        if (!AwardCertificates.SchoolLinks.Opens(protection, unitId.ToString(), t))
            return Problems.NotFound("下载链接无效或已过期，请重新输入报名码。", "The link is invalid or has expired; enter the access code again.");
        var school = await db.ContestUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (school is null) return Problems.NotFound("没有这个参赛单位。", "No such unit.");
        return await ZipAsync(db, school.ContestId, school.Id, request, config, ct);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ZipAsync(MuseumDb db, Guid contestId, Guid? unit,
        HttpRequest request, IConfiguration config, CancellationToken ct)
    {
        var facts = await Certificates.ListAsync(db, new Certificates.Filter(contestId, UnitId: unit), ct);
        if (facts.Count == 0) return NoCertificates();
        var name = unit is null ? "certificates.zip" : $"certificates-{facts[0].School}.zip";
        return TypedResults.File(AwardCertificates.Zip(facts, code => AwardCertificates.CheckUrl(request, config, code)), "application/zip", name);
    }

    private static readonly Refusal NoneYet = Refusal.NotFound("还没有可下载的获奖证书（成绩未公布或没有获奖作品）。", "No certificates yet (results not published, or no awarded entries).");

    private static ProblemHttpResult NoCertificates() => Problems.NotFound(NoneYet.Zh, NoneYet.En);

    private static async Task<Results<Created<EntryFiles.FileView>, Refused>> AttachAsync(int number, [FromForm] string? code, IFormFile? file,
        MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        if (file is null) return Problems.From(Refusal.OnField("file", "请选择文件。", "Choose a file."));
        await using var stream = file.OpenReadStream();
        return Answers.Created(await EntryFiles.AttachAsync(db, code, number, file.FileName, stream, clock, ct), f => $"/api/v1/competitions/entry-files/{f.Id}");
    }
}
