using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Organization;

/// <summary>The 人员情况 figures of the report, as of a date.</summary>
public sealed record Headcount(
    DateOnly Date,
    int AuthorizedPosts,
    int StaffInPost,
    int Retired,
    int ContractPosts,
    int ContractPostsAuthorized)
{
    /// <summary>More people on the establishment than it allows (超编).</summary>
    public bool OverEstablishment => StaffInPost > AuthorizedPosts;
}

/// <summary>The organisation module's metric service: every page, API, dashboard and report reads headcount here.</summary>
public sealed class OrganizationMetrics(MuseumDb db)
{
    public async Task<Headcount> HeadcountAsync(DateOnly date, CancellationToken ct = default)
    {
        var posts = await db.Posts
            .Where(p => p.ValidFrom <= date && (p.ValidTo == null || p.ValidTo >= date))
            .GroupBy(p => p.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Sum(p => p.AuthorizedCount) })
            .ToListAsync(ct);

        var inPost = await db.Staff.WithStatus(StaffStatus.InPost, date).CountAsync(ct);
        var contract = await db.Staff.WithStatus(StaffStatus.Contract, date).CountAsync(ct);
        var retired = await db.Staff.WithStatus(StaffStatus.Retired, date).CountAsync(ct);

        int Authorized(PostKind kind) => posts.Where(p => p.Kind == kind).Sum(p => p.Count);
        return new Headcount(date, Authorized(PostKind.Establishment), inPost, retired, contract, Authorized(PostKind.Contract));
    }
}
