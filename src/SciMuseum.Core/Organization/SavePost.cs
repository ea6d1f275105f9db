using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Organization;

/// <summary>Approve a post (岗位) with its headcount, or change one. Authorised establishment is the sum of these.</summary>
public static class SavePost
{
    public sealed record Command(Guid? DepartmentId, string? Title, PostKind? Kind, int? AuthorizedCount,
        DateOnly? ValidFrom, DateOnly? ValidTo, string? ApprovalDocument, string? ChangeReason = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.Title).RequiredText(50);
            RuleFor(c => c.Kind).Required().IsInEnum();
            RuleFor(c => c.AuthorizedCount).Required().InclusiveBetween(0, 10_000)
                .WithMessage(_ => L("核定人数应在 0 到 10000 之间。", "Headcount must be between 0 and 10,000."));
            RuleFor(c => c.ValidFrom).Required().PlausibleDate();
            RuleFor(c => c.ValidTo).PlausibleDate();
            // A post counts while valid: a year whose evaluation is signed off needs a leader's reason.
            RuleFor(c => c.ChangeReason).OptionalText(500)
                .AllowedInPeriod(db, c => c.ValidFrom is { } from && Plausible.IsDate(from) && Plausible.IsDate(c.ValidTo)
                    ? (from, c.ValidTo ?? Plausible.LastDate) : null);
            RuleFor(c => c.ValidTo).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidTo is not null && c.ValidFrom is not null)
                .WithMessage(_ => L("截止日期不能早于起始日期。", "Cannot end before it starts."));
            RuleFor(c => c.ApprovalDocument).OptionalText(100);
            RuleFor(c => c.DepartmentId).Required()
                .MustAsync(async (id, ct) => await db.Departments.AnyAsync(d => d.Id == id, ct))
                .WithMessage(_ => L("部门不存在。", "No such department."));
        }
    }

    public static async Task<Result<Post>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var p = id is null ? db.Posts.Add(new Post()).Entity : await db.Posts.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return Refusal.NotFound();
        p.DepartmentId = c.DepartmentId!.Value;
        p.Title = c.Title!.Trim();
        p.Kind = c.Kind!.Value;
        p.AuthorizedCount = c.AuthorizedCount!.Value;
        p.ValidFrom = c.ValidFrom!.Value;
        p.ValidTo = c.ValidTo;
        p.ApprovalDocument = c.ApprovalDocument?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return p;
    }
}

public static class ListPosts
{
    public sealed record Row(Guid Id, Guid DepartmentId, string DepartmentName, string Title, PostKind Kind, int AuthorizedCount,
        DateOnly ValidFrom, DateOnly? ValidTo, string ApprovalDocument, int Filled);

    /// <summary>Posts with how many people fill each on a date.</summary>
    public static async Task<List<Row>> HandleAsync(MuseumDb db, DateOnly date, CancellationToken ct)
    {
        var working = db.Staff.WithStatus(StaffStatus.InPost, date).Concat(db.Staff.WithStatus(StaffStatus.Contract, date));
        var filled = await working.Where(s => s.PostId != null).GroupBy(s => s.PostId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var posts = await db.Posts.AsNoTracking()
            .OrderBy(p => p.Department!.SortOrder).ThenBy(p => p.Kind).ThenBy(p => p.Title)
            .Select(p => new { Post = p, DepartmentName = p.Department!.Name }).ToListAsync(ct);
        return posts.Select(x => new Row(x.Post.Id, x.Post.DepartmentId, x.DepartmentName, x.Post.Title, x.Post.Kind,
            x.Post.AuthorizedCount, x.Post.ValidFrom, x.Post.ValidTo, x.Post.ApprovalDocument, filled.GetValueOrDefault(x.Post.Id))).ToList();
    }
}
