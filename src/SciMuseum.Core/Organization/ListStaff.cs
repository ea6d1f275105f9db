using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Organization;

/// <summary>Search the staff register; each row carries its status on the chosen date.</summary>
public static class ListStaff
{
    public sealed record Query(string? Search, Guid? DepartmentId, StaffStatus? Status, DateOnly? Date, int? Page, int? PageSize);

    public sealed record Row(
        Guid Id, string Name, Gender Gender, Guid DepartmentId, string DepartmentName, Guid? PostId, string? PostTitle,
        Employment Employment, Education Education, string ProfessionalTitle, string Phone,
        DateOnly StartDate, DateOnly? EndDate, DateOnly? RetirementDate, StaffStatus Status);

    public static async Task<Page<Row>> HandleAsync(MuseumDb db, Query q, DateOnly today, CancellationToken ct)
    {
        var date = q.Date ?? today;
        var page = await Filter(db, q, date).ToPageAsync(q.Page, q.PageSize, ct);
        return new Page<Row>([.. page.Items.Select(x => ToRow(x, date))], page.Total, page.PageNumber, page.PageSize);
    }

    /// <summary>Every match, unpaged: what an export writes.</summary>
    public static async Task<List<Row>> AllAsync(MuseumDb db, Query q, DateOnly today, CancellationToken ct)
    {
        var date = q.Date ?? today;
        return [.. (await Filter(db, q, date).ToListAsync(ct)).Select(x => ToRow(x, date))];
    }

    private sealed record Found(StaffMember Member, string DepartmentName, string? PostTitle);

    private static IQueryable<Found> Filter(MuseumDb db, Query q, DateOnly date)
    {
        var staff = db.Staff.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            staff = staff.Where(s => s.Name.Contains(term) || s.Phone.Contains(term) || s.ProfessionalTitle.Contains(term));
        }
        if (q.DepartmentId is { } dept) staff = staff.Where(s => s.DepartmentId == dept);
        if (q.Status is { } status) staff = staff.WithStatus(status, date);
        return staff
            .OrderBy(s => s.Department!.SortOrder).ThenBy(s => s.StartDate).ThenBy(s => s.Id)
            .Select(s => new Found(s, s.Department!.Name, s.Post == null ? null : s.Post.Title));
    }

    private static Row ToRow(Found x, DateOnly date) => new(
        x.Member.Id, x.Member.Name, x.Member.Gender, x.Member.DepartmentId, x.DepartmentName, x.Member.PostId, x.PostTitle,
        x.Member.Employment, x.Member.Education, x.Member.ProfessionalTitle, x.Member.Phone,
        x.Member.StartDate, x.Member.EndDate, x.Member.RetirementDate, StaffRules.StatusOn(x.Member, date));
}
