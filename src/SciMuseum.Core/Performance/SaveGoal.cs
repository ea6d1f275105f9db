using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>绩效目标申报: declare (or change) a year's goal for the museum or one budget line, with its indicators.</summary>
public static class SaveGoal
{
    /// <param name="Qualitative">定性指标: <paramref name="TextTarget"/> instead of unit, comparison and number.</param>
    public sealed record Indicator(GoalCategory? Category, GoalSubcategory? Subcategory, string? Name, string? Unit, Comparison? Comparison,
        decimal? Target, decimal? TargetHigh, string? MetricKey, string? MetricArgument, Guid? DepartmentId,
        bool? Qualitative = null, string? TextTarget = null, GoalPace? Pace = null, List<decimal>? MonthlyPlan = null);

    /// <summary>立项依据: a document number and its title.</summary>
    public sealed record Basis(string? Number, string? Title);

    /// <param name="ProjectType">Set for a project goal (项目支出绩效目标申报表); null for the departmental goal.</param>
    public sealed record Command(int? Year, Guid? BudgetLineId, string? Title, string? OverallGoal, List<Indicator>? Indicators,
        decimal? Amount = null, string? FundingSource = null, ProjectType? ProjectType = null, FundNature? FundNature = null,
        List<Basis>? Bases = null, string? ImplementationPlan = null, string? Timeline = null);

