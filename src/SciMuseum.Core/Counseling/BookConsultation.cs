using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// A parent books a consultation slot online with a name or alias, a phone and the child's age band. The place is
/// taken by one conditional UPDATE (<c>Booked + 1 &lt;= Capacity</c>) in the booking's transaction, as visitor booking
/// does, so two parents racing for the last place never both get it, on one instance or many.
/// </summary>
public static class BookConsultation
{
    public sealed record Command(Guid? SlotId, string? Name, string? Phone, AgeBand? AgeBand);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.SlotId).Required();
            RuleFor(c => c.Name).RequiredText(30);
            RuleFor(c => c.Phone).NotEmpty().WithMessage(_ => L("必填。", "Required."))
                .Matches(@"^1[3-9]\d{9}$").WithMessage(_ => L("请填写 11 位手机号码。", "Enter an 11-digit mobile number."));
            RuleFor(c => c.AgeBand).Required().IsInEnum().WithMessage(_ => L("请选择孩子的年龄段。", "Choose the child's age band."));
        }
    }

    public static Refusal Full() => new("sold-out", "slotId", "该时段已约满，请选择其他时段。", "This slot is fully booked; choose another.");

    public sealed record Booked(ConsultationBooking Booking, ConsultationSlot Slot);

    public static async Task<Result<Booked>> HandleAsync(MuseumDb db, TimeProvider clock, Command c, CancellationToken ct)
    {
        var slot = await db.ConsultationSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == c.SlotId, ct);
        if (slot is null) return Refusal.OnField("slotId", "没有这个咨询时段。", "No such consultation slot.");
        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        if (slot.Date.ToDateTime(slot.Start) <= now) return Refusal.OnField("slotId", "该时段已过，不能预约。", "That slot has passed.");
        if (slot.Remaining < 1) return Full();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.ConsultationSlots.Where(s => s.Id == slot.Id && s.Booked + 1 <= s.Capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Booked, s => s.Booked + 1), ct) == 1;
        if (!taken) return Full();
        var booking = new ConsultationBooking
        {
            MuseumId = slot.MuseumId, SlotId = slot.Id, Code = NewCode(), Name = c.Name!.Trim(), Phone = c.Phone!.Trim(),
            AgeBand = c.AgeBand!.Value, Status = ConsultationBookingStatus.Confirmed,
        };
        db.ConsultationBookings.Add(booking);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        slot.Booked++;
        return new Booked(booking, slot);
    }

    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>An 8-character code without look-alike characters.</summary>
    public static string NewCode() => "X" + RandomNumberGenerator.GetString(CodeAlphabet, 7);
}

/// <summary>Cancel with the code and the phone; the place goes back. A wrong phone answers as a wrong code.</summary>
public static class CancelConsultation
{
    public sealed record Command(string? Phone);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Phone).NotEmpty().WithMessage(_ => L("必填。", "Required.")).MaximumLength(20);
    }

    public static Refusal NotFound() => Refusal.NotFound("查无此预约：请核对预约码和手机号。", "No such booking: check the code and the phone number.");

    public static async Task<Result<BookConsultation.Booked>> HandleAsync(MuseumDb db, TimeProvider clock, string code, string phone, CancellationToken ct)
    {
        var found = await FindAsync(db, code, phone, ct);
        if (found.Value is not { } b) return found.Refusal!;
        if (b.Booking.Status == ConsultationBookingStatus.Cancelled)
            return Refusal.Because("not-cancellable", "此预约已取消。", "This booking is already cancelled.");
        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        if (b.Slot.Date.ToDateTime(b.Slot.Start) <= now)
            return Refusal.Because("too-late", "咨询时段已开始或已过，不能取消。", "The slot has started or passed; it cannot be cancelled.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var cancelled = await db.ConsultationBookings.Where(x => x.Id == b.Booking.Id && x.Status == ConsultationBookingStatus.Confirmed)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, ConsultationBookingStatus.Cancelled)
                .SetProperty(x => x.CancelledAt, clock.GetUtcNow().UtcDateTime), ct) == 1;
        if (cancelled)
            await db.ConsultationSlots.Where(s => s.Id == b.Slot.Id && s.Booked >= 1)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Booked, s => s.Booked - 1), ct);
        await tx.CommitAsync(ct);
        return await FindAsync(db, code, phone, ct);
    }

    public static async Task<Result<BookConsultation.Booked>> FindAsync(MuseumDb db, string code, string phone, CancellationToken ct)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var booking = await db.ConsultationBookings.AsNoTracking().FirstOrDefaultAsync(x => x.Code == normalized, ct);
        if (booking is null || booking.Phone != phone.Trim()) return NotFound();
        var slot = await db.ConsultationSlots.AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, ct);
        return new BookConsultation.Booked(booking, slot);
    }
}

