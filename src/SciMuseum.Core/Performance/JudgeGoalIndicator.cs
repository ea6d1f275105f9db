using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>Score a qualitative goal indicator: what was done (its text actual) and the judgement against its text target.</summary>
public static class JudgeGoalIndicator
{
    public sealed record Command(string? TextActual, GoalJudgement? Judgement);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.TextActual).RequiredText(1000);
            RuleFor(c => c.Judgement).Required().IsInEnum();
        }
    }

    public static async Task<Result<GoalIndicator>> HandleAsync(MuseumDb db, Guid goalId, Guid indicatorId, Command c, CancellationToken ct)
    {
        if (await db.GoalIndicators.FirstOrDefaultAsync(i => i.Id == indicatorId && i.GoalId == goalId, ct) is not { } indicator)
            return Refusal.NotFound("本馆没有这个目标指标。", "No such goal indicator in this museum.");
        if (!indicator.Qualitative)
            return Refusal.OnField("judgement", "量化指标的实际值来自记录或填报，不作定性判定。", "A quantitative indicator's actual comes from records; it is not judged.");
        indicator.TextActual = c.TextActual!.Trim();
        indicator.Judgement = c.Judgement;
        await db.SaveChangesAsync(ct);
        return indicator;
    }
}
