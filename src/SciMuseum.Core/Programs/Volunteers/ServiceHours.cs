using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs.Volunteers;

/// <summary>
/// 服务时长: a volunteer is checked in and out at the desk (the time defaults to now; staff may give the real time when
/// they enter it later), or logs hours served without a shift, which count once a staff member approves them.
/// Check-out before check-in is refused; so is a time in the future.
/// </summary>
public static class ServiceHours
{
    public const int MaxMinutesPerDay = 12 * 60;

    /// <summary>A desk time; null means now.</summary>
    public sealed record DeskCommand(DateTime? At);

    public sealed class DeskValidator : AbstractValidator<DeskCommand>
    {
        public DeskValidator() => RuleFor(c => c.At).Must(a => a is null || Plausible.IsYear(a.Value.Year)).WithMessage(_ => Plausible.YearMessage);
    }

    public sealed record LogCommand(DateOnly? Date, decimal? Hours, string? Description);

    public sealed class LogValidator : AbstractValidator<LogCommand>
    {
        public LogValidator()
        {
            RuleFor(c => c.Date).Required().Must(d => d is null || Plausible.IsYear(d.Value.Year)).WithMessage(_ => Plausible.YearMessage);
            RuleFor(c => c.Hours).Required().InclusiveBetween(0.5m, 12m).WithMessage(_ => L("时长须在 0.5–12 小时之间。", "Hours are 0.5 to 12."));
            RuleFor(c => c.Description).RequiredText(200);
        }
    }

    public sealed record ReviewCommand(bool? Approved, string? Note);

    public sealed class ReviewValidator : AbstractValidator<ReviewCommand>
    {
        public ReviewValidator()
        {
            RuleFor(c => c.Approved).Required();
            RuleFor(c => c.Note).OptionalText(500);
            RuleFor(c => c.Note).NotEmpty().When(c => c.Approved == false).WithMessage(_ => L("不通过时请说明原因。", "Say why when rejecting."));
        }
    }

    private static Refusal NotFound => Refusal.NotFound("本馆没有这条服务记录。", "No such service record in this museum.");

    private static Refusal? InFuture(DateTime at, DateTime now) =>
        at > now.AddMinutes(5) ? Refusal.OnField("at", "时间不能晚于现在。", "The time cannot be in the future.") : null;

    public static async Task<Result<VolunteerService>> CheckInAsync(MuseumDb db, Guid id, DeskCommand c, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await db.VolunteerServices.Include(x => x.Shift).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound;
        if (s.Status != ServiceStatus.Taken)
            return Refusal.Because("not-taken", "只有已认领、未签到的班次可以签到。", "Only a taken shift not yet checked in can be checked in.");
        var at = (c.At ?? now).ToUniversalTime();
        if (InFuture(at, now) is { } future) return future;
        // From two hours before the shift to its day's end: a check-in on another day is a mistake at the desk.
        var shiftStart = s.Shift!.StartsAt;
        var dayEnd = ActivitySession.InstantOf(s.Shift.Date, TimeOnly.MaxValue);
        if (at < shiftStart.AddHours(-2) || at > dayEnd)
            return Refusal.OnField("at", "签到时间须在班次当天、开始前两小时以后。", "Check-in is on the shift's day, from two hours before it starts.");
        s.Status = ServiceStatus.CheckedIn;
        s.CheckedInAt = at;
        await db.SaveChangesAsync(ct);
        return s;
    }

    public static async Task<Result<VolunteerService>> CheckOutAsync(MuseumDb db, Guid id, DeskCommand c, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await db.VolunteerServices.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound;
        if (s.Status != ServiceStatus.CheckedIn || s.CheckedInAt is null)
            return Refusal.Because("not-checked-in", "尚未签到，不能签退。", "Not checked in: cannot check out.");
        var at = (c.At ?? now).ToUniversalTime();
        if (InFuture(at, now) is { } future) return future;
        if (at <= s.CheckedInAt)
            return Refusal.OnField("at", "签退时间须晚于签到时间。", "Check-out must be after check-in.");
        var minutes = (int)Math.Floor((at - s.CheckedInAt.Value).TotalMinutes);
        if (minutes > MaxMinutesPerDay)
            return Refusal.OnField("at", "一次服务不能超过 12 小时，请核对签退时间。", "One service cannot exceed 12 hours; check the time.");
        s.Status = ServiceStatus.Completed;
        s.CheckedOutAt = at;
        s.Minutes = minutes;
        await db.SaveChangesAsync(ct);
        return s;
    }

    /// <summary>Hours served without a shift (a school event, a caravan trip), awaiting approval.</summary>
    public static async Task<Result<VolunteerService>> LogAsync(MuseumDb db, Guid volunteerId, LogCommand c, TimeProvider clock, CancellationToken ct)
    {
        var v = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == volunteerId, ct);
        if (v is null) return Refusal.NotFound("本馆没有这名志愿者。", "No such volunteer in this museum.");
        if (c.Date > MuseumClock.Today(clock)) return Refusal.OnField("date", "不能登记将来的服务。", "The date cannot be in the future.");
        var s = new VolunteerService
        {
            MuseumId = v.MuseumId, VolunteerId = v.Id, Date = c.Date!.Value, Description = c.Description!.Trim(),
            Status = ServiceStatus.Logged, Minutes = (int)Math.Round(c.Hours!.Value * 60m),
        };
        db.VolunteerServices.Add(s);
        await db.SaveChangesAsync(ct);
        return s;
    }

    public static async Task<Result<VolunteerService>> ReviewAsync(MuseumDb db, Guid id, ReviewCommand c, string reviewer, CancellationToken ct)
    {
        var s = await db.VolunteerServices.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound;
        if (s.Status != ServiceStatus.Logged)
            return Refusal.Because("not-logged", "只有待审核的登记可以审核。", "Only logged hours awaiting approval can be reviewed.");
        s.Status = c.Approved == true ? ServiceStatus.Approved : ServiceStatus.Rejected;
        s.ReviewedBy = reviewer;
        s.ReviewNote = c.Note?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return s;
    }
}
