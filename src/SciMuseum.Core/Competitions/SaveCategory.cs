using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Competitions;

/// <summary>
/// Set up a category or event of a contest: entry size, scoring (judges' weighted criteria or match results) and prizes
/// (by quota: how many of each level; by threshold: the lowest score of each). A judged category's weights add up to 100.
/// </summary>
public static class SaveCategory
{
    public sealed record CriterionInput(string? Name, decimal? Weight, decimal? MaxPoints);

    public sealed record Command(string? Name, string? AgeGroup, EntryKind? EntryKind, int? MaxTeamSize, ScoringMode? Scoring,
        PrizeMode? PrizeMode, decimal? First, decimal? Second, decimal? Third, decimal? DisagreementThreshold, List<CriterionInput?>? Criteria, int? Rounds = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.AgeGroup).OptionalText(50);
            RuleFor(c => c.EntryKind).Required().IsInEnum();
            RuleFor(c => c.Scoring).Required().IsInEnum();
            RuleFor(c => c.PrizeMode).Required().IsInEnum();
            RuleFor(c => c.MaxTeamSize).Required().InclusiveBetween(1, 50).WithMessage(_ => L("每队人数须在 1–50 之间。", "A team has 1–50 members."));
            RuleFor(c => c.MaxTeamSize).Equal(1).When(c => c.EntryKind == Competitions.EntryKind.Individual)
                .WithMessage(_ => L("个人项目每件作品 1 人。", "An individual entry has one entrant."));
            foreach (var (level, zh) in new (System.Linq.Expressions.Expression<Func<Command, decimal?>>, string)[] { (c => c.First, "一等奖"), (c => c.Second, "二等奖"), (c => c.Third, "三等奖") })
                RuleFor(level).Required().InclusiveBetween(0, 100_000)
                    .WithMessage(_ => L($"{zh}名额或分数线须在 0–100,000 之间。", "Between 0 and 100,000."))
                    .Must((c, v) => c.PrizeMode != Competitions.PrizeMode.Quota || v is null || decimal.Truncate(v.Value) == v)
                    .WithMessage(_ => L("名额须为整数。", "A quota is a whole number."));
            RuleFor(c => c.Rounds).InclusiveBetween(1, ContestCategory.MaxRounds)
                .WithMessage(_ => L($"场次须在 1–{ContestCategory.MaxRounds} 之间。", $"Between 1 and {ContestCategory.MaxRounds} rounds."));
            RuleFor(c => c.DisagreementThreshold).InclusiveBetween(0, 100).WithMessage(_ => L("分差阈值须在 0–100 之间。", "Between 0 and 100 points."));
            RuleFor(c => c.Criteria).NotEmpty().When(c => c.Scoring == ScoringMode.Judges)
                .WithMessage(_ => L("评委打分的项目至少一项评分细则。", "A judged category needs at least one criterion."));
            RuleFor(c => c.Criteria).Must(list => list!.Count <= 20).When(c => c.Criteria is not null)
                .WithMessage(_ => L("评分细则最多 20 项。", "At most 20 criteria."));
            RuleForEach(c => c.Criteria).Cascade(CascadeMode.Continue).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(i =>
            {
                i.RuleFor(x => x!.Name).RequiredText(100);
                i.RuleFor(x => x!.Weight).Required().InclusiveBetween(0.01m, 100).WithMessage(_ => L("权重须在 0.01–100 之间。", "A weight is 0.01–100."));
                i.RuleFor(x => x!.MaxPoints).Required().InclusiveBetween(1, 1000).WithMessage(_ => L("满分须在 1–1,000 之间。", "Full marks are 1–1,000."));
            });
            RuleFor(c => c.Criteria).Must(list => list!.Sum(x => x?.Weight ?? 0) == 100)
                .When(c => c.Criteria is { Count: > 0 } l && l.All(x => x?.Weight is > 0 and <= 100))
                .WithMessage(_ => L("评分细则的权重合计须为 100。", "The criteria's weights must add up to 100."));
        }
    }

    public static async Task<Result<ContestCategory>> HandleAsync(MuseumDb db, Guid contestId, Guid? id, Command c, CancellationToken ct)
    {
        if (!await db.Contests.AnyAsync(x => x.Id == contestId, ct)) return Refusal.NotFound("本馆没有这项竞赛。", "No such contest in this museum.");
        var category = id is null ? db.ContestCategories.Add(new ContestCategory { ContestId = contestId }).Entity
            : await db.ContestCategories.FirstOrDefaultAsync(x => x.Id == id && x.ContestId == contestId, ct);
        if (category is null) return Refusal.NotFound("这项竞赛没有这个类别。", "No such category in this contest.");
        if (id is null) category.SortOrder = await db.ContestCategories.CountAsync(x => x.ContestId == contestId, ct) + 1;
        else if (await db.ContestScores.AnyAsync(s => db.ContestEntries.Any(e => e.Id == s.EntryId && e.CategoryId == id), ct)
                 && c.Scoring == ScoringMode.Judges && (c.Criteria?.Count ?? 0) != await db.ContestCriteria.CountAsync(x => x.CategoryId == id, ct))
            return Refusal.Because("scored", "已有评委打分，不能增删评分细则。", "Judges have scored: criteria can no longer be added or removed.");
        category.Name = c.Name!.Trim();
        category.AgeGroup = c.AgeGroup?.Trim() ?? "";
        category.EntryKind = c.EntryKind!.Value;
        category.MaxTeamSize = c.MaxTeamSize!.Value;
        category.Scoring = c.Scoring!.Value;
        category.PrizeMode = c.PrizeMode!.Value;
        (category.First, category.Second, category.Third) = (c.First!.Value, c.Second!.Value, c.Third!.Value);
        category.DisagreementThreshold = c.DisagreementThreshold ?? 20;
        if (c.Rounds is { } rounds) category.Rounds = rounds;
        var existing = await db.ContestCriteria.Where(x => x.CategoryId == category.Id).OrderBy(x => x.SortOrder).ToListAsync(ct);
        var inputs = c.Scoring == ScoringMode.Judges ? c.Criteria ?? [] : [];
        for (var i = 0; i < Math.Max(existing.Count, inputs.Count); i++)
        {
            if (i >= inputs.Count) { db.ContestCriteria.Remove(existing[i]); continue; }
            var criterion = i < existing.Count ? existing[i] : db.ContestCriteria.Add(new Criterion { CategoryId = category.Id }).Entity;
            (criterion.Name, criterion.Weight, criterion.MaxPoints, criterion.SortOrder) = (inputs[i]!.Name!.Trim(), inputs[i]!.Weight!.Value, inputs[i]!.MaxPoints!.Value, i + 1);
        }
        await db.SaveChangesAsync(ct);
        return category;
    }
}
