using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions.Judging;

/// <summary>Move a category between review phases (准备 → 初评 → 复核); a signed-off category keeps its phase and stays locked.</summary>
public static class SetReviewPhase
{
    public sealed record Command(ReviewPhase? Phase);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Phase).Required().IsInEnum();
    }

    public static async Task<Result<ContestCategory>> HandleAsync(MuseumDb db, Guid categoryId, Command c, CancellationToken ct)
    {
        if (await db.ContestCategories.FirstOrDefaultAsync(x => x.Id == categoryId, ct) is not { } category)
            return Refusal.NotFound("本馆没有这个类别。", "No such category in this museum.");
        if (category.SignedOffAt is not null) return CategoryRefusals.SignedOff(category);
        category.Phase = c.Phase!.Value;
        await db.SaveChangesAsync(ct);
        return category;
    }
}

/// <summary>
/// 签发: lock a category's results — no more scores, no edits — once every judge has scored every entry given to them.
/// A robot event scored by matches is signed off the same way, once at least one match is entered; from then on its
/// matches can no longer be entered, corrected or voided. Publishing (and so the public results and the certificates)
/// requires <see cref="ContestCategory.SignedOffAt"/>, for both kinds.
/// </summary>
public static class SignOffCategory
{
    public static async Task<Result<ContestCategory>> HandleAsync(MuseumDb db, Guid categoryId, string signer, TimeProvider clock, CancellationToken ct)
    {
        if (await db.ContestCategories.FirstOrDefaultAsync(x => x.Id == categoryId, ct) is not { } category)
            return Refusal.NotFound("本馆没有这个类别。", "No such category in this museum.");
        if (category.SignedOffAt is not null) return CategoryRefusals.SignedOff(category);
        var overview = (await JudgingOverview.HandleAsync(db, categoryId, ct))!;
        if (category.Scoring == ScoringMode.Judges && (overview.Judges.Count == 0 || overview.Missing > 0))
            return Refusal.Because("judging-incomplete",
                overview.Judges.Count == 0 ? $"{category.Name}还没有评委。" : $"{category.Name}尚有 {overview.Missing} 份评分未完成，不能签发。",
                overview.Judges.Count == 0 ? $"{category.Name} has no judges." : $"{overview.Missing} scores of {category.Name} are still missing.");
        if (category.Scoring == ScoringMode.Matches
            && !await db.ContestMatchResults.AnyAsync(m => db.ContestEntries.Any(e => e.Id == m.EntryId && e.CategoryId == category.Id), ct))
            return Refusal.Because("judging-incomplete", $"{category.Name}还没有录入任何比赛成绩，不能签发。", $"No match of {category.Name} has been entered yet.");
        category.SignedOffAt = clock.GetUtcNow().UtcDateTime;
        category.SignedOffBy = signer;
        await db.SaveChangesAsync(ct);
        return category;
    }
}

/// <summary>Re-open a signed-off category, only by the head of 科技活动部 or an administrator, with a reason the audit log keeps.</summary>
public static class ReopenCategory
{
    public sealed record Command(string? Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).RequiredText(500);
    }

    public static async Task<Result<ContestCategory>> HandleAsync(MuseumDb db, Guid categoryId, Command c, CancellationToken ct)
    {
        if (await db.ContestCategories.FirstOrDefaultAsync(x => x.Id == categoryId, ct) is not { } category)
            return Refusal.NotFound("本馆没有这个类别。", "No such category in this museum.");
        if (category.SignedOffAt is null)
            return Refusal.Because("not-signed-off", $"{category.Name}尚未签发，无需重新打开。", $"{category.Name} is not signed off.");
        var reason = c.Reason!.Trim();
        db.User.ChangeReason = L($"重新打开评审结果：{reason}", $"Results re-opened: {reason}");
        category.SignedOffAt = null;
        category.SignedOffBy = null;
        category.ReopenReason = reason;
        await db.SaveChangesAsync(ct);
        return category;
    }
}