/// <summary>Staff open consultation slots; the public page lists the coming ones with places left.</summary>
public static class CounselingSlots
{
    public sealed record Command(DateOnly? Date, TimeOnly? Start, TimeOnly? End, int? Capacity);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Required().PlausibleDate();
            RuleFor(c => c.Start).Required();
            RuleFor(c => c.End).Required().GreaterThan(c => c.Start).When(c => c.Start is not null)
                .WithMessage(_ => L("结束时间须晚于开始时间。", "The end must be after the start."));
            RuleFor(c => c.Capacity).Required().InclusiveBetween(1, 50).WithMessage(_ => L("名额须在 1–50 之间。", "Between 1 and 50 places."));
        }
    }

    public static async Task<Result<ConsultationSlot>> CreateAsync(MuseumDb db, TimeProvider clock, Command c, CancellationToken ct)
    {
        if (c.Date!.Value < MuseumClock.Today(clock)) return Refusal.OnField("date", "不能为已过去的日期开设时段。", "That date has passed.");
        if (await db.ConsultationSlots.AnyAsync(s => s.Date == c.Date && s.Start == c.Start, ct))
            return Refusal.OnField("start", "该日这个时间已有时段。", "A slot already starts then that day.");
        var slot = new ConsultationSlot { Date = c.Date.Value, Start = c.Start!.Value, End = c.End!.Value, Capacity = c.Capacity!.Value };
        db.ConsultationSlots.Add(slot);
        await db.SaveChangesAsync(ct);
        return slot;
    }

    /// <summary>Slots from today on, within <paramref name="days"/> days, that have not started.</summary>
    public static async Task<List<ConsultationSlot>> ComingAsync(MuseumDb db, TimeProvider clock, int days, CancellationToken ct = default)
    {
        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var until = today.AddDays(days);
        var slots = await db.ConsultationSlots.AsNoTracking().Where(s => s.Date >= today && s.Date <= until)
            .OrderBy(s => s.Date).ThenBy(s => s.Start).ToListAsync(ct);
        return [.. slots.Where(s => s.Date.ToDateTime(s.Start) > now)];
    }

    public sealed record BookingItem(string Code, DateOnly Date, string Slot, string Name, string PhoneMasked, AgeBand AgeBand, ConsultationBookingStatus Status);

    /// <summary>The bookings of a date range for the center's staff (phones masked).</summary>
    public static async Task<List<BookingItem>> BookingsAsync(MuseumDb db, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var rows = await (from b in db.ConsultationBookings.AsNoTracking()
                          join s in db.ConsultationSlots.AsNoTracking() on b.SlotId equals s.Id
                          where s.Date >= first && s.Date <= last
                          orderby s.Date, s.Start
                          select new { b, s }).Take(1000).ToListAsync(ct);
        return [.. rows.Select(r => new BookingItem(r.b.Code, r.s.Date, r.s.Label, r.b.Name, Mask(r.b.Phone), r.b.AgeBand, r.b.Status))];
    }

    public static string Mask(string phone) => phone.Length == 11 ? phone[..3] + "****" + phone[7..] : "****";
}
