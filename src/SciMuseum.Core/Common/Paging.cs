namespace SciMuseum.Core.Common;

/// <summary>One page of a list, as every list endpoint returns it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary>
/// One page of a list too long to count on every request: <see cref="Total"/> stops at the cap, and
/// <see cref="TotalCapped"/> says there are more (shown as "10,000+").
/// </summary>
public sealed record CappedPage<T>(IReadOnlyList<T> Items, int Total, bool TotalCapped, int PageNumber, int PageSize);

public static class Paging
{
    public const int MaxPageSize = 500;

    /// <summary>Where a long list stops counting: counting a million rows costs seconds, counting ten thousand a few milliseconds.</summary>
    public const int CountCap = 10_000;

    public static (int Page, int Size) Normalize(int? page, int? pageSize) =>
        (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, MaxPageSize));

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, s) = Normalize(page, pageSize);
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(query.Skip((p - 1) * s).Take(s), ct);
        return new Page<T>(items, total, p, s);
    }

    /// <summary>The page in the database and the count up to <paramref name="cap"/> (the database stops reading there).</summary>
    public static async Task<CappedPage<T>> ToCappedPageAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken ct, int cap = CountCap)
    {
        var (p, s) = Normalize(page, pageSize);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(query.Skip((p - 1) * s).Take(s), ct);
        // A first page that is not full is the whole list: no count needed.
        var (total, capped) = p == 1 && items.Count < s ? (items.Count, false) : await query.CountCappedAsync(cap, ct);
        return new CappedPage<T>(items, total, capped, p, s);
    }

    /// <summary>How many rows, reading at most <paramref name="cap"/> + 1 of them.</summary>
    public static async Task<(int Count, bool Capped)> CountCappedAsync<T>(this IQueryable<T> query, int cap, CancellationToken ct)
    {
        var n = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query.Take(cap + 1), ct);
        return n > cap ? (cap, true) : (n, false);
    }
}
