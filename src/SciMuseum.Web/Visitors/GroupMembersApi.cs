using SciMuseum.Core.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using SciMuseum.Reports.Import;
using SciMuseum.Web.Common;
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
        v.MapPost("/{id:guid}/members", UploadAsync)
            .Upload(VisitorRoles.Managers)
            .WithName("ReplaceGroupMembers").ProducesProblem(409)
            .WithSummary("Replace a pending request's member list (multipart field file, .xlsx or .csv: 姓名, 证件类型, 证件号码); "
                + "any bad row answers 400 /problems/import-invalid listing each (row, column) and writes nothing");
    }

    public static byte[] Template() => Imports.Template(GroupMembers.SheetName, GroupMembers.Columns, GroupMembers.Examples);

    /// <summary>Reads a member file: the members, or why not (unreadable, or every bad row and column). The pages call this too.</summary>
    public static ImportOutcome Read(string fileName, byte[] content, TimeProvider clock, out List<BookVisit.VisitorInput> members)
    {
        members = [];
        var (rows, unreadable) = Imports.Open(fileName, content, GroupMembers.SheetName);
        return unreadable ?? GroupMembers.Parse(rows!, clock, out members);
    }

    public static List<string> Lines(ImportOutcome outcome) => Imports.Lines(outcome);

    public static List<GroupMemberView> Views(GroupVisit g) =>
        [.. g.Members.OrderBy(m => m.Name).Select((m, i) => new GroupMemberView(i + 1, m.Name, m.IdType, IdDocuments.Names[m.IdType], m.IdMasked))];

    private static FileContentHttpResult TemplateFile() => TypedResults.File(Template(), Imports.XlsxType, TemplateName);

    private static async Task<Results<Ok<List<GroupMemberView>>, Refused>> MembersAsync(Guid id, MuseumDb db, CancellationToken ct) =>
        await db.Set<GroupVisit>().AsNoTracking().Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, ct) is { } g
            ? TypedResults.Ok(Views(g))
            : Problems.From(Groups.NotFound());

    private static async Task<IResult> UploadAsync(Guid id, IFormFile? file, MuseumDb db, IDataProtectionProvider protection, TimeProvider clock, CancellationToken ct)
    {
        var (content, problem) = await Imports.ReadAsync(file, ct);
        if (problem is not null) return problem;
        switch (Read(file!.FileName, content!, clock, out var members))
        {
            case ImportRejected r: return Imports.Rejected(r);
            case ImportUnreadable u: return FileProblem(u.Message);
        }
        var secrets = await VisitorSecrets.ForMuseumAsync(db, protection, ct);
        var outcome = await GroupMembers.ReplaceAsync(db, secrets, id, members, ct);
        return outcome.Value is { } g
            ? TypedResults.Ok(new { g.Id, g.Code, MembersListed = g.Members.Count, Members = Views(g) })
            : Problems.From(outcome.Refusal!);
    }

    private static ValidationProblem FileProblem(string message) => Imports.FileProblem(message);
}
