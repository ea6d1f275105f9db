using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// The case records' own access domain: a case opens only for its assigned counselor. Every read and every refusal
/// leaves an audit row (who, when, which case, why refused), written at once in its own save so that a refused
/// request leaves its trace even though it changes nothing else.
/// </summary>
public static class CaseAccess
{
    public const string Entity = nameof(CounselingCase);
    public const string NotAssignedType = "not-assigned";

    public static Refusal NotAssigned() => Refusal.Because(NotAssignedType,
        "只有该个案的负责辅导员可以查看或记录。", "Only the counselor assigned to this case may read or write it.");

    public static Refusal NotFound() => Refusal.NotFound("本馆没有这个个案。", "No such case in this museum.");

    /// <summary>The case for its assigned counselor, or a refusal (another museum's or unknown: not found; someone else's: refused and audited).</summary>
    public static async Task<Result<CounselingCase>> ForCounselorAsync(MuseumDb db, TimeProvider clock, Guid id, CancellationToken ct)
    {
        var c = await db.CounselingCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return NotFound();
        if (c.CounselorId != db.User.UserId)
        {
            await RefusedAsync(db, clock, id.ToString(), "不是该个案的负责辅导员 / not the assigned counselor", ct);
            return NotAssigned();
        }
        return c;
    }

    public static Task ReadAsync(MuseumDb db, TimeProvider clock, string key, string what, CancellationToken ct) =>
        WriteAsync(db, clock, AuditAction.Read, key, what, ct);

    public static Task RefusedAsync(MuseumDb db, TimeProvider clock, string key, string why, CancellationToken ct) =>
        WriteAsync(db, clock, AuditAction.Refused, key, why, ct);

    private static async Task WriteAsync(MuseumDb db, TimeProvider clock, AuditAction action, string key, string reason, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            MuseumId = db.User.MuseumId ?? Guid.Empty, At = clock.GetUtcNow().UtcDateTime, UserId = db.User.UserId, UserName = db.User.UserName,
            Entity = Entity, EntityKey = key.Length > 200 ? key[..200] : key, Action = action, Reason = reason.Length > 1000 ? reason[..1000] : reason,
        });
        await db.SaveChangesAsync(ct);
    }
}