    private static readonly Dictionary<GoalCategory, GoalSubcategory[]> Tree = new()
    {
        [GoalCategory.Output] = [GoalSubcategory.Quantity, GoalSubcategory.Quality, GoalSubcategory.Timeliness, GoalSubcategory.Cost],
        [GoalCategory.Effect] = [GoalSubcategory.Social, GoalSubcategory.Sustainable, GoalSubcategory.Economic, GoalSubcategory.Ecological],
        [GoalCategory.Satisfaction] = [GoalSubcategory.Satisfaction],
    };

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db, MetricRegistry metrics)
        {
            RuleFor(c => c.Year).Required().PlausibleYear();
            RuleFor(c => c.Title).RequiredText(100);
            RuleFor(c => c.OverallGoal).RequiredText(2000);
            RuleFor(c => c.BudgetLineId)
                .MustAsync(async (c, id, ct) => await db.BudgetLines.AnyAsync(l => l.Id == id && l.Budget!.Year == c.Year, ct))
                .When(c => c.BudgetLineId is not null).WithMessage(_ => L("该年度没有这个预算项目。", "No such budget line in that year."));
            RuleFor(c => c.Amount).GreaterThanOrEqualTo(0m).WithMessage(_ => L("金额不能为负。", "The amount cannot be negative.")).Yuan();
            RuleFor(c => c.FundingSource).OptionalText(100);
            RuleFor(c => c.ProjectType).IsInEnum();
            RuleFor(c => c.FundNature).IsInEnum();
            RuleFor(c => c.ImplementationPlan).OptionalText(4000);
            RuleFor(c => c.Timeline).OptionalText(2000);
            RuleFor(c => c.Bases).Must(b => b is null || b.Count <= 20).WithMessage(_ => L("立项依据最多 20 条。", "At most 20 documents."));
            RuleForEach(c => c.Bases).Cascade(CascadeMode.Continue).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(b =>
            {
                b.RuleFor(x => x.Number).RequiredText(100);
                b.RuleFor(x => x.Title).RequiredText(200);
            });
            RuleFor(c => c.Indicators).NotEmpty().WithMessage(_ => L("至少一个指标。", "At least one indicator."));
            // Every bad indicator is reported, not only the first.
            RuleForEach(c => c.Indicators).Cascade(CascadeMode.Continue).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(i =>
            {
                i.RuleFor(x => x.Name).RequiredText(100);
                i.RuleFor(x => x.Category).Required().IsInEnum();
                i.RuleFor(x => x.Subcategory).Required().IsInEnum()
                    .Must((x, s) => x.Category is not { } c || !Tree.ContainsKey(c) || Tree[c].Contains(s!.Value))
                    .WithMessage(_ => L("二级指标不属于该一级指标。", "This subcategory is not under that category."));
                i.RuleFor(x => x.TextTarget).RequiredText(500).When(x => x.Qualitative == true);
                i.RuleFor(x => x.TextTarget).OptionalText(500);
                i.RuleFor(x => x.MetricKey).Empty().When(x => x.Qualitative == true)
                    .WithMessage(_ => L("定性指标不绑定数据来源，评分时判定。", "A qualitative indicator is judged, not bound to a metric."));
                i.RuleFor(x => x.Comparison).Required().IsInEnum().When(x => x.Qualitative != true);
                i.RuleFor(x => x.Pace).IsInEnum();
                i.RuleFor(x => x.MonthlyPlan).Must(GoalPlans.IsCurve).When(x => x.Pace == GoalPace.PlannedCurve)
                    .WithMessage(_ => L("计划进度曲线须为 12 个月的累计百分比，逐月不减，介于 0–100，12 月为 100。",
                        "A planned curve is 12 cumulative monthly percentages, never falling, 0–100, ending at 100."));
                i.RuleFor(x => x.Target).NotNull().WithMessage(_ => L("必填。", "Required.")).When(x => x.Qualitative != true);
                i.RuleFor(x => x.Target).StorableNumber();
                i.RuleFor(x => x.TargetHigh).StorableNumber();
                i.RuleFor(x => x.TargetHigh).NotNull().GreaterThanOrEqualTo(x => x.Target ?? 0m).When(x => x.Comparison == Comparison.Range)
                    .WithMessage(_ => L("区间须有不小于下限的上限。", "A range needs an upper end not below the target."));
                i.RuleFor(x => x.Unit).RequiredText(20).When(x => x.Qualitative != true);
                i.RuleFor(x => x.Unit).OptionalText(20);
                i.RuleFor(x => x.MetricKey).Must(k => metrics.Exists(k)).When(x => !string.IsNullOrWhiteSpace(x.MetricKey))
                    .WithMessage((_, k) => L($"没有名为 {k} 的指标数据来源。", $"No module publishes a metric named {k}."));
                i.RuleFor(x => x.Unit).Must((x, u) => metrics.Find(x.MetricKey) is not { } m || m.Unit == u?.Trim())
                    .WithMessage((x, _) => L($"{x.MetricKey} 的单位是“{metrics.Find(x.MetricKey)?.Unit}”，目标值单位不符。",
                        $"{x.MetricKey} is in “{metrics.Find(x.MetricKey)?.Unit}”; the target's unit does not match."));
                i.RuleFor(x => x.DepartmentId).MustAsync(async (id, ct) => await db.Departments.AnyAsync(d => d.Id == id, ct))
                    .When(x => x.DepartmentId is not null).WithMessage(_ => L("部门不存在。", "No such department."));
            });
        }
    }

    public static async Task<Result<PerformanceGoal>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var goal = id is null ? db.PerformanceGoals.Add(new PerformanceGoal()).Entity : await db.PerformanceGoals.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (goal is null) return Refusal.NotFound();
        (goal.Year, goal.BudgetLineId, goal.Title, goal.OverallGoal) = (c.Year!.Value, c.BudgetLineId, c.Title!.Trim(), c.OverallGoal!.Trim());
        (goal.Amount, goal.FundingSource, goal.ProjectType, goal.FundNature, goal.ImplementationPlan, goal.Timeline) =
            (c.Amount, c.FundingSource?.Trim() ?? "", c.ProjectType, c.FundNature, c.ImplementationPlan?.Trim() ?? "", c.Timeline?.Trim() ?? "");
        db.GoalBases.RemoveRange(await db.GoalBases.Where(b => b.GoalId == goal.Id).ToListAsync(ct));
        var basisOrder = 0;
        foreach (var b in c.Bases ?? [])
            db.GoalBases.Add(new GoalBasis { GoalId = goal.Id, Number = b.Number!.Trim(), Title = b.Title!.Trim(), SortOrder = ++basisOrder });
        // Judgements already made on qualitative indicators survive an edit that keeps the indicator's name.
        var before = await db.GoalIndicators.Where(i => i.GoalId == goal.Id).ToListAsync(ct);
        db.GoalIndicators.RemoveRange(before);
        var order = 0;
        foreach (var i in c.Indicators!)
        {
            var qualitative = i.Qualitative == true;
            var judged = qualitative ? before.FirstOrDefault(x => x.Qualitative && x.Name == i.Name!.Trim()) : null;
            db.GoalIndicators.Add(new GoalIndicator
            {
                GoalId = goal.Id, Category = i.Category!.Value, Subcategory = i.Subcategory!.Value, Name = i.Name!.Trim(), Unit = i.Unit?.Trim() ?? "",
                Comparison = qualitative ? Comparison.Equal : i.Comparison!.Value, Target = qualitative ? 0 : i.Target!.Value, TargetHigh = qualitative ? null : i.TargetHigh,
                MetricKey = qualitative || string.IsNullOrWhiteSpace(i.MetricKey) ? null : i.MetricKey.Trim(), MetricArgument = qualitative ? null : i.MetricArgument?.Trim(),
                DepartmentId = i.DepartmentId, SortOrder = ++order,
                Qualitative = qualitative, TextTarget = qualitative ? i.TextTarget!.Trim() : "",
                TextActual = judged?.TextActual ?? "", Judgement = judged?.Judgement,
                Pace = qualitative ? null : i.Pace, MonthlyPlan = !qualitative && i.Pace == GoalPace.PlannedCurve ? [.. i.MonthlyPlan!] : [],
            });
        }
        // The line it serves points back at it; a line it no longer serves does not.
        foreach (var line in await db.BudgetLines.Where(l => l.PerformanceGoalId == goal.Id || l.Id == c.BudgetLineId).ToListAsync(ct))
            line.PerformanceGoalId = line.Id == c.BudgetLineId ? goal.Id : null;
        await db.SaveChangesAsync(ct);
        return goal;
    }

    /// <summary>Withdraw a goal: it and its indicators are soft-deleted, and its budget line no longer points at it.</summary>
    public static async Task<bool> DeleteAsync(MuseumDb db, Guid id, CancellationToken ct)
    {
        if (await db.PerformanceGoals.FirstOrDefaultAsync(g => g.Id == id, ct) is not { } goal) return false;
        db.GoalIndicators.RemoveRange(await db.GoalIndicators.Where(i => i.GoalId == id).ToListAsync(ct));
        db.GoalBases.RemoveRange(await db.GoalBases.Where(b => b.GoalId == id).ToListAsync(ct));
        foreach (var line in await db.BudgetLines.Where(l => l.PerformanceGoalId == id).ToListAsync(ct)) line.PerformanceGoalId = null;
        db.PerformanceGoals.Remove(goal);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
