using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Visitors;

/// <summary>Group requests (团体预约): ask, approve (takes the places atomically), reject.</summary>
public static class Groups
{
    public sealed record RequestCommand(
        string? Organisation, string? LeaderName, string? LeaderPhone, DateOnly? Date, Guid? SlotId,
        int? Pupils, int? Teachers, string? BusInfo, string? Note, List<BookVisit.VisitorInput>? Members);

    public sealed class RequestValidator : AbstractValidator<RequestCommand>
    {
        public RequestValidator(TimeProvider clock)
        {
            RuleFor(c => c.Organisation).RequiredText(100);
            RuleFor(c => c.LeaderName).VisitorName();
            RuleFor(c => c.LeaderPhone).NotEmpty().WithMessage(_ => L("必填。", "Required.")).PhoneNumber();
            RuleFor(c => c.Date).Required();
            RuleFor(c => c.SlotId).Required();
            RuleFor(c => c.Pupils).Required().InclusiveBetween(1, 1000).WithMessage(_ => L("学生人数应在 1–1000 之间。", "Pupils must be 1–1000."));
            RuleFor(c => c.Teachers).Required().InclusiveBetween(1, 100).WithMessage(_ => L("带队老师应在 1–100 人之间。", "Teachers must be 1–100."));
            RuleFor(c => c.BusInfo).OptionalText(200);
            RuleFor(c => c.Note).OptionalText(500);
            RuleForEach(c => c.Members).SetValidator(new BookVisit.VisitorValidator(clock));
            RuleFor(c => c.Members).Must((c, m) => m is null || m.Count <= (c.Pupils ?? 0) + (c.Teachers ?? 0))
                .WithMessage(_ => L("名单人数多于申报人数。", "More members listed than the headcount."));
        }
    }

    public sealed record DecisionCommand(string? Note);

    public sealed class DecisionValidator : AbstractValidator<DecisionCommand>
    {
        public DecisionValidator() => RuleFor(c => c.Note).OptionalText(500);
    }

    public static Refusal NotFound() => Refusal.NotFound("找不到该团体预约。", "No such group request.");

    public static Refusal NotPending(GroupStatus status) => Refusal.Because("already-decided",
        $"该申请已处理（{StatusName(status).Zh}），不能再改。", $"This request was already decided ({StatusName(status).En}); it cannot change.");

    public static Refusal SoldOut(int remaining) => Refusal.Because("sold-out",
        $"该时段只剩 {remaining} 个名额，不足以接待该团体。", $"Only {remaining} places left in that slot.");

    public static (string Zh, string En) StatusName(GroupStatus s) => s switch
    {
        GroupStatus.Pending => ("待审核", "Pending"),
        GroupStatus.Approved => ("已通过", "Approved"),
        GroupStatus.Rejected => ("已拒绝", "Rejected"),
        _ => ("已取消", "Cancelled"),
    };

