using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Visitors;

/// <summary>Keeping the calendar: opening rules with their slots, closures and special openings, notices, booking rules.</summary>
public static class CalendarAdmin
{
    public sealed record SlotInput(TimeOnly? Start, TimeOnly? End, int? Capacity);

    public sealed record RuleCommand(DateOnly? EffectiveFrom, List<DayOfWeek>? OpenWeekdays, int? DailyCap, List<SlotInput>? Slots);

    public sealed class RuleValidator : AbstractValidator<RuleCommand>
    {
        public RuleValidator()
        {
            RuleFor(c => c.EffectiveFrom).Required().PlausibleDate();
            RuleFor(c => c.OpenWeekdays).NotNull().WithMessage(_ => L("必填。", "Required."));
            RuleForEach(c => c.OpenWeekdays).IsInEnum();
            RuleFor(c => c.DailyCap).Required().InclusiveBetween(1, 100_000).WithMessage(_ => L("每日最大承载量应在 1–100000 之间。", "The daily cap must be 1–100,000."));
            RuleFor(c => c.Slots).NotEmpty().WithMessage(_ => L("至少设置一个时段。", "Add at least one time slot."));
            RuleForEach(c => c.Slots).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(s =>
            {
                s.RuleFor(x => x.Start).Required();
                s.RuleFor(x => x.End).Required().GreaterThan(x => x.Start).WithMessage(_ => L("结束时间应晚于开始时间。", "The end must be after the start."));
                s.RuleFor(x => x.Capacity).Required().InclusiveBetween(1, 100_000).WithMessage(_ => L("时段容量应在 1–100000 之间。", "A slot holds 1–100,000."));
            });
            RuleFor(c => c.Slots).Must(NotOverlapping).WithMessage(_ => L("时段不能重叠。", "Time slots must not overlap."))
                .When(c => c.Slots is not null && c.Slots.All(s => s.Start is not null && s.End is not null));
            RuleFor(c => c.Slots).Must((c, slots) => slots!.Sum(s => s.Capacity ?? 0) <= (c.DailyCap ?? 0))
                .WithMessage(_ => L("各时段容量之和不能超过每日最大承载量。", "The slots together may not hold more than the daily cap."))
                .When(c => c.Slots is not null && c.DailyCap is not null);
        }

        private static bool NotOverlapping(List<SlotInput>? slots)
        {
            var ordered = slots!.OrderBy(s => s.Start).ToList();
            return ordered.Zip(ordered.Skip(1)).All(p => p.First.End <= p.Second.Start);
        }
    }

