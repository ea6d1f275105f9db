using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions.Judging;

/// <summary>
/// A judge scores an entry with their access code: points for every criterion of the category, each from 0 to the
/// criterion's full marks. A judge may revise until the category is signed off. Refused, with nothing written: an
/// entry the judge is not assigned to, an entry the judge must not judge (回避), a category not yet open for review or
/// already signed off, points out of range (a field error naming the criterion).
/// </summary>
public static class ScoreEntry
{
    public sealed record PointsInput(Guid? CriterionId, decimal? Points);

    public sealed record Command(string? Code, Guid? EntryId, List<PointsInput?>? Points);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).RequiredText(20);
            RuleFor(c => c.EntryId).Required();
            RuleFor(c => c.Points).NotEmpty().WithMessage(_ => L("请为每项评分细则打分。", "Score every criterion."))
                .Must(l => l!.Count <= 20).When(c => c.Points is not null).WithMessage(_ => L("评分细则最多 20 项。", "At most 20 criteria."));
            RuleForEach(c => c.Points).Cascade(CascadeMode.Continue).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(p =>
            {
                p.RuleFor(x => x!.CriterionId).Required();
                p.RuleFor(x => x!.Points).Required().InclusiveBetween(0, 1000).WithMessage(_ => L("分数须在 0 与满分之间。", "Points are between 0 and full marks."));
            });
        }
    }

    public sealed record Scored(Guid EntryId, int Number, decimal Total, int ScoredEntries, int GivenEntries);

    public static async Task<Result<Scored>> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        var found = await JudgeAccess.FindAsync(db, c.Code, ct);
        if (found.Value is not { } judge) return found.Refusal!;
        var entry = await db.ContestEntries.FirstOrDefaultAsync(e => e.Id == c.EntryId && e.ContestId == judge.ContestId && e.Status == EntryStatus.Submitted, ct);
        if (entry is null) return Refusal.OnField("entryId", "本竞赛没有这件作品。", "No such entry in this contest.");
        var category = await db.ContestCategories.SingleAsync(x => x.Id == entry.CategoryId, ct);
        if (!await db.ContestJudgeAssignments.AnyAsync(a => a.CategoryId == category.Id && a.JudgeId == judge.Id, ct))
            return Refusal.Because("not-assigned", $"您未被分配评审{category.Name}，不能为第 {entry.Number} 号作品打分；未记录评分。",
                $"You are not on the panel of {category.Name}; nothing was recorded.");
        var conflict = (await Conflicts.ForCategoryAsync(db, category, [judge.Id], ct)).FirstOrDefault(x => x.EntryId == entry.Id);
        if (conflict is not null)
            return Refusal.Because("conflict-of-interest", $"您须回避第 {entry.Number} 号作品（{conflict.Reason}）；未记录评分。",
                $"You must not judge entry {entry.Number} (conflict of interest); nothing was recorded.");
        if (category.SignedOffAt is not null) return CategoryRefusals.SignedOff(category);
        if (category.Phase == ReviewPhase.Preparing)
            return Refusal.Because("review-not-open", $"{category.Name}评审尚未开始。", $"Review of {category.Name} has not started.");

        var criteria = await db.ContestCriteria.Where(x => x.CategoryId == category.Id).OrderBy(x => x.SortOrder).ToListAsync(ct);
        var inputs = c.Points!.Select(p => p!).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            var criterion = criteria.FirstOrDefault(x => x.Id == inputs[i].CriterionId);
            if (criterion is null) return Refusal.OnField($"points[{i}].criterionId", "这项评分细则不属于本类别。", "Not a criterion of this category.");
            if (inputs[i].Points > criterion.MaxPoints)
                return Refusal.OnField($"points[{i}].points", $"{criterion.Name}满分 {criterion.MaxPoints:0.##} 分，须在 0–{criterion.MaxPoints:0.##} 之间。",
                    $"{criterion.Name} is scored 0–{criterion.MaxPoints:0.##}.");
        }
        if (criteria.Any(x => inputs.Count(p => p.CriterionId == x.Id) != 1))
            return Refusal.OnField("points", $"请为每项评分细则各打一个分（{string.Join("、", criteria.Select(x => x.Name))}）。", "Give one score for each criterion.");

        var existing = await db.ContestScores.Where(s => s.EntryId == entry.Id && s.JudgeId == judge.Id).ToListAsync(ct);
        foreach (var p in inputs)
        {
            var score = existing.FirstOrDefault(s => s.CriterionId == p.CriterionId)
                        ?? db.ContestScores.Add(new Score { EntryId = entry.Id, JudgeId = judge.Id, CriterionId = p.CriterionId!.Value }).Entity;
            score.Points = p.Points!.Value;
        }
        await db.SaveChangesAsync(ct);
        var view = await JudgeView.HandleAsync(db, c.Code, ct);
        var mine = view.Value!.Categories.Single(x => x.Id == category.Id);
        var total = Awarding.JudgeTotal([.. criteria.Select(x => new Awarding.CriterionSpec(x.Id, x.Weight, x.MaxPoints))],
            inputs.ToDictionary(p => p.CriterionId!.Value, p => p.Points!.Value));
        return new Scored(entry.Id, entry.Number, Math.Round(total, 2, MidpointRounding.AwayFromZero), mine.Scored, mine.Entries.Count);
    }
}
