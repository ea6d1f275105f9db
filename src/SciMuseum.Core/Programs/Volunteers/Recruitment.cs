using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs.Volunteers;

/// <summary>
/// 志愿者招募: a person signs up on the QR page at the desk (status applied) or staff enter them (active at once); staff
/// take an applicant on, record their induction training and correct their profile. One phone number is one volunteer.
/// </summary>
public static class Recruitment
{
    public sealed record Command(string? Name, string? Phone, VolunteerSource? Source, string? Organisation, string? Major,
        string? Skills, string? Availability, DateOnly? TrainedOn = null, string? TrainingTopic = null, VolunteerStatus? Status = null, string? Note = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(30);
            RuleFor(c => c.Phone).NotEmpty().WithMessage(_ => L("必填。", "Required.")).PhoneNumber();
            RuleFor(c => c.Source).Required().IsInEnum().WithMessage(_ => L("请选择来源。", "Choose a source."));
            RuleFor(c => c.Organisation).OptionalText(100);
            RuleFor(c => c.Organisation).NotEmpty().When(c => c.Source == VolunteerSource.University)
                .WithMessage(_ => L("高校学生请填写学校。", "A student names the university."));
            RuleFor(c => c.Major).OptionalText(100);
            RuleFor(c => c.Skills).OptionalText(200);
            RuleFor(c => c.Availability).OptionalText(200);
            RuleFor(c => c.TrainedOn).Must(d => d is null || Plausible.IsYear(d.Value.Year)).WithMessage(_ => Plausible.YearMessage);
            RuleFor(c => c.TrainingTopic).OptionalText(100);
            RuleFor(c => c.Status).IsInEnum().WithMessage(_ => L("状态无效。", "Unknown status."));
            RuleFor(c => c.Note).OptionalText(500);
        }
    }

    public static Refusal PhoneTaken => Refusal.OnField("phone", "这个手机号码已登记为志愿者。", "This phone number is already registered as a volunteer.");

    /// <summary>The public QR page's sign-up: an applicant, until the exhibition department takes them on.</summary>
    public static Task<Result<Volunteer>> ApplyAsync(MuseumDb db, TimeProvider clock, Command c, CancellationToken ct) =>
        SaveAsync(db, clock, null, c with { Status = VolunteerStatus.Applied, TrainedOn = null, TrainingTopic = null, Note = null }, ct);

    /// <summary>Staff add a volunteer (active unless said otherwise) or change one.</summary>
    public static async Task<Result<Volunteer>> SaveAsync(MuseumDb db, TimeProvider clock, Guid? id, Command c, CancellationToken ct)
    {
        var today = MuseumClock.Today(clock);
        var v = id is null ? new Volunteer { AppliedOn = today } : await db.Volunteers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return Refusal.NotFound("本馆没有这名志愿者。", "No such volunteer in this museum.");
        var phone = Volunteer.Normalise(c.Phone!);
        if (await db.Volunteers.AnyAsync(x => x.Phone == phone && x.Id != v.Id, ct)) return PhoneTaken;
        v.Name = c.Name!.Trim();
        v.Phone = phone;
        v.Source = c.Source!.Value;
        v.Organisation = c.Organisation?.Trim() ?? "";
        v.Major = c.Major?.Trim() ?? "";
        v.Skills = c.Skills?.Trim() ?? "";
        v.Availability = c.Availability?.Trim() ?? "";
        v.TrainedOn = c.TrainedOn;
        v.TrainingTopic = c.TrainingTopic?.Trim() ?? "";
        v.Note = c.Note?.Trim() ?? "";
        var status = c.Status ?? (id is null ? VolunteerStatus.Active : v.Status);
        if (status == VolunteerStatus.Active && v.JoinedOn is null) v.JoinedOn = today;
        v.Status = status;
        if (id is null) db.Volunteers.Add(v);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same number arrived twice at once: the unique index kept one.
            db.ChangeTracker.Clear();
            return PhoneTaken;
        }
        return v;
    }

    /// <summary>Takes an applicant on (录用).</summary>
    public static async Task<Result<Volunteer>> AcceptAsync(MuseumDb db, TimeProvider clock, Guid id, CancellationToken ct)
    {
        var v = await db.Volunteers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return Refusal.NotFound("本馆没有这名志愿者。", "No such volunteer in this museum.");
        if (v.Status != VolunteerStatus.Applied)
            return Refusal.Because("volunteer-not-applied", "这名志愿者不在待录用名单中。", "This volunteer is not an applicant.");
        v.Status = VolunteerStatus.Active;
        v.JoinedOn = MuseumClock.Today(clock);
        await db.SaveChangesAsync(ct);
        return v;
    }
}
