using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Counseling;

/// <summary>接案: a counselor opens a case and is its counselor. A minor's case needs a guardian on record.</summary>
public static class OpenCase
{
    public sealed record Command(
        string? MinorName, int? Age, string? School, string? GuardianName, string? GuardianRelation, string? GuardianPhone,
        string? PresentingProblem, RiskLevel? Risk, DateOnly? OpenedOn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.MinorName).RequiredText(30);
            RuleFor(c => c.Age).Required().InclusiveBetween(2, 30).WithMessage(_ => L("年龄须在 2–30 岁之间。", "Age must be 2–30."));
            RuleFor(c => c.School).OptionalText(100);
            RuleFor(c => c.PresentingProblem).RequiredText(4000);
            RuleFor(c => c.Risk).Required().IsInEnum().WithMessage(_ => L("风险等级无效。", "Unknown risk level."));
            RuleFor(c => c.OpenedOn).Required().PlausibleDate();
            RuleFor(c => c.GuardianName).NotEmpty().When(c => c.Age is < 18)
                .WithMessage(_ => L("未成年人的个案须登记监护人。", "A minor's case needs a guardian on record."));
            RuleFor(c => c.GuardianRelation).NotEmpty().When(c => c.Age is < 18).WithMessage(_ => L("必填。", "Required."));
            RuleFor(c => c.GuardianPhone).NotEmpty().When(c => c.Age is < 18).WithMessage(_ => L("必填。", "Required."));
            RuleFor(c => c.GuardianPhone).PhoneNumber();
            RuleFor(c => c.GuardianName).OptionalText(30);
            RuleFor(c => c.GuardianRelation).OptionalText(20);
        }
    }

    public static async Task<Result<CaseView>> HandleAsync(MuseumDb db, CaseCipher cipher, TimeProvider clock, Command c, CancellationToken ct)
    {
        var counselor = db.User.UserId ?? throw new InvalidOperationException("A case is opened by a signed-in counselor.");
        var opened = c.OpenedOn!.Value;
        for (var attempt = 0; ; attempt++)
        {
            var prefix = $"GA{opened.Year}-";
            var taken = await db.CounselingCases.IgnoreQueryFilters([MuseumDb.SoftDeleteFilter]).CountAsync(x => x.Number.StartsWith(prefix), ct);
            var k = new CounselingCase
            {
                Number = $"{prefix}{taken + 1 + attempt:000}", CounselorId = counselor, Status = CaseStatus.Open, Risk = c.Risk!.Value,
                OpenedOn = opened, Minor = c.Age < 18,
            };
            Seal(cipher, k, c);
            db.CounselingCases.Add(k);
            if (k.Risk == RiskLevel.High) await CaseAlerts.RaiseAsync(db, clock, k, await CaseViews.NameAsync(db, counselor, ct), ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return await CaseViews.ViewAsync(db, cipher, k, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two intakes took the same number at once: take the next.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static void Seal(CaseCipher cipher, CounselingCase k, Command c)
    {
        string S(string? v, string field) => cipher.Seal(v?.Trim(), CaseSeal.Case(k.Id, field));
        k.MinorNameSealed = S(c.MinorName, CaseSeal.MinorName);
        k.AgeSealed = S(c.Age.ToString(), CaseSeal.Age);
        k.SchoolSealed = S(c.School, CaseSeal.School);
        k.GuardianNameSealed = S(c.GuardianName, CaseSeal.GuardianName);
        k.GuardianRelationSealed = S(c.GuardianRelation, CaseSeal.GuardianRelation);
        k.GuardianPhoneSealed = S(c.GuardianPhone, CaseSeal.GuardianPhone);
        k.PresentingProblemSealed = S(c.PresentingProblem, CaseSeal.PresentingProblem);
    }
}
