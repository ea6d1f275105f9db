using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>Why a command on an evaluation is refused, beside not-found and field errors.</summary>
public static class EvaluationRefusals
{
    /// <summary>Signed off: a leader re-opens it (with a reason) before it changes.</summary>
    public static Refusal SignedOff() => Refusal.Because("signed-off",
        "该评价已签发，得分已冻结；如需修改，请先由馆领导填写理由重新打开。",
        "This evaluation is signed off and its scores are frozen; re-open it (with a reason) before changing it.");
}

/// <summary>Start an evaluation of a year (or part of one) on a scoring table.</summary>
public static class CreateEvaluation
{
    public sealed record Command(int? Year, Guid? TableId, string? Name, DateOnly? PeriodFrom, DateOnly? PeriodTo);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.Year).Required().PlausibleYear();
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.TableId).Required().MustAsync(async (id, ct) => await db.ScoringTables.AnyAsync(t => t.Id == id, ct))
                .WithMessage(_ => L("评分表不存在。", "No such scoring table."));
            RuleFor(c => c.PeriodFrom).Must((c, d) => d is null || d.Value.Year == c.Year)
                .WithMessage(_ => L("须在评价年度内。", "Must fall in the evaluated year."));
            RuleFor(c => c.PeriodTo).Must((c, d) => d is null || d.Value.Year == c.Year && d >= (c.PeriodFrom ?? d))
                .WithMessage(_ => L("须在评价年度内，且不早于开始日期。", "Must fall in the year, not before the start."));
        }
    }

    public static async Task<Evaluation> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        var year = c.Year!.Value;
        var e = db.Evaluations.Add(new Evaluation
        {
            Year = year, TableId = c.TableId!.Value, Name = c.Name!.Trim(),
            PeriodFrom = c.PeriodFrom ?? new DateOnly(year, 1, 1), PeriodTo = c.PeriodTo ?? new DateOnly(year, 12, 31),
        }).Entity;
        await db.SaveChangesAsync(ct);
        return e;
    }
}

/// <summary>An evaluator's entry on one leaf: a manual actual with its evidence, or "does not apply" with why.</summary>
public static class SaveEvaluationInput
{
    public sealed record Command(decimal? ManualValue, string? Evidence, bool? NotApplicable, string? NotApplicableReason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ManualValue).InclusiveBetween(-1_000_000_000_000m, 1_000_000_000_000m)
                .WithMessage(_ => L("数值超出范围。", "Out of range."));
            RuleFor(c => c.Evidence).RequiredText(2000).When(c => c.ManualValue is not null)
                .WithMessage(_ => L("手工填报的数值须附佐证材料。", "A typed value needs its evidence."));
            RuleFor(c => c.Evidence).OptionalText(2000);
            RuleFor(c => c.NotApplicableReason).RequiredText(500).When(c => c.NotApplicable == true)
                .WithMessage(_ => L("不适用须说明理由。", "Say why it does not apply."));
        }
    }

    public static async Task<Result<Evaluation>> HandleAsync(MuseumDb db, Guid evaluationId, Guid indicatorId, Command c, CancellationToken ct)
    {
        var (e, problem) = await EvaluationGuard.OpenLeafAsync(db, evaluationId, indicatorId, ct);
        if (problem is not null) return problem;
        if (c.ManualValue is { } typed)
        {
            var indicator = await db.ScoringIndicators.AsNoTracking().FirstAsync(i => i.Id == indicatorId, ct);
            if (indicator.MetricKey is { } metric)
                return Refusal.OnField("manualValue",
                    $"该指标的实际值由系统从记录计算（{metric}），不能手工填写；如需手工填报，请先在评分表中取消绑定的数据来源。",
                    $"This indicator's actual is computed from the records ({metric}) and cannot be typed; unbind its metric in the scoring table first.");
            if (indicator.Rule?.IsJudgement == true)
                return Refusal.OnField("manualValue", "专家评判指标由评价人评分，不填实际值。", "A judgement indicator is scored by the evaluators, not by a typed actual.");
            if (typed < 0 && !IndicatorUnits.AllowsNegative(indicator.Unit))
                return Refusal.OnField("manualValue", $"单位为“{indicator.Unit}”的实际值不能为负。", $"An actual in “{indicator.Unit}” cannot be negative.");
        }
        var input = await db.EvaluationInputs.FirstOrDefaultAsync(i => i.EvaluationId == evaluationId && i.IndicatorId == indicatorId, ct)
            ?? db.EvaluationInputs.Add(new EvaluationInput { EvaluationId = evaluationId, IndicatorId = indicatorId }).Entity;
        input.ManualValue = c.ManualValue;
        input.Evidence = c.Evidence?.Trim() ?? "";
        input.NotApplicable = c.NotApplicable == true;
        input.NotApplicableReason = c.NotApplicable == true ? c.NotApplicableReason!.Trim() : "";
        await db.SaveChangesAsync(ct);
        return e!;
    }
}

