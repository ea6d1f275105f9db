using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Programs.Volunteers;

/// <summary>
/// 排班: staff publish shifts (task, place, time, how many volunteers needed); an active volunteer takes one. The place on
/// the shift is taken by one conditional UPDATE (<c>Taken + 1 ≤ Needed</c>) in the same transaction as the service row,
/// and a unique index stops the same volunteer taking the same shift twice.
/// </summary>
public static class Shifts
{
    public sealed record Command(string? Task, string? Place, DateOnly? Date, TimeOnly? Start, TimeOnly? End, int? Needed);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Task).RequiredText(100);
            RuleFor(c => c.Place).RequiredText(100);
            RuleFor(c => c.Date).Required().Must(d => d is null || Plausible.IsYear(d.Value.Year)).WithMessage(_ => Plausible.YearMessage);
            RuleFor(c => c.Start).Required();
            RuleFor(c => c.End).Required().Must((c, end) => end is null || c.Start is null || end > c.Start)
                .WithMessage(_ => L("结束时间应晚于开始时间。", "The end must be after the start."));
            RuleFor(c => c.Needed).Required().InclusiveBetween(1, 200).WithMessage(_ => L("需要人数须在 1–200 之间。", "Needed is 1 to 200 volunteers."));
        }
    }

    public sealed record TakeCommand(Guid? VolunteerId);

    public sealed class TakeValidator : AbstractValidator<TakeCommand>
    {
        public TakeValidator() => RuleFor(c => c.VolunteerId).Required();
    }

    public static async Task<Result<VolunteerShift>> SaveAsync(MuseumDb db, Guid? id, Command c, TimeProvider clock, CancellationToken ct)
    {
        var shift = id is null ? new VolunteerShift() : await db.VolunteerShifts.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (shift is null) return Refusal.NotFound("本馆没有这个班次。", "No such shift in this museum.");
        var startsAt = ActivitySession.InstantOf(c.Date!.Value, c.Start!.Value);
        if (id is null && startsAt <= clock.GetUtcNow().UtcDateTime) return Refusal.OnField("date", "不能安排已过去的班次。", "That time has passed.");
        if (c.Needed < shift.Taken)
            return Refusal.OnField("needed", $"已有 {shift.Taken} 人认领，需要人数不能少于此数。", $"{shift.Taken} volunteers took it; needed cannot go below that.");
        shift.Task = c.Task!.Trim();
        shift.Place = c.Place!.Trim();
        shift.Date = c.Date.Value;
        shift.Start = c.Start.Value;
        shift.End = c.End!.Value;
        shift.StartsAt = startsAt;
        shift.Needed = c.Needed!.Value;
        if (id is null) db.VolunteerShifts.Add(shift);
        await db.SaveChangesAsync(ct);
        return shift;
    }

    public static Refusal Full => Refusal.Because("shift-full", "该班次已满员。", "The shift has all the volunteers it needs.");

    /// <summary>A volunteer takes a shift: refused when full, started, taken already, or the volunteer is not active.</summary>
    public static async Task<Result<VolunteerService>> TakeAsync(MuseumDb db, Guid shiftId, TakeCommand c, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var shift = await db.VolunteerShifts.AsNoTracking().FirstOrDefaultAsync(s => s.Id == shiftId, ct);
        if (shift is null) return Refusal.NotFound("本馆没有这个班次。", "No such shift in this museum.");
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == c.VolunteerId, ct);
        if (volunteer is null) return Refusal.OnField("volunteerId", "本馆没有这名志愿者。", "No such volunteer in this museum.");
        if (volunteer.Status != VolunteerStatus.Active)
            return Refusal.OnField("volunteerId", "只有在册志愿者可以认领班次。", "Only an active volunteer takes shifts.");
        if (now >= shift.StartsAt) return Refusal.Because("shift-started", "该班次已开始或已结束。", "The shift has started or is over.");
        if (await db.VolunteerServices.AnyAsync(s => s.ShiftId == shiftId && s.VolunteerId == volunteer.Id && s.Status != ServiceStatus.Cancelled, ct))
            return AlreadyTaken;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.VolunteerShifts.Where(s => s.Id == shiftId && s.Taken + 1 <= s.Needed)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Taken, s => s.Taken + 1), ct) == 1;
        if (!taken) return Full;
        var service = new VolunteerService
        {
            MuseumId = shift.MuseumId, VolunteerId = volunteer.Id, ShiftId = shift.Id, Date = shift.Date,
            Description = $"{shift.Task}（{shift.Place}）", Status = ServiceStatus.Taken,
        };
        db.VolunteerServices.Add(service);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Taken twice at once: the unique index kept one, the rollback gives the place back.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return AlreadyTaken;
        }
        await tx.CommitAsync(ct);
        return service;
    }

    private static Refusal AlreadyTaken => Refusal.OnField("volunteerId", "这名志愿者已认领该班次。", "This volunteer already took the shift.");

    /// <summary>A volunteer gives a shift back before it starts; the place is free again.</summary>
    public static async Task<Result<VolunteerService>> CancelAsync(MuseumDb db, Guid serviceId, TimeProvider clock, CancellationToken ct)
    {
        var service = await db.VolunteerServices.Include(s => s.Shift).FirstOrDefaultAsync(s => s.Id == serviceId, ct);
        if (service is null) return Refusal.NotFound("本馆没有这条服务记录。", "No such service record in this museum.");
        if (service.Status != ServiceStatus.Taken || service.Shift is null)
            return Refusal.Because("service-not-taken", "只能取消尚未签到的认领。", "Only a shift taken and not yet checked in can be given back.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.VolunteerServices.Where(s => s.Id == serviceId && s.Status == ServiceStatus.Taken)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ServiceStatus.Cancelled).SetProperty(s => s.UpdatedAt, clock.GetUtcNow().UtcDateTime), ct) == 1;
        if (moved)
            await db.VolunteerShifts.Where(s => s.Id == service.ShiftId && s.Taken > 0).ExecuteUpdateAsync(u => u.SetProperty(s => s.Taken, s => s.Taken - 1), ct);
        await tx.CommitAsync(ct);
        await db.Entry(service).ReloadAsync(ct);
        return service;
    }
}

