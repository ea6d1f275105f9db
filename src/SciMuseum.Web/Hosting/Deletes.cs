using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Web.Hosting;

/// <summary>DELETE of one row of the acting museum: soft where the entity keeps history (the interceptor decides), 404 otherwise.</summary>
public static class Deletes
{
    public static async Task<Results<NoContent, ProblemHttpResult>> OneAsync<T>(MuseumDb db, DbSet<T> set, Guid id, CancellationToken ct)
        where T : Entity
    {
        if (await set.FirstOrDefaultAsync(x => x.Id == id, ct) is not { } row)
            return Problems.NotFound("本馆没有这条记录。", "No such record in this museum.");
        set.Remove(row);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