    public static async Task<Result<GroupVisit>> RequestAsync(MuseumDb db, VisitorSecrets secrets, TimeProvider clock, RequestCommand c, CancellationToken ct = default)
    {
        var settings = await VisitorSettingsStore.GetAsync(db, ct);
        var today = MuseumClock.Today(clock);
        var date = c.Date!.Value;
        if (LimitProblems(settings, c.Pupils!.Value, c.Teachers!.Value).FirstOrDefault() is { } limit) return limit;
        if (date < today.AddDays(settings.GroupLeadDays))
            return Refusal.OnField("date", $"团体须至少提前 {settings.GroupLeadDays} 天预约。", $"Groups book at least {settings.GroupLeadDays} days ahead.");
        if (date > today.AddDays(60)) return Refusal.OnField("date", "只能预约 60 天内的团体参观。", "Groups book at most 60 days ahead.");
        var day = (await VisitorCache.CalendarAsync(db, ct)).Day(date);
        if (!day.IsOpen) return Refusal.OnField("date", $"该日闭馆：{day.Reason}", $"The museum is closed that day: {day.Reason}");
        // Slots beyond the individual booking window are made now, so the group can name one.
        var slot = (await Slots.EnsureAsync(db, day, ct)).FirstOrDefault(s => s.Id == c.SlotId);
        if (slot is null) return Refusal.OnField("slotId", "该日没有这个时段。", "No such time slot on that day.");

        var group = new GroupVisit
        {
            Code = BookVisit.NewCode(), Organisation = c.Organisation!.Trim(), LeaderName = c.LeaderName!.Trim(),
            LeaderPhone = c.LeaderPhone!.Trim(), Date = date, TimeSlotId = slot.Id, Pupils = c.Pupils.Value, Teachers = c.Teachers.Value,
            BusInfo = c.BusInfo?.Trim() ?? "", Note = c.Note?.Trim() ?? "",
            Members = [.. (c.Members ?? []).Select(m => new GroupMember
            {
                Name = m.Name!.Trim(), IdType = m.IdType!.Value, IdMasked = IdDocuments.Mask(m.IdNumber!),
                IdProtected = secrets.Protect(IdDocuments.Normalize(m.IdNumber)), IdHash = secrets.Hash(m.IdType.Value, m.IdNumber!),
            })],
        };
        db.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    /// <summary>The museum's headcount limits a group breaks: size (teachers included) and teachers per pupils.</summary>
    public static IEnumerable<Refusal> LimitProblems(VisitorSettings settings, int pupils, int teachers)
    {
        var headcount = pupils + teachers;
        if (headcount < settings.GroupMin || headcount > settings.GroupMax)
            yield return Refusal.OnField("pupils", $"团体人数（含老师）应在 {settings.GroupMin}–{settings.GroupMax} 人之间。",
                $"A group has {settings.GroupMin}–{settings.GroupMax} people including teachers.");
        if (teachers * settings.PupilsPerTeacher < pupils)
            yield return Refusal.OnField("teachers", $"每 {settings.PupilsPerTeacher} 名学生至少需 1 名带队老师。",
                $"At least one teacher per {settings.PupilsPerTeacher} pupils.");
    }

    /// <summary>Approve: take the group's places (or refuse when the slot is full) and issue its booking and tickets.</summary>
    public static async Task<Result<GroupVisit>> ApproveAsync(MuseumDb db, Guid id, DecisionCommand c, string actor, TimeProvider clock, CancellationToken ct = default)
    {
        var group = await db.Set<GroupVisit>().Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return NotFound();
        if (group.Status != GroupStatus.Pending) return NotPending(group.Status);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await Slots.TakeAsync(db, group.TimeSlotId, group.Headcount, ct))
            return SoldOut((await db.Set<TimeSlot>().AsNoTracking().FirstAsync(s => s.Id == group.TimeSlotId, ct)).Remaining);
        var reservation = new Reservation
        {
            Code = BookVisit.NewCode(), Date = group.Date, TimeSlotId = group.TimeSlotId, Channel = VisitChannel.Group,
            Phone = group.LeaderPhone, GroupVisitId = group.Id,
            Tickets = [.. Enumerable.Range(0, group.Headcount).Select(i => i < group.Members.Count
                ? new Ticket
                {
                    Seat = i + 1, TimeSlotId = group.TimeSlotId, Date = group.Date, Channel = VisitChannel.Group, Name = group.Members[i].Name,
                    IdType = group.Members[i].IdType, IdMasked = group.Members[i].IdMasked, IdProtected = group.Members[i].IdProtected,
                    IdHash = group.Members[i].IdHash,
                }
                : new Ticket
                {
                    Seat = i + 1, TimeSlotId = group.TimeSlotId, Date = group.Date, Channel = VisitChannel.Group,
                    Name = $"{group.Organisation[..Math.Min(group.Organisation.Length, 40)]} {i + 1}",
                })],
        };
        db.Add(reservation);
        group.Status = GroupStatus.Approved;
        group.ReservationId = reservation.Id;
        group.DecisionNote = c.Note?.Trim() ?? "";
        group.DecidedBy = actor;
        group.DecidedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            return Refusal.OnField("members", "名单中有人当天已有其他预约。", "A listed member already has a booking that day.");
        }
        await tx.CommitAsync(ct);
        return group;
    }

    public static async Task<Result<GroupVisit>> RejectAsync(MuseumDb db, Guid id, DecisionCommand c, string actor, TimeProvider clock, CancellationToken ct = default)
    {
        var group = await db.Set<GroupVisit>().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return NotFound();
        if (group.Status != GroupStatus.Pending) return NotPending(group.Status);
        if (string.IsNullOrWhiteSpace(c.Note)) return Refusal.OnField("note", "请填写不予通过的原因。", "Give the reason for rejecting.");
        group.Status = GroupStatus.Rejected;
        group.DecisionNote = c.Note.Trim();
        group.DecidedBy = actor;
        group.DecidedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return group;
    }
}
