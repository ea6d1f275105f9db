namespace SciMuseum.Core.Common;

/// <summary>One page of a list, as every list endpoint returns it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

public static class Paging
{
    public const int MaxPageSize = 500;

    public static (int Page, int Size) Normalize(int? page, int? pageSize) =>
        (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, MaxPageSize));

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, s) = Normalize(page, pageSize);
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(query.Skip((p - 1) * s).Take(s), ct);
        return new Page<T>(items, total, p, s);
    }
}
