using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// Refuses a query string value with a NUL or other control character before any handler runs: PostgreSQL cannot store
/// or compare text with NUL (it answered 500), and no search term or code needs one. API callers get a 400 naming the
/// parameter; pages a plain 400.
/// </summary>
public static class QueryTextGuard
{
    public static void UseQueryTextGuard(this IApplicationBuilder app) => app.Use((ctx, next) =>
    {
        foreach (var (key, values) in ctx.Request.Query)
        {
            if (!values.Any(v => v is not null && v.Any(char.IsControl))) continue;
            if (!Auth.AuthSchemes.IsApi(ctx.Request))
            {
                ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }
            return Problems.Field(key, L("含有不可见的控制字符。", "Contains control characters.")).ExecuteAsync(ctx);
        }
        return next(ctx);
    });
}
