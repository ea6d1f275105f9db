using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Judging;

/// <summary>
/// Put a judge on a category's panel (HotCRP style): the conflicts are computed first, and the judge is given the
/// category's entries minus those. The answer says how many entries the judge got and which were withheld, and why.
/// </summary>
public static class AssignJudge
{
    public sealed record Command(Guid? JudgeId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.JudgeId).Required();
    }

    public sealed record Assigned(Guid JudgeId, string Judge, Guid CategoryId, string Category, int Entries, IReadOnlyList<Conflicts.Conflict> Conflicts);

    public static async Task<Result<Assigned>> HandleAsync(MuseumDb db, Guid categoryId, Command c, CancellationToken ct)
    {
        if (await db.ContestCategories.FirstOrDefaultAsync(x => x.Id == categoryId, ct) is not { } category)
            return Refusal.NotFound("本馆没有这个类别。", "No such category in this museum.");
        if (category.Scoring != ScoringMode.Judges)
            return Refusal.Because("matches-only", $"{category.Name}按比赛成绩排名，不设评委。", $"{category.Name} is ranked by match results; it has no judges.");
        if (category.SignedOffAt is not null) return CategoryRefusals.SignedOff(category);
        if (await db.ContestJudges.FirstOrDefaultAsync(j => j.Id == c.JudgeId && j.ContestId == category.ContestId, ct) is not { } judge)
            return Refusal.OnField("judgeId", "这项竞赛没有这位评委。", "No such judge in this contest.");
        if (await db.ContestJudgeAssignments.AnyAsync(a => a.CategoryId == categoryId && a.JudgeId == judge.Id, ct))
            return Refusal.Because("already-assigned", $"{judge.Name}已在{category.Name}评审组。", $"{judge.Name} is already on the panel of {category.Name}.");
        var conflicts = await Conflicts.ForCategoryAsync(db, category, [judge.Id], ct);
        var entries = await db.ContestEntries.CountAsync(e => e.CategoryId == categoryId && e.Status == EntryStatus.Submitted, ct);
        db.ContestJudgeAssignments.Add(new JudgeAssignment { JudgeId = judge.Id, CategoryId = categoryId });
        await db.SaveChangesAsync(ct);
        return new Assigned(judge.Id, judge.Name, category.Id, category.Name, entries - conflicts.Select(x => x.EntryId).Distinct().Count(), conflicts);
    }
}

/// <summary>The refusals judging shares, written once.</summary>
public static class CategoryRefusals
{
    public const string SignedOffType = "signed-off";

    public static Refusal SignedOff(ContestCategory c) =>
        Refusal.Because(SignedOffType, $"{c.Name}的评审结果已于 {c.SignedOffAt:yyyy-MM-dd} 签发锁定，不能再打分或修改；如需更正，请科技活动部负责人说明理由后重新打开。",
            $"The results of {c.Name} were signed off and are locked; the head of science activities may re-open them with a reason.");
}
