using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs.Training;

/// <summary>
/// 辅导员培训: record a training session with its attendees (staff of the organisation module), and read a year's
/// sessions, each person's training record and the share of staff trained.
/// <para>
/// The share's rule: <b>staff on the roll</b> in a year are the staff members in post or on contract on at least one day
/// of it (started by 31 December; not left, nor retired, before 1 January); <b>trained</b> are those of them who attended
/// at least one session dated in the year. Share = trained ÷ on the roll × 100, one decimal, half up.
/// </para>
/// </summary>
public static class StaffTraining
{
    public sealed record Command(DateOnly? Date, string? Topic, TrainingKind? Kind, string? Provider, decimal? Hours, List<Guid?>? Attendees);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required().Must(d => d is null || Plausible.IsYear(d.Value.Year)).WithMessage(_ => Plausible.YearMessage);
            RuleFor(c => c.Topic).RequiredText(200);
            RuleFor(c => c.Kind).Required().IsInEnum().WithMessage(_ => L("请选择培训形式。", "Choose a kind."));
            RuleFor(c => c.Provider).OptionalText(200);
            RuleFor(c => c.Hours).Required().InclusiveBetween(0.5m, 100m).WithMessage(_ => L("学时须在 0.5–100 小时之间。", "Hours are 0.5 to 100."));
            RuleFor(c => c.Attendees).NotEmpty().WithMessage(_ => L("至少选择一名参训人员。", "Choose at least one attendee."))
                .Must(a => a is null || a.Count <= 500).WithMessage(_ => L("参训人员最多 500 名。", "At most 500 attendees."))
                .Must(a => a is null || a.All(x => x is not null && x != Guid.Empty)).WithMessage(_ => L("名单中有空项。", "The list has an empty entry."));
        }
    }

    public static async Task<Result<TrainingSession>> SaveAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var session = id is null ? new TrainingSession() : await db.TrainingSessions.Include(s => s.Attendees).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Refusal.NotFound("本馆没有这次培训。", "No such training session in this museum.");
        var wanted = c.Attendees!.Select(a => a!.Value).Distinct().ToList();
        var known = await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        if (known.Count != wanted.Count)
            return Refusal.OnField("attendees", "名单中有不属于本馆的人员。", "The list names someone not on this museum's staff.");
        session.Date = c.Date!.Value;
        session.Topic = c.Topic!.Trim();
        session.Kind = c.Kind!.Value;
        session.Provider = c.Provider?.Trim() ?? "";
        session.Hours = Math.Round(c.Hours!.Value, 1, MidpointRounding.AwayFromZero);
        session.Attendees.RemoveAll(a => !wanted.Contains(a.StaffMemberId));
        foreach (var staffId in wanted.Where(w => session.Attendees.All(a => a.StaffMemberId != w)))
            session.Attendees.Add(new TrainingAttendance { StaffMemberId = staffId });
        if (id is null) db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public sealed record SessionRow(Guid Id, DateOnly Date, string Topic, TrainingKind Kind, string KindName, string Provider, decimal Hours,
        List<Guid> AttendeeIds, List<string> Attendees);

    public sealed record PersonRow(Guid StaffMemberId, string Name, string Department, string Status, int Sessions, decimal Hours, List<string> Topics);

    public sealed record Year(int Value, int Sessions, decimal Hours, decimal PersonHours, int PersonTimes, int StaffOnRoll, int StaffTrained,
        decimal? ShareTrained, List<SessionRow> Items, List<PersonRow> People);

    /// <summary>Staff on the roll on at least one day of the period (see the class's rule).</summary>
    public static IQueryable<StaffMember> OnRoll(MuseumDb db, MetricPeriod p) =>
        db.Staff.AsNoTracking().Where(s => s.StartDate <= p.To && (s.EndDate == null || s.EndDate > p.From)
            && !(s.Employment == Employment.Establishment && s.RetirementDate != null && s.RetirementDate <= p.From));

    public static async Task<Year> YearAsync(MuseumDb db, int year, CancellationToken ct)
    {
        var period = MetricPeriod.Year(year);
        var sessions = await db.TrainingSessions.AsNoTracking().Include(s => s.Attendees).ThenInclude(a => a.StaffMember)
            .Where(s => s.Date >= period.From && s.Date <= period.To).OrderBy(s => s.Date).ToListAsync(ct);
        var roll = await OnRoll(db, period).Include(s => s.Department).OrderBy(s => s.Department!.SortOrder).ThenBy(s => s.Name).ToListAsync(ct);
        var rollIds = roll.Select(s => s.Id).ToHashSet();
        var attendances = sessions.SelectMany(s => s.Attendees.Select(a => (Session: s, a.StaffMemberId))).ToList();
        var trained = attendances.Select(a => a.StaffMemberId).Where(rollIds.Contains).Distinct().Count();
        var people = roll.Select(s =>
        {
            var mine = attendances.Where(a => a.StaffMemberId == s.Id).Select(a => a.Session).ToList();
            return new PersonRow(s.Id, s.Name, s.Department?.Name ?? "", StaffRules.Label(StaffRules.StatusOn(s, period.To)), mine.Count,
                mine.Sum(m => m.Hours), [.. mine.Select(m => m.Topic)]);
        }).ToList();
        return new Year(year, sessions.Count, sessions.Sum(s => s.Hours), attendances.Sum(a => a.Session.Hours), attendances.Count, roll.Count, trained,
            Money.Percent(trained, roll.Count, 1),
            [.. sessions.Select(s => new SessionRow(s.Id, s.Date, s.Topic, s.Kind, TrainingSession.KindName(s.Kind), s.Provider, s.Hours,
                [.. s.Attendees.Select(a => a.StaffMemberId)], [.. s.Attendees.Select(a => a.StaffMember?.Name ?? "").Order()]))],
            people);
    }
}