    /// <summary>Adds a rule (or replaces the one of the same date) and moves the capacities of slots already made from it.</summary>
    public static async Task<OpeningRule> SaveRuleAsync(MuseumDb db, TimeProvider clock, RuleCommand c, CancellationToken ct = default)
    {
        var from = c.EffectiveFrom!.Value;
        var rule = await db.Set<OpeningRule>().Include(r => r.Slots).FirstOrDefaultAsync(r => r.EffectiveFrom == from, ct);
        if (rule is null) db.Add(rule = new OpeningRule { EffectiveFrom = from });
        else db.RemoveRange(rule.Slots);
        rule.OpenWeekdays = OpeningRule.Weekdays([.. c.OpenWeekdays!]);
        rule.DailyCap = c.DailyCap!.Value;
        rule.Slots = [.. c.Slots!.OrderBy(s => s.Start).Select(s => new OpeningRuleSlot { RuleId = rule.Id, Start = s.Start!.Value, End = s.End!.Value, Capacity = s.Capacity!.Value })];
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var next = await db.Set<OpeningRule>().Where(r => r.EffectiveFrom > from).MinAsync(r => (DateOnly?)r.EffectiveFrom, ct) ?? DateOnly.MaxValue;
        // Slots already made for days the rule now governs: unused ones go (they are made again from this rule), used ones take its capacity.
        var today = MuseumClock.Today(clock);
        var start = from > today ? from : today;
        await db.Set<TimeSlot>().Where(t => t.Date >= start && t.Date < next && t.Booked == 0
                && !db.Set<Reservation>().Any(r => r.TimeSlotId == t.Id) && !db.Set<GroupVisit>().Any(g => g.TimeSlotId == t.Id))
            .ExecuteDeleteAsync(ct);
        foreach (var s in rule.Slots)
            await db.Set<TimeSlot>().Where(t => t.Date >= from && t.Date < next && t.Start == s.Start)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Capacity, t => t.Booked > s.Capacity ? t.Booked : s.Capacity), ct);
        await tx.CommitAsync(ct);
        VisitorCache.Forget(db.User.MuseumId);
        return rule;
    }

    /// <param name="CancelBookings">Closing days with confirmed bookings cancels them (places go back); without it the closure is refused.</param>
    public sealed record ExceptionCommand(DateOnly? From, DateOnly? To, bool? IsOpen, string? Reason, bool? CancelBookings = null);

    public sealed class ExceptionValidator : AbstractValidator<ExceptionCommand>
    {
        public ExceptionValidator()
        {
            RuleFor(c => c.From).Required().PlausibleDate();
            RuleFor(c => c.To).Required().PlausibleDate().GreaterThanOrEqualTo(c => c.From).WithMessage(_ => L("结束日期不能早于开始日期。", "The end date is before the start."));
            RuleFor(c => c.IsOpen).Required();
            RuleFor(c => c.Reason).RequiredText(200);
        }
    }

    /// <summary>Removes a rule or a closure/special opening (through the change tracker, so the audit log has it); false when there is none.</summary>
    public static async Task<bool> RemoveAsync<T>(MuseumDb db, Guid id, CancellationToken ct = default) where T : MuseumEntity
    {
        if (await db.Set<T>().FirstOrDefaultAsync(x => x.Id == id, ct) is not { } row) return false;
        db.Remove(row);
        await db.SaveChangesAsync(ct);
        VisitorCache.Forget(db.User.MuseumId);
        return true;
    }

    public sealed record NoticeCommand(string? Title, string? Body, DateOnly? PublishFrom, DateOnly? PublishUntil, bool? IsPinned);

    public sealed class NoticeValidator : AbstractValidator<NoticeCommand>
    {
        public NoticeValidator()
        {
            RuleFor(c => c.Title).RequiredText(100);
            RuleFor(c => c.Body).OptionalText(4000);
            RuleFor(c => c.PublishFrom).Required().PlausibleDate();
            RuleFor(c => c.PublishUntil).PlausibleDate();
            RuleFor(c => c.PublishUntil).GreaterThanOrEqualTo(c => c.PublishFrom).When(c => c.PublishUntil is not null)
                .WithMessage(_ => L("下架日期不能早于发布日期。", "The end date is before the publication date."));
        }
    }

    public sealed record SettingsCommand(
        int? BookingDaysAhead, int? MaxVisitorsPerBooking, TimeOnly? CancelCutoff, int? NoShowLimit, int? NoShowWindowDays,
        int? NoShowBarDays, int? GroupMin, int? GroupMax, int? PupilsPerTeacher, int? GroupLeadDays, int? RetentionDays, string? Rules);

    public sealed class SettingsValidator : AbstractValidator<SettingsCommand>
    {
        public SettingsValidator()
        {
            RuleFor(c => c.BookingDaysAhead).Required().InclusiveBetween(0, 60).WithMessage(_ => L("应在 0–60 天之间。", "Must be 0–60 days."));
            RuleFor(c => c.MaxVisitorsPerBooking).Required().InclusiveBetween(1, 20).WithMessage(_ => L("应在 1–20 人之间。", "Must be 1–20."));
            RuleFor(c => c.CancelCutoff).Required();
            RuleFor(c => c.NoShowLimit).Required().InclusiveBetween(1, 100).WithMessage(_ => L("应在 1–100 之间。", "Must be 1–100."));
            RuleFor(c => c.NoShowWindowDays).Required().InclusiveBetween(1, 365).WithMessage(_ => L("应在 1–365 天之间。", "Must be 1–365 days."));
            RuleFor(c => c.NoShowBarDays).Required().InclusiveBetween(0, 365).WithMessage(_ => L("应在 0–365 天之间。", "Must be 0–365 days."));
            RuleFor(c => c.GroupMin).Required().InclusiveBetween(2, 1000).WithMessage(_ => L("应在 2–1000 人之间。", "Must be 2–1,000."));
            RuleFor(c => c.GroupMax).Required().GreaterThanOrEqualTo(c => c.GroupMin).WithMessage(_ => L("不能小于团体最少人数。", "Must not be below the group minimum."));
            RuleFor(c => c.PupilsPerTeacher).Required().InclusiveBetween(1, 100).WithMessage(_ => L("应在 1–100 之间。", "Must be 1–100."));
            RuleFor(c => c.GroupLeadDays).Required().InclusiveBetween(0, 60).WithMessage(_ => L("应在 0–60 天之间。", "Must be 0–60 days."));
            RuleFor(c => c.RetentionDays).Required().InclusiveBetween(30, 3650).WithMessage(_ => L("应在 30–3650 天之间。", "Must be 30–3,650 days."));
            RuleFor(c => c.Rules).RequiredText(4000);
        }
    }

    public static async Task<VisitorSettings> SaveSettingsAsync(MuseumDb db, SettingsCommand c, CancellationToken ct = default)
    {
        var id = (await VisitorSettingsStore.LoadAsync(db, ct)).Id;
        var s = await db.Set<VisitorSettings>().FirstAsync(x => x.Id == id, ct);
        s.BookingDaysAhead = c.BookingDaysAhead!.Value;
        s.MaxVisitorsPerBooking = c.MaxVisitorsPerBooking!.Value;
        s.CancelCutoff = c.CancelCutoff!.Value;
        s.NoShowLimit = c.NoShowLimit!.Value;
        s.NoShowWindowDays = c.NoShowWindowDays!.Value;
        s.NoShowBarDays = c.NoShowBarDays!.Value;
        s.GroupMin = c.GroupMin!.Value;
        s.GroupMax = c.GroupMax!.Value;
        s.PupilsPerTeacher = c.PupilsPerTeacher!.Value;
        s.GroupLeadDays = c.GroupLeadDays!.Value;
        s.RetentionDays = c.RetentionDays!.Value;
        s.Rules = c.Rules!.Trim();
        await db.SaveChangesAsync(ct);
        VisitorCache.Forget(db.User.MuseumId);
        return s;
    }
}
