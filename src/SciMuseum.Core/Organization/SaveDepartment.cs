using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Organization;

public static class SaveDepartment
{
    public sealed record Command(string? Name, DepartmentKind? Kind, string? Duties, int? SortOrder);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(50);
            RuleFor(c => c.Kind).Required().IsInEnum();
            RuleFor(c => c.Duties).OptionalText(2000);
            RuleFor(c => c.SortOrder).InclusiveBetween(0, 1000);
        }
    }

    public static async Task<Result<Department>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var d = id is null ? db.Departments.Add(new Department()).Entity : await db.Departments.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Refusal.NotFound();
        d.Name = c.Name!.Trim();
        d.Kind = c.Kind!.Value;
        d.Duties = c.Duties?.Trim() ?? "";
        d.SortOrder = c.SortOrder ?? d.SortOrder;
        await db.SaveChangesAsync(ct);
        return d;
    }
}

public static class ListDepartments
{
    public sealed record Row(Guid Id, string Name, DepartmentKind Kind, string Duties, int SortOrder, int AuthorizedPosts, int StaffInPost, int ContractStaff);

    /// <summary>Departments with their approved establishment and the people working there on a date.</summary>
    public static async Task<List<Row>> HandleAsync(MuseumDb db, DateOnly date, CancellationToken ct)
    {
        var authorized = await db.Posts
            .Where(p => p.Kind == PostKind.Establishment && p.ValidFrom <= date && (p.ValidTo == null || p.ValidTo >= date))
            .GroupBy(p => p.DepartmentId).Select(g => new { g.Key, Count = g.Sum(p => p.AuthorizedCount) })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var inPost = await db.Staff.WithStatus(StaffStatus.InPost, date)
            .GroupBy(s => s.DepartmentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var contract = await db.Staff.WithStatus(StaffStatus.Contract, date)
            .GroupBy(s => s.DepartmentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name).ToListAsync(ct);
        return departments.Select(d => new Row(d.Id, d.Name, d.Kind, d.Duties, d.SortOrder,
            authorized.GetValueOrDefault(d.Id), inPost.GetValueOrDefault(d.Id), contract.GetValueOrDefault(d.Id))).ToList();
    }
}
