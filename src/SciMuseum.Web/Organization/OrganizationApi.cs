using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Organization;

/// <summary>/api/v1/organization: the museum's profile, halls, departments, posts, staff and computed headcount.</summary>
public static class OrganizationApi
{
    private static readonly AuthorizeAttribute Editors = new() { Roles = Roles.OrganizationEditors };

    public static void MapOrganizationApi(this IEndpointRouteBuilder api)
    {
        var org = api.MapGroup("/organization").WithTags("Organization").RequireAuthorization();

        org.MapGet("/museum", GetMuseumAsync).WithName("GetMuseum").ProducesProblem(404).WithSummary("The museum's profile");
        org.MapPut("/museum", UpdateMuseumAsync).RequireAuthorization(Editors).WithName("UpdateMuseum").ProducesProblem(404).WithSummary("Change the museum's profile");
        org.MapGet("/headcount", HeadcountAsync).WithName("GetHeadcount")
            .WithSummary("Authorised posts, staff in post, retired, contract posts on a date (default today), computed from staff records");

        org.MapGet("/departments", ListDepartmentsAsync).WithName("ListDepartments").WithSummary("Departments with their headcount on a date");
        org.MapPost("/departments", (SaveDepartment.Command c, MuseumDb db, CancellationToken ct) => CreatedAsync(SaveDepartment.HandleAsync(db, null, c, ct), "departments"))
            .RequireAuthorization(Editors).WithName("CreateDepartment").ProducesProblem(404).WithSummary("Add a department");
        org.MapPut("/departments/{id:guid}", (Guid id, SaveDepartment.Command c, MuseumDb db, CancellationToken ct) => UpdatedAsync(SaveDepartment.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(Editors).WithName("UpdateDepartment").WithSummary("Change a department");
        org.MapDelete("/departments/{id:guid}", DeleteDepartmentAsync).RequireAuthorization(Editors).WithName("DeleteDepartment").ProducesProblem(409)
            .WithSummary("Remove a department that no post or staff member refers to");

        org.MapGet("/posts", async (DateOnly? date, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await ListPosts.HandleAsync(db, date ?? MuseumClock.Today(clock), ct))).WithName("ListPosts").WithSummary("Posts with their authorised headcount (编制) and staff in post on a date");
        org.MapPost("/posts", (SavePost.Command c, MuseumDb db, CancellationToken ct) => CreatedAsync(SavePost.HandleAsync(db, null, c, ct), "posts"))
            .RequireAuthorization(Editors).WithName("CreatePost").ProducesProblem(404).WithSummary("Add a post");
        org.MapPut("/posts/{id:guid}", (Guid id, SavePost.Command c, MuseumDb db, CancellationToken ct) => UpdatedAsync(SavePost.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(Editors).WithName("UpdatePost").WithSummary("Change a post");
        org.MapDelete("/posts/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.Posts, id, ct))
            .RequireAuthorization(Editors).WithName("DeletePost").WithSummary("Delete a post");

        org.MapGet("/staff", ListStaffAsync).WithName("ListStaff").WithSummary("Search staff; ?format=xlsx|csv exports every match");
        org.MapGet("/staff/{id:guid}", async Task<Results<Ok<StaffMember>, ProblemHttpResult>> (Guid id, HttpContext ctx, MuseumDb db, CancellationToken ct) =>
            await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } s ? TypedResults.Ok(StaffPhones.For(ctx.User, s)) : NotFound())
            .WithName("GetStaffMember").WithSummary("One staff member");
        org.MapPost("/staff", (SaveStaffMember.Command c, MuseumDb db, CancellationToken ct) => CreatedAsync(SaveStaffMember.HandleAsync(db, null, c, ct), "staff"))
            .RequireAuthorization(Editors).WithName("CreateStaffMember").ProducesProblem(404).WithSummary("Add a staff member");
        org.MapPut("/staff/{id:guid}", (Guid id, SaveStaffMember.Command c, MuseumDb db, CancellationToken ct) => UpdatedAsync(SaveStaffMember.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(Editors).WithName("UpdateStaffMember").WithSummary("Change a staff member");
        org.MapDelete("/staff/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.Staff, id, ct))
            .RequireAuthorization(Editors).WithName("DeleteStaffMember").WithSummary("Delete a staff member");

        org.MapGet("/halls", async (MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Halls.AsNoTracking().OrderBy(h => h.Floor).ThenBy(h => h.SortOrder).ToListAsync(ct))).WithName("ListHalls").WithSummary("Exhibition halls (展区) by floor");
        org.MapPost("/halls", (SaveHall.Command c, MuseumDb db, CancellationToken ct) => CreatedAsync(SaveHall.HandleAsync(db, null, c, ct), "halls"))
            .RequireAuthorization(Editors).WithName("CreateHall").ProducesProblem(404).WithSummary("Add a hall");
        org.MapPut("/halls/{id:guid}", (Guid id, SaveHall.Command c, MuseumDb db, CancellationToken ct) => UpdatedAsync(SaveHall.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(Editors).WithName("UpdateHall").WithSummary("Change a hall");
        org.MapDelete("/halls/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.Halls, id, ct))
            .RequireAuthorization(Editors).WithName("DeleteHall").WithSummary("Delete a hall");
    }

    private static async Task<Results<Ok<Museum>, ProblemHttpResult>> GetMuseumAsync(MuseumDb db, CancellationToken ct) =>
        await UpdateMuseumProfile.CurrentAsync(db, ct) is { } m ? TypedResults.Ok(m) : NotFound();

    private static async Task<Results<Ok<Museum>, Refused>> UpdateMuseumAsync(UpdateMuseumProfile.Command c, MuseumDb db, CancellationToken ct) =>
        Answers.Ok(await UpdateMuseumProfile.HandleAsync(db, c, ct));

    private static async Task<Ok<Headcount>> HeadcountAsync(DateOnly? date, OrganizationMetrics metrics, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await metrics.HeadcountAsync(date ?? MuseumClock.Today(clock), ct));

    private static async Task<IResult> ListDepartmentsAsync(DateOnly? date, string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var rows = await ListDepartments.HandleAsync(db, date ?? MuseumClock.Today(clock), ct);
        return Exports.Wanted(format) ? Exports.File(format, "departments", [.. rows.Select(OrganizationTables.Department)]) : TypedResults.Ok(rows);
    }

    private static async Task<IResult> ListStaffAsync(
        string? search, Guid? departmentId, StaffStatus? status, DateOnly? date, int? page, int? pageSize, string? format,
        HttpContext ctx, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = MuseumClock.Today(clock);
        if (!Exports.Wanted(format))
        {
            var found = await ListStaff.HandleAsync(db, new(search, departmentId, status, date, page, pageSize), today, ct);
            return TypedResults.Ok(found with { Items = [.. found.Items.Select(r => StaffPhones.For(ctx.User, r))] });
        }
        var all = await ListStaff.AllAsync(db, new(search, departmentId, status, date, null, null), today, ct);
        return Exports.File(format, "staff", [.. all.Select(r => OrganizationTables.Staff(StaffPhones.For(ctx.User, r)))]);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDepartmentAsync(Guid id, MuseumDb db, CancellationToken ct)
    {
        if (await db.Departments.FirstOrDefaultAsync(d => d.Id == id, ct) is not { } d) return NotFound();
        if (await db.Posts.AnyAsync(p => p.DepartmentId == id, ct) || await db.Staff.AnyAsync(s => s.DepartmentId == id, ct))
            return Problems.Refused("in-use", "该部门还有岗位或人员，不能删除。", "The department still has posts or staff.");
        db.Departments.Remove(d);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<T>, Refused>> CreatedAsync<T>(Task<Result<T>> save, string path) where T : Entity =>
        Answers.Created(await save, saved => $"/api/v1/organization/{path}/{saved.Id}");

    private static async Task<Results<Ok<T>, Refused>> UpdatedAsync<T>(Task<Result<T>> save) where T : class =>
        Answers.Ok(await save);

    private static ProblemHttpResult NotFound() => Problems.NotFound("本馆没有这条记录。", "No such record in this museum.");
}