/// <summary>
/// One evaluator's score for a judgement indicator (within one of the rule's levels), or the points chosen within a
/// banded rule's range (<c>band</c> "#2": the second band), always with a reason. Entering again replaces it.
/// </summary>
public static class SaveJudgement
{
    public sealed record Command(decimal? Score, string? Band, string? Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Score).Required().GreaterThanOrEqualTo(0m).WithMessage(_ => L("得分不能为负。", "A score cannot be negative."))
                .Must(s => s is null || decimal.Round(s.Value, 2) == s).WithMessage(_ => L("最多两位小数。", "At most 2 decimals."));
            RuleFor(c => c.Band).OptionalText(20);
            RuleFor(c => c.Reason).RequiredText(1000);
        }
    }

    public static async Task<Result<Evaluation>> HandleAsync(MuseumDb db, Guid evaluationId, Guid indicatorId, string evaluator, Command c, CancellationToken ct)
    {
        var (e, problem) = await EvaluationGuard.OpenLeafAsync(db, evaluationId, indicatorId, ct);
        if (problem is not null) return problem;
        var indicator = await db.ScoringIndicators.AsNoTracking().FirstAsync(i => i.Id == indicatorId, ct);
        var score = c.Score!.Value;
        string band;
        decimal from, to;
        if (indicator.Rule is { Kind: RuleKind.Banded, Bands: { } bands } && bands.Any(b => b?.IsRange == true))
        {
            var ranged = bands.Select((b, i) => (Band: b, Key: ScoringRule.BandKey(i))).Where(x => x.Band?.IsRange == true).ToList();
            var chosen = c.Band is null && ranged.Count == 1 ? ranged[0] : ranged.FirstOrDefault(x => x.Key == c.Band?.Trim());
            if (chosen.Band is null)
                return Refusal.OnField("band", $"请选择给出分值区间的分档：{string.Join("、", ranged.Select(x => x.Key))}。",
                    $"Choose a band that gives a range: {string.Join(", ", ranged.Select(x => x.Key))}.");
            (band, from, to) = (chosen.Key, Math.Min(chosen.Band.Points, chosen.Band.PointsTo!.Value), Math.Max(chosen.Band.Points, chosen.Band.PointsTo!.Value));
        }
        else if (indicator.Rule?.IsJudgement == true)
        {
            if (score > indicator.Weight)
                return Refusal.OnField("score", $"得分不能超过权重 {Money.Trim(indicator.Weight)} 分。", $"A score cannot exceed the weight {Money.Trim(indicator.Weight)}.");
            var levels = indicator.Rule.LevelsFor(indicator.Weight);
            var level = c.Band is { } named ? levels.FirstOrDefault(l => l.Name == named.Trim()) : LevelOf(score, levels);
            if (level is null)
                return Refusal.OnField("band", $"档次须为：{string.Join("、", levels.Select(l => l.Name))}。", $"The level is one of: {string.Join(", ", levels.Select(l => l.Name))}.");
            (band, from, to) = (level.Name, level.From, level.To);
        }
        else
            return Refusal.OnField("indicatorId", "该指标既不是专家评判指标，也没有给出分值区间的分档。", "This indicator is neither judged nor banded with a range of points.");
        if (score < from || score > to)
            return Refusal.OnField("score", $"{band} 档得分须在 {Money.Trim(from)}–{Money.Trim(to)} 分之间。", $"Band {band} scores {Money.Trim(from)}–{Money.Trim(to)}.");
        var judgement = await db.Judgements.FirstOrDefaultAsync(j => j.EvaluationId == evaluationId && j.IndicatorId == indicatorId && j.Evaluator == evaluator, ct)
            ?? db.Judgements.Add(new Judgement { EvaluationId = evaluationId, IndicatorId = indicatorId, Evaluator = evaluator }).Entity;
        judgement.Score = score;
        judgement.Band = band;
        judgement.Reason = c.Reason!.Trim();
        await db.SaveChangesAsync(ct);
        return e!;
    }

    /// <summary>The first level (highest first as written) whose range holds the score.</summary>
    private static JudgementLevel? LevelOf(decimal score, IReadOnlyList<JudgementLevel> levels) => levels.FirstOrDefault(l => score >= l.From && score <= l.To);

    public static string BandOf(decimal score, decimal weight) => score >= 0.8m * weight ? "A" : score >= 0.6m * weight ? "B" : "C";
}

internal static class EvaluationGuard
{
    public static async Task<(Evaluation?, Refusal?)> OpenLeafAsync(MuseumDb db, Guid evaluationId, Guid indicatorId, CancellationToken ct)
    {
        if (await db.Evaluations.FirstOrDefaultAsync(x => x.Id == evaluationId, ct) is not { } e) return (null, Refusal.NotFound());
        if (e.Status == EvaluationStatus.SignedOff) return (e, EvaluationRefusals.SignedOff());
        var isLeaf = await db.ScoringIndicators.AnyAsync(i => i.Id == indicatorId && i.TableId == e.TableId, ct)
            && !await db.ScoringIndicators.AnyAsync(i => i.ParentId == indicatorId, ct);
        return isLeaf ? (e, null) : (e, Refusal.NotFound());
    }
}
