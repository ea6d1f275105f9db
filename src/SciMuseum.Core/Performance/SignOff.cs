using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Performance;

/// <summary>签发: freeze an evaluation's actuals and scores as they are now; later record changes no longer move them.</summary>
public static class SignOffEvaluation
{
    public static async Task<Result<Evaluation>> HandleAsync(MuseumDb db, EvaluationRunner runner, Guid id, string signer, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Evaluations.FirstOrDefaultAsync(x => x.Id == id, ct) is not { } e) return Refusal.NotFound();
        if (e.Status == EvaluationStatus.SignedOff) return EvaluationRefusals.SignedOff();
        var now = clock.GetUtcNow().UtcDateTime;
        var result = await runner.LiveAsync(e, ct) with { Status = EvaluationStatus.SignedOff, SignedOffAt = now, SignedOffBy = signer };
        e.Status = EvaluationStatus.SignedOff;
        e.SignedOffAt = now;
        e.SignedOffBy = signer;
        e.TotalScore = result.TotalScore;
        e.Grade = result.Grade;
        e.SignedOffResult = EvaluationRunner.Freeze(result);
        await db.SaveChangesAsync(ct);
        return e;
    }
}

/// <summary>Re-open a signed-off evaluation, with the reason (the audit log keeps who, when and why).</summary>
public static class ReopenEvaluation
{
    public sealed record Command(string? Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).RequiredText(500);
    }

    public static async Task<Result<Evaluation>> HandleAsync(MuseumDb db, Guid id, Command c, CancellationToken ct)
    {
        if (await db.Evaluations.FirstOrDefaultAsync(x => x.Id == id, ct) is not { } e) return Refusal.NotFound();
        if (e.Status != EvaluationStatus.SignedOff)
            return Refusal.OnField("status", "评价尚未签发，无需重新打开。", "The evaluation is not signed off.");
        e.Status = EvaluationStatus.Open;
        e.ReopenReason = c.Reason!.Trim();
        e.TotalScore = null;
        e.Grade = null;
        e.SignedOffResult = null;
        e.SignedOffAt = null;
        e.SignedOffBy = null;
        await db.SaveChangesAsync(ct);
        return e;
    }
}
