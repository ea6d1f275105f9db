using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Organization;

/// <summary>Add a staff member or change one. Dates decide whether they count as in post, retired or contract.</summary>
public static class SaveStaffMember
{
    public sealed record Command(
        string? Name,
        Gender? Gender,
        Guid? DepartmentId,
        Guid? PostId,
        Employment? Employment,
        Education? Education,
        string? ProfessionalTitle,
        string? Phone,
        DateOnly? StartDate,
        DateOnly? EndDate,
        DateOnly? RetirementDate,
        string? ChangeReason = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.Name).RequiredText(50);
            RuleFor(c => c.Gender).Required().IsInEnum();
            RuleFor(c => c.Employment).Required().IsInEnum();
            RuleFor(c => c.Education).Required().IsInEnum();
            RuleFor(c => c.ProfessionalTitle).OptionalText(50);
            RuleFor(c => c.Phone).PhoneNumber();
            RuleFor(c => c.StartDate).Required().PlausibleDate();
            RuleFor(c => c.EndDate).PlausibleDate();
            RuleFor(c => c.RetirementDate).PlausibleDate();
            // A member counts in every year from their start: a year whose evaluation is signed off needs a leader's reason.
            RuleFor(c => c.ChangeReason).OptionalText(500)
                .AllowedInPeriod(db, c => c.StartDate is { } start && Plausible.IsDate(start) ? (start, Plausible.LastDate) : null);
            RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.StartDate).When(c => c.EndDate is not null && c.StartDate is not null)
                .WithMessage(_ => L("离职日期不能早于入职日期。", "Cannot leave before starting."));
            RuleFor(c => c.RetirementDate).GreaterThanOrEqualTo(c => c.StartDate).When(c => c.RetirementDate is not null && c.StartDate is not null)
                .WithMessage(_ => L("退休日期不能早于入职日期。", "Cannot retire before starting."));
            RuleFor(c => c.RetirementDate).Null().When(c => c.Employment == Organization.Employment.Contract)
                .WithMessage(_ => L("政府购岗人员不登记退休。", "Contract staff do not retire from the establishment."));
            RuleFor(c => c.DepartmentId).Required()
                .MustAsync(async (id, ct) => await db.Departments.AnyAsync(d => d.Id == id, ct))
                .WithMessage(_ => L("部门不存在。", "No such department."));
            RuleFor(c => c.PostId)
                .MustAsync(async (c, id, ct) => await db.Posts.AnyAsync(p => p.Id == id && p.DepartmentId == c.DepartmentId
                    && (p.Kind == PostKind.Establishment) == (c.Employment == Organization.Employment.Establishment), ct))
                .When(c => c.PostId is not null)
                .WithMessage(_ => L("岗位不存在，或不属于所选部门，或与用工性质不符。", "No such post in this department for this kind of employment."));
        }
    }

    /// <returns>The saved member, or not-found when <paramref name="id"/> names no member of this museum.</returns>
    public static async Task<Result<StaffMember>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var member = id is null ? db.Staff.Add(new StaffMember()).Entity : await db.Staff.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (member is null) return Refusal.NotFound();
        member.Name = c.Name!.Trim();
        member.Gender = c.Gender!.Value;
        member.DepartmentId = c.DepartmentId!.Value;
        member.PostId = c.PostId;
        member.Employment = c.Employment!.Value;
        member.Education = c.Education!.Value;
        member.ProfessionalTitle = c.ProfessionalTitle?.Trim() ?? "";
        member.Phone = c.Phone?.Trim() ?? "";
        member.StartDate = c.StartDate!.Value;
        member.EndDate = c.EndDate;
        member.RetirementDate = c.RetirementDate;
        await db.SaveChangesAsync(ct);
        return member;
    }

    public static Command From(StaffMember s) => new(s.Name, s.Gender, s.DepartmentId, s.PostId, s.Employment, s.Education,
        s.ProfessionalTitle, s.Phone, s.StartDate, s.EndDate, s.RetirementDate);
}