/// <summary>A shift as the desk sees it: places taken and who took it.</summary>
public sealed record ShiftView(Guid Id, string Task, string Place, DateOnly Date, TimeOnly Start, TimeOnly End, int Needed, int Taken, List<ShiftView.Person> Roster)
{
    public sealed record Person(Guid ServiceId, Guid VolunteerId, string Name, string Organisation, ServiceStatus Status, string StatusName,
        DateTime? CheckedInAt, DateTime? CheckedOutAt, decimal Hours);

    public static async Task<List<ShiftView>> ListAsync(MuseumDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var shifts = await db.VolunteerShifts.AsNoTracking().Where(s => s.Date >= from && s.Date <= to).OrderBy(s => s.StartsAt).ToListAsync(ct);
        var ids = shifts.Select(s => s.Id).ToList();
        var people = await db.VolunteerServices.AsNoTracking().Where(s => s.ShiftId != null && ids.Contains(s.ShiftId.Value) && s.Status != ServiceStatus.Cancelled)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new { s.ShiftId, s.Id, s.VolunteerId, s.Volunteer!.Name, s.Volunteer.Organisation, s.Status, s.CheckedInAt, s.CheckedOutAt, s.Minutes })
            .ToListAsync(ct);
        return [.. shifts.Select(s => new ShiftView(s.Id, s.Task, s.Place, s.Date, s.Start, s.End, s.Needed, s.Taken,
            [.. people.Where(p => p.ShiftId == s.Id).Select(p => new Person(p.Id, p.VolunteerId, p.Name, p.Organisation, p.Status,
                VolunteerService.StatusName(p.Status), p.CheckedInAt, p.CheckedOutAt, VolunteerService.HoursOf(p.Minutes)))]))];
    }
}
