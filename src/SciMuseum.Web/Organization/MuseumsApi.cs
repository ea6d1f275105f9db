using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Organization;

/// <summary>/api/v1/museums: the museums of the installation (系统管理), and those the caller may choose with <c>?museum=</c>.</summary>
public static class MuseumsApi
{
    private static readonly AuthorizeAttribute Admins = new() { Roles = Roles.SystemAdmin };

    /// <summary>Who may see museums side by side: the installation's administrator, province viewers and a museum's leaders (their own).</summary>
    public const string OverviewReaders = Roles.SystemAdmin + "," + Roles.ProvinceViewer + "," + Roles.MuseumLeader;

    public static void MapMuseumsApi(this IEndpointRouteBuilder api)
    {
        var museums = api.MapGroup("/museums").WithTags("Museums").RequireAuthorization();
        // The list and create routes on the API root, so their path is /api/v1/museums exactly (a group's "" adds a slash).
        api.MapGet("/museums", async (bool? archived, HttpContext ctx, MuseumDb db, CancellationToken ct) =>
                TypedResults.Ok(await VisibleAsync(db, ctx.User, archived == true && ctx.User.IsInRole(Roles.SystemAdmin), ct)))
            .WithTags("Museums").RequireAuthorization().WithName("ListMuseums")
            .WithSummary("Museums the caller may choose with ?museum= (all for a system administrator, the granted province's or museums for a province viewer); ?archived=true adds archived ones for an administrator");
        museums.MapGet("/overview", async (int year, HttpContext ctx, ProvinceOverview overview, CancellationToken ct) =>
                year is < 2000 or > 2100
                    ? (IResult)Problems.Field("year", "年份应在 2000–2100 之间。", "The year must be 2000–2100.")
                    : TypedResults.Ok(await overview.ForYearAsync(ctx.User, year, ct)))
            .RequireAuthorization(new AuthorizeAttribute { Roles = OverviewReaders }).WithName("GetMuseumsOverview").ProducesProblem(400)
            .WithSummary("省级对比: the museums the caller may see side by side for a year (visitors, open days, budget approved/received/spent, execution rate, evaluation total and grade)");
        api.MapPost("/museums", CreateAsync).WithTags("Museums").RequireAuthorization(Admins).WithName("CreateMuseum").ProducesProblem(400)
            .WithSummary("Add a museum: code, name, province, departments (standard|none), first opening rule and first administrator");
        museums.MapPut("/{id:guid}", (Guid id, ManageMuseums.EditCommand c, MuseumDb db, CancellationToken ct) => Ok(ManageMuseums.EditAsync(db, id, c, ct)))
            .RequireAuthorization(Admins).WithName("UpdateMuseumListing").ProducesProblem(404).WithSummary("Change a museum's name, province and city");
        museums.MapPost("/{id:guid}/archive", (Guid id, MuseumDb db, CancellationToken ct) => Ok(ManageMuseums.ArchiveAsync(db, id, true, ct)))
            .RequireAuthorization(Admins).WithName("ArchiveMuseum").ProducesProblem(404).ProducesProblem(409)
            .WithSummary("Archive a museum: hidden from lists and ?museum=, its records kept; the last active museum cannot be archived");
        museums.MapPost("/{id:guid}/restore", (Guid id, MuseumDb db, CancellationToken ct) => Ok(ManageMuseums.ArchiveAsync(db, id, false, ct)))
            .RequireAuthorization(Admins).WithName("RestoreMuseum").ProducesProblem(404).WithSummary("Bring an archived museum back");
    }

    private static async Task<Results<Ok<Museum>, Refused>> Ok(Task<Result<Museum>> work) => Answers.Ok(await work);

    /// <summary>The museums a user may see, archived ones left out unless asked.</summary>
    public static async Task<List<MuseumSummary>> VisibleAsync(MuseumDb db, ClaimsPrincipal user, bool includeArchived, CancellationToken ct)
    {
        var all = await ManageMuseums.ListAsync(db, includeArchived, ct);
        return user.IsInRole(Roles.SystemAdmin) ? all : [.. all.Where(m => MuseumSelection.MaySee(user, m.Id, m.Province))];
    }

    private static async Task<Results<Created<Museum>, Refused>> CreateAsync(
        ManageMuseums.CreateCommand c, MuseumDb db, UserManager<AppUser> users, CancellationToken ct) =>
        Answers.Created(await MuseumSetup.CreateAsync(db, users, c, ct), m => $"/api/v1/museums/{m.Id}");
}

/// <summary>A new museum with its first administrator, in one transaction (API, page and command line alike).</summary>
public static class MuseumSetup
{
    public static async Task<Result<Museum>> CreateAsync(MuseumDb db, UserManager<AppUser> users, ManageMuseums.CreateCommand c, CancellationToken ct)
    {
        AppUser? admin = null;
        if (c.Administrator is { } a)
        {
            var email = a.Email!.Trim();
            if (await users.FindByEmailAsync(email) is not null)
                return Refusal.OnField("administrator.email", "已有使用该邮箱的账号。", "An account with this e-mail already exists.");
            admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = a.DisplayName?.Trim() is { Length: > 0 } n ? n : "场馆管理员" };
            foreach (var validator in users.PasswordValidators)
                if (await validator.ValidateAsync(users, admin, a.Password!) is { Succeeded: false } weak)
                    return Refusal.OnField("administrator.password", "密码不符合要求：" + Describe(weak, "；"), "The password is too weak: " + Describe(weak, "; "));
        }

        // Museum, departments, opening rule and administrator together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var made = await ManageMuseums.CreateAsync(db, c, ct);
        if (!made.Succeeded) return made;
        if (admin is not null)
        {
            admin.MuseumId = made.Value!.Id;
            var created = await users.CreateAsync(admin, c.Administrator!.Password!);
            // The museum's own administrator: its leader's rights there, not the installation's.
            if (created.Succeeded) created = await users.AddToRolesAsync(admin, [Roles.MuseumLeader]);
            if (!created.Succeeded)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Refusal.OnField("administrator.email", "无法创建管理员：" + Describe(created, "；"), "The administrator cannot be created: " + Describe(created, "; "));
            }
        }
        await tx.CommitAsync(ct);
        return made;
    }

    private static string Describe(IdentityResult r, string separator) => string.Join(separator, r.Errors.Select(e => e.Description));
}
