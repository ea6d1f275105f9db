using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Performance;

/// <summary>
/// Changes that rewrite figures already reported: a year whose evaluation is signed off, or (for the opening calendar)
/// days already lived. They need a museum leader or the system administrator and a reason, which the audit log keeps
/// with every row the change writes. Everything else is ordinary record keeping (a staff member who started last year,
/// a ledger entry of a year still being evaluated).
/// </summary>
public static class PastChanges
{
    public abstract record Verdict;
    public sealed record Allowed : Verdict;
    /// <summary>The caller's role may not change that period.</summary>
    public sealed record NeedsAuthority(string Period) : Verdict;
    /// <summary>The caller may, but gave no reason.</summary>
    public sealed record NeedsReason(string Period) : Verdict;

    public static bool MayChange(UserContext user) =>
        user.IsSystem || user.Principal.IsInRole(Roles.MuseumLeader) || user.Principal.IsInRole(Roles.SystemAdmin);

    /// <summary>The years between <paramref name="from"/> and <paramref name="to"/> whose evaluation is signed off.</summary>
    public static Task<List<int>> SignedOffYearsAsync(MuseumDb db, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Evaluations.AsNoTracking()
            .Where(e => e.Status == EvaluationStatus.SignedOff && e.Year >= from.Year && e.Year <= to.Year)
            .Select(e => e.Year).Distinct().OrderBy(y => y).ToListAsync(ct);

    /// <summary>
    /// Checks a change dated <paramref name="from"/>–<paramref name="to"/> (<paramref name="lived"/>: it also changes days
    /// already past). When allowed with a reason, the reason goes to the audit log of everything this scope saves.
    /// </summary>
    public static async Task<Verdict> CheckAsync(MuseumDb db, DateOnly from, DateOnly to, bool lived, string? reason, CancellationToken ct)
    {
        var signedOff = await SignedOffYearsAsync(db, from, to, ct);
        if (signedOff.Count == 0 && !lived) return new Allowed();
        var period = signedOff.Count > 0
            ? Common.Bilingual.L($"{string.Join("、", signedOff)} 年度的绩效评价已签发", $"the evaluation of {string.Join(", ", signedOff)} is signed off")
            : Common.Bilingual.L("涉及已经过去的日期", "it changes days already past");
        if (!MayChange(db.User)) return new NeedsAuthority(period);
        if (string.IsNullOrWhiteSpace(reason)) return new NeedsReason(period);
        db.User.ChangeReason = reason.Trim();
        return new Allowed();
    }

    /// <summary>Why the change was refused, in the caller's language.</summary>
    public static string Explain(PastChanges.Verdict verdict) => verdict switch
    {
        NeedsAuthority a => Common.Bilingual.L($"{a.Period}：只有馆领导或系统管理员可以修改，并须说明理由。",
            $"{a.Period}: only a museum leader or the system administrator may change it, with a reason."),
        NeedsReason r => Common.Bilingual.L($"{r.Period}：请说明修改理由。", $"{r.Period}: give a reason for the change."),
        _ => "",
    };

    /// <summary>
    /// The refusal a use case returns: without the authority, 403 <c>/problems/past-period</c>; with it but without a
    /// reason, a field error on <c>reason</c>.
    /// </summary>
    public static Refusal RefusalOf(Verdict verdict) => verdict switch
    {
        NeedsReason r => Refusal.OnField("reason", $"{r.Period}：请说明修改理由。", $"{r.Period}: give a reason for the change."),
        NeedsAuthority a => Refusal.Because(PastPeriodType, $"{a.Period}：只有馆领导或系统管理员可以修改，并须说明理由。",
            $"{a.Period}: only a museum leader or the system administrator may change it, with a reason."),
        _ => throw new ArgumentException("An allowed change is not refused.", nameof(verdict)),
    };

    public const string PastPeriodType = "past-period";

    /// <summary>
    /// The rule on a command's reason field: a change dated in <paramref name="period"/> (null: not checked) that touches a
    /// signed-off year is refused, naming this field, unless a leader gives the reason.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> AllowedInPeriod<T>(this IRuleBuilder<T, string?> rule, MuseumDb db,
        Func<T, (DateOnly From, DateOnly To)?> period) =>
        rule.CustomAsync(async (reason, ctx, ct) =>
        {
            if (period(ctx.InstanceToValidate) is not { } p || p.To < p.From) return;
            if (await CheckAsync(db, p.From, p.To, lived: false, reason, ct) is not Allowed and var verdict) ctx.AddFailure(Explain(verdict));
        });
}
