using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions;

/// <summary>
/// Removing a contest, or one of its categories or events, from the set-up: only while no school has entered anything in
/// it (an entry, even a draft or a withdrawn one, carries scores, files and certificates that must keep their contest).
/// The rows are soft-deleted, with the set-up hanging from them (criteria, judges' assignments; for a contest also its
/// schools, judges and award rules), in one save, so the audit log keeps each of them.
/// </summary>
public static class DeleteSetup
{
    public const string HasEntriesType = "has-entries";

    public static async Task<Result<Done>> ContestAsync(MuseumDb db, Guid contestId, CancellationToken ct)
    {
        var contest = await db.Contests.FirstOrDefaultAsync(c => c.Id == contestId, ct);
        if (contest is null) return Refusal.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        var entries = await db.ContestEntries.CountAsync(e => e.ContestId == contestId, ct);
        if (entries > 0)
            return Refusal.Because(HasEntriesType, $"“{contest.Name}”已有 {entries:N0} 件参赛作品，不能删除；未作任何更改。",
                $"“{contest.Name}” has {entries:N0} entries and cannot be deleted. Nothing was changed.");
        var categories = await db.ContestCategories.Where(c => c.ContestId == contestId).Select(c => c.Id).ToListAsync(ct);
        await RemoveCategoriesAsync(db, categories, ct);
        db.ContestUnits.RemoveRange(await db.ContestUnits.Where(u => u.ContestId == contestId).ToListAsync(ct));
        db.ContestJudges.RemoveRange(await db.ContestJudges.Where(j => j.ContestId == contestId).ToListAsync(ct));
        db.ContestOrganisationAwardRules.RemoveRange(await db.ContestOrganisationAwardRules.Where(r => r.ContestId == contestId).ToListAsync(ct));
        db.ContestClasses.RemoveRange(await db.ContestClasses.Where(c => c.ContestId == contestId).ToListAsync(ct));
        db.Contests.Remove(contest);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public static async Task<Result<Done>> CategoryAsync(MuseumDb db, Guid categoryId, CancellationToken ct)
    {
        var category = await db.ContestCategories.FirstOrDefaultAsync(c => c.Id == categoryId, ct);
        if (category is null) return Refusal.NotFound("本馆没有这个类别或项目。", "No such category or event in this museum.");
        var entries = await db.ContestEntries.CountAsync(e => e.CategoryId == categoryId, ct);
        if (entries > 0)
            return Refusal.Because(HasEntriesType, $"“{category.Name}”已有 {entries:N0} 件参赛作品，不能删除；未作任何更改。",
                $"“{category.Name}” has {entries:N0} entries and cannot be deleted. Nothing was changed.");
        await RemoveCategoriesAsync(db, [categoryId], ct);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    /// <summary>Marks the categories, their criteria and their judges' assignments removed (unsaved).</summary>
    private static async Task RemoveCategoriesAsync(MuseumDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        db.ContestCriteria.RemoveRange(await db.ContestCriteria.Where(c => ids.Contains(c.CategoryId)).ToListAsync(ct));
        db.ContestJudgeAssignments.RemoveRange(await db.ContestJudgeAssignments.Where(a => ids.Contains(a.CategoryId)).ToListAsync(ct));
        db.ContestCategories.RemoveRange(await db.ContestCategories.Where(c => ids.Contains(c.Id)).ToListAsync(ct));
    }
}
