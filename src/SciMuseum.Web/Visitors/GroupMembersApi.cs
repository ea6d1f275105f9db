using SciMuseum.Core.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.Reports.Import;
using SciMuseum.Web.Finance;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Visitors;

public sealed record GroupMemberView(int Seat, string Name, IdType IdType, string IdTypeName, string IdMasked);

/// <summary>A group's member list as a file (团体名单 XLSX/CSV): the template, and the upload that replaces a pending request's list.</summary>
public static class GroupMembersApi
{
    public const string TemplateName = "group-members-template.xlsx";

    public static void MapGroupMembersApi(this IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        app.MapGet("/visit/group/template.xlsx", TemplateFile).AllowAnonymous().ExcludeFromDescription();
        api.MapGet("/public/groups/template.xlsx", TemplateFile).AllowAnonymous().WithTags("Public").WithName("GetGroupMembersTemplate")
            .WithSummary("The group member list template (姓名, 证件类型, 证件号码) with a 说明 sheet");
        var v = api.MapGroup("/visitors/groups").WithTags("Visitors").RequireAuthorization();
        v.MapGet("/{id:guid}/members", MembersAsync).RequireAuthorization(new AuthorizeAttribute { Roles = VisitorRoles.PersonalData })
            .WithName("ListGroupMembers").WithSummary("A group request's listed members: names and masked IDs");
        v.MapPost("/{id:guid}/members", UploadAsync).RequireAuthorization(new AuthorizeAttribute { Roles = VisitorRoles.Managers })
            .WithMetadata(new RequestSizeLimitAttribute(SheetFile.MaxBytes + 64 * 1024))
            .DisableAntiforgery() // bearer-token API: no cookies, so no cross-site forgery to guard against
            .WithName("ReplaceGroupMembers")
            .WithSummary("Replace a pending request's member list (multipart field file, .xlsx or .csv: 姓名, 证件类型, 证件号码); "
                + "any bad row answers 400 /problems/import-invalid listing each (row, column) and writes nothing");
    }

    public static byte[] Template() => ImportTemplate.Xlsx(GroupMembers.SheetName,
        [.. GroupMembers.Columns.Select(c => new ImportTemplate.Column(c.Header, c.Required, c.Note))], GroupMembers.Examples);

    /// <summary>Reads a member file: the members, or why not (unreadable, or every bad row and column). The pages call this too.</summary>
    public static ImportOutcome Read(string fileName, byte[] content, TimeProvider clock, out List<BookVisit.VisitorInput> members)
    {
        members = [];
        return SheetFile.Open(fileName, content, GroupMembers.SheetName) switch
        {
            SheetFile.Read { Rows: var rows } => GroupMembers.Parse(rows, clock, out members),
            SheetFile.Unreadable u => new ImportUnreadable(L(u.Zh, u.En)),
            _ => throw new UnreachableException(),
        };
    }

    /// <summary>The error lines a page shows: "第 3 行 证件号码：…".</summary>
    public static List<string> Lines(ImportOutcome outcome) => outcome switch
    {
        ImportRejected r => [.. r.Errors.Take(ImportApi.MaxListedErrors).Select(e =>
            L($"第 {e.Row} 行{(e.Column.Length > 0 ? " " + e.Column : "")}：{e.Message}", $"Row {e.Row}{(e.Column.Length > 0 ? ", " + e.Column : "")}: {e.Message}"))],
        ImportUnreadable u => [u.Message],
        _ => [],
    };

    public static List<GroupMemberView> Views(GroupVisit g) =>
        [.. g.Members.OrderBy(m => m.Name).Select((m, i) => new GroupMemberView(i + 1, m.Name, m.IdType, IdDocuments.Names[m.IdType], m.IdMasked))];

    private static FileContentHttpResult TemplateFile() => TypedResults.File(Template(), ImportApi.XlsxType, TemplateName);

    private static async Task<Results<Ok<List<GroupMemberView>>, Refused>> MembersAsync(Guid id, MuseumDb db, CancellationToken ct) =>
        await db.Set<GroupVisit>().AsNoTracking().Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, ct) is { } g
            ? TypedResults.Ok(Views(g))
            : Problems.From(Groups.NotFound());

    private static async Task<IResult> UploadAsync(Guid id, IFormFile? file, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct)
    {
        if (file is null || file.Length is 0 or > SheetFile.MaxBytes)
            return FileProblem(file is null ? L("请选择文件。", "Choose a file.") : L("文件为空或超过 5 MB。", "The file is empty or larger than 5 MB."));
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
            await stream.CopyToAsync(buffer, ct);
        switch (Read(file.FileName, buffer.ToArray(), clock, out var members))
        {
            case ImportRejected r: return ImportApi.Rejected(r);
            case ImportUnreadable u: return FileProblem(u.Message);
        }
        var secrets = await VisitorSecrets.ForMuseumAsync(db, protection, ct);
        var outcome = await GroupMembers.ReplaceAsync(db, secrets, id, members, ct);
        return outcome.Value is { } g
            ? TypedResults.Ok(new { g.Id, g.Code, MembersListed = g.Members.Count, Members = Views(g) })
            : Problems.From(outcome.Refusal!);
    }

    private static ValidationProblem FileProblem(string message) => Problems.Field("file", message);
}
