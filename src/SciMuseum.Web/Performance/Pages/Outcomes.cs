using FluentValidation.Results;
using SciMuseum.Core.Performance;

namespace SciMuseum.Web.Performance.Pages;

/// <summary>Turns a use case's outcome into field errors a form shows, and tells the pages who may do what.</summary>
public static class Outcomes
{
    public static ValidationResult Errors(Dictionary<string, string[]> errors) =>
        new(errors.SelectMany(kv => kv.Value.Select(m => new ValidationFailure(kv.Key, m))));

    public static bool IsEditor(System.Security.Claims.ClaimsPrincipal user) => Any(user, Core.Identity.Roles.PerformanceEditors);

    public static bool IsSigner(System.Security.Claims.ClaimsPrincipal user) => Any(user, Core.Identity.Roles.PerformanceSigners);

    private static bool Any(System.Security.Claims.ClaimsPrincipal user, string roles) => roles.Split(',').Any(user.IsInRole);

    /// <summary>The message for an outcome that is not a field error (signed off, not found), or null.</summary>
    public static string? Refusal(EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.SignedOff => Core.Common.Bilingual.L("该评价已签发，得分已冻结；如需修改，请先重新打开。", "Signed off: re-open it before changing it."),
        EvaluationOutcome.NotFound => Core.Common.Bilingual.L("本馆没有这条记录。", "No such record in this museum."),
        _ => null,
    };
}
