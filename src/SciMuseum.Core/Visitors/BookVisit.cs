using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// 实名预约: a visitor books places in a slot for up to N people, each with a name and an ID. The place is taken by
/// one conditional UPDATE, the transaction's last statement after the tickets' inserts, so capacity is never oversold
/// and the slot's row is locked only for that UPDATE and the commit; a second
/// booking of the same ID on the same day is stopped by a unique index even when both arrive at once.
/// </summary>
public static class BookVisit
{
    public sealed record VisitorInput(string? Name, IdType? IdType, string? IdNumber);

    public sealed record Command(DateOnly? Date, Guid? SlotId, string? Phone, List<VisitorInput>? Visitors);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Date).Required();
            RuleFor(c => c.SlotId).Required();
            RuleFor(c => c.Phone).NotEmpty().WithMessage(_ => L("必填。", "Required."))
                .Matches(@"^1[3-9]\d{9}$").WithMessage(_ => L("请填写 11 位手机号码。", "Enter an 11-digit mobile number."));
            RuleFor(c => c.Visitors).NotEmpty().WithMessage(_ => L("至少填写一位参观者。", "Add at least one visitor."))
                .Must(v => v is null || v.Count <= 200).WithMessage(_ => L("人数过多。", "Too many visitors."));
            RuleForEach(c => c.Visitors).SetValidator(new VisitorValidator(clock)).When(c => c.Visitors is not null);
            RuleFor(c => c.Visitors).Custom((visitors, ctx) =>
            {
                if (visitors is null) return;
                var seen = new HashSet<string>();
                for (var i = 0; i < visitors.Count; i++)
                    if (visitors[i].IdType is { } t && !seen.Add($"{t}|{IdDocuments.Normalize(visitors[i].IdNumber)}"))
                        ctx.AddFailure($"visitors[{i}].idNumber", L("同一证件在本次预约中重复。", "The same ID appears twice in this booking."));
            });
        }
    }

    /// <summary>One visitor: a name, a known ID type, and a number that type accepts (checksum and birth date for 居民身份证).</summary>
    public sealed class VisitorValidator : AbstractValidator<VisitorInput>
    {
        public VisitorValidator(TimeProvider clock)
        {
            RuleFor(x => x.Name).VisitorName();
            RuleFor(x => x.IdType).Required().IsInEnum().WithMessage(_ => L("不支持的证件类型。", "Unsupported ID type."));
            RuleFor(x => x.IdNumber).Custom((number, ctx) =>
            {
                if (ctx.InstanceToValidate.IdType is not { } type || !Enum.IsDefined(type)) return;
                if (IdDocuments.Problem(type, number, MuseumClock.Today(clock)) is { } p) ctx.AddFailure(L(p.Zh, p.En));
            });
        }
    }

    public sealed record Booked(Reservation Reservation, TimeSlot Slot);

    private enum Written { Booked, AlreadyBooked, SoldOut }

    public static Refusal SoldOut(int remaining) => new("sold-out", "slotId",
        $"该时段已约满（剩余 {remaining} 个名额），请选择其他时段。", $"This slot is sold out ({remaining} places left); choose another.");

    public static Refusal AlreadyBooked(int index) => new("already-booked", $"visitors[{index}].idNumber",
        $"第 {index + 1} 位参观者的证件当天已有预约。", $"Visitor {index + 1}'s ID already has a booking that day.");

    /// <summary>
    /// Books, or refuses: a field (closed day, past date, no such slot, barred ID…), sold out, or already booked. On
    /// PostgreSQL a booking is one statement (<see cref="BookInOneStatement"/>), on SQLite one transaction of prepared
    /// commands on the file's writer thread (<see cref="BookOnSqlite"/>); <paramref name="oneStatement"/> false takes
    /// the EF path, which tests compare them with.
    /// </summary>
    public static async Task<Result<Booked>> HandleAsync(MuseumDb db, VisitorSecrets secrets, TimeProvider clock, Command c,
        VisitChannel channel = VisitChannel.Individual, string actor = "", CancellationToken ct = default, bool oneStatement = true)
    {
        var settings = await VisitorSettingsStore.GetAsync(db, ct);
        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var date = c.Date!.Value;
        var visitors = c.Visitors!;
        var walkIn = channel == VisitChannel.WalkIn;

        if (!walkIn && visitors.Count > settings.MaxVisitorsPerBooking)
            return Refusal.OnField("visitors", $"每次最多预约 {settings.MaxVisitorsPerBooking} 人。", $"At most {settings.MaxVisitorsPerBooking} visitors per booking.");

        var day = (await VisitorCache.CalendarAsync(db, ct)).Day(date);
        if (DayRefusal(day, today, settings, walkIn) is { } closed) return closed;
        // Sold out a moment ago on this instance: refused without encrypting the IDs or asking the database.
        if (SoldOutHints.SoldOut(c.SlotId!.Value, date, visitors.Count, now) is { } left) return SoldOut(left);
        if (oneStatement && BookInOneStatement.Applies(db))
            return await BookInOneStatement.HandleAsync(db, settings, NewReservation(secrets, clock, c, channel, actor), clock, ct);
        if (oneStatement && BookOnSqlite.Applies(db)
            && await BookOnSqlite.HandleAsync(db, settings, NewReservation(secrets, clock, c, channel, actor), clock, ct) is { } onWriter)
            return onWriter; // null: the day's slots are not made yet, which the EF path below does
        // One connection for the reads and the write (each open of a pooled SQLite connection re-runs its PRAGMAs).
        await db.Database.OpenConnectionAsync(ct);
        var slot = (await Slots.EnsureAsync(db, day, ct)).FirstOrDefault(s => s.Id == c.SlotId);
        if (slot is null) return Refusal.OnField("slotId", "该日没有这个时段。", "No such time slot on that day.");
        if (IsOver(date, slot.End, now)) return Refusal.OnField("slotId", "该时段已结束。", "That time slot is over.");

        // Sold out a moment ago is sold out now (places come back only by cancellation): answer without a transaction.
        if (slot.Remaining < visitors.Count)
        {
            SoldOutHints.Saw(slot.Id, date, slot.End, slot.Remaining);
            return SoldOut(slot.Remaining);
        }

        var reservation = NewReservation(secrets, clock, c, channel, actor);
        var hashes = reservation.Tickets.Select(t => t.IdHash).ToList();
        // The IDs' tickets that matter, in one read: live ones that day (one booking per ID) and no-shows in the bar's window.
        var since = today.AddDays(-settings.NoShowWindowDays);
        var seen = await db.Set<Ticket>().AsNoTracking()
            .Where(t => hashes.Contains(t.IdHash) && ((t.Date == date && t.Status != TicketStatus.Cancelled)
                || (t.Status == TicketStatus.Valid && t.Date >= since && t.Date < today)))
            .Select(t => new SeenTicket(t.IdHash, t.Date, t.Status)).ToListAsync(ct);
        if (!walkIn && Barred(settings, hashes, seen.Where(t => t.Status == TicketStatus.Valid && t.Date >= since && t.Date < today), today) is { } barred)
            return barred;
        if (seen.FirstOrDefault(t => t.Date == date && t.Status != TicketStatus.Cancelled) is { } taken) return AlreadyBooked(hashes.IndexOf(taken.IdHash));

        // Insert first, take the place last: the slot's row is locked only from the conditional UPDATE to COMMIT, so
        // bookings of one slot do not queue behind each other's inserts. Sold out at the UPDATE rolls the inserts back.
        // On SQLite the transaction runs on the file's writer thread (WriteGate), nothing else in it.
        var written = await WriteGate.RunAsync(db, async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Add(reservation);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same ID was booked for the day between our check and our insert (the unique index): nothing taken.
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Written.AlreadyBooked;
            }
            if (!await Slots.TakeAsync(db, slot.Id, visitors.Count, ct))
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Written.SoldOut;
            }
            await tx.CommitAsync(ct);
            return Written.Booked;
        }, ct);
        if (written == Written.AlreadyBooked) return AlreadyBooked(0);
        if (written == Written.SoldOut)
        {
            var fresh = await db.Set<TimeSlot>().AsNoTracking().FirstAsync(s => s.Id == slot.Id, ct);
            SoldOutHints.Saw(slot.Id, date, slot.End, fresh.Remaining);
            return SoldOut(fresh.Remaining);
        }
        // Again after the commit: a published copy read between the UPDATE and the COMMIT would miss this booking.
        VisitorCache.Changed(db.User.MuseumId);
        slot.Booked += visitors.Count;
        SoldOutHints.Saw(slot.Id, date, slot.End, slot.Remaining);
        return new Booked(reservation, slot);
    }

    /// <summary>The booking as it will be stored (not yet tracked): a code, and a ticket per visitor with the ID masked, encrypted and hashed.</summary>
    private static Reservation NewReservation(VisitorSecrets secrets, TimeProvider clock, Command c, VisitChannel channel, string actor)
    {
        var walkIn = channel == VisitChannel.WalkIn;
        var admittedAt = walkIn ? clock.GetUtcNow().UtcDateTime : (DateTime?)null;
        return new Reservation
        {
            Code = NewCode(), Date = c.Date!.Value, TimeSlotId = c.SlotId!.Value, Channel = channel, Phone = c.Phone!.Trim(),
            Tickets = [.. c.Visitors!.Select((v, i) => new Ticket
            {
                Seat = i + 1, TimeSlotId = c.SlotId!.Value, Date = c.Date!.Value, Channel = channel,
                Name = v.Name!.Trim(), IdType = v.IdType!.Value,
                IdMasked = IdDocuments.Mask(v.IdNumber!), IdProtected = secrets.Protect(IdDocuments.Normalize(v.IdNumber)),
                IdHash = secrets.Hash(v.IdType!.Value, v.IdNumber!),
                Status = walkIn ? TicketStatus.Admitted : TicketStatus.Valid, AdmittedAt = admittedAt, AdmittedBy = walkIn ? actor : "",
            })],
        };
    }

    /// <summary>
    /// Whether a day takes bookings at all: not past, within the booking window, open (walk-ins: today only). The
    /// published opening information marks days and slots bookable with this same rule, so the page never offers what
    /// the booking would refuse.
    /// </summary>
    public static Refusal? DayRefusal(DayPlan day, DateOnly today, VisitorSettings settings, bool walkIn = false)
    {
        if (walkIn && day.Date != today) return Refusal.OnField("date", "现场登记只能登记当天。", "Walk-ins are for today only.");
        if (day.Date < today) return Refusal.OnField("date", "不能预约已过去的日期。", "That date has passed.");
        if (day.Date > today.AddDays(settings.BookingDaysAhead))
            return Refusal.OnField("date", $"只能预约未来 {settings.BookingDaysAhead} 天内的参观。", $"Bookings open {settings.BookingDaysAhead} days ahead.");
        if (!day.IsOpen) return Refusal.OnField("date", $"该日闭馆：{day.Reason}", $"The museum is closed that day: {day.Reason}");
        return null;
    }

    /// <summary>A slot of today that has ended takes no more bookings.</summary>
    public static bool IsOver(DateOnly date, TimeOnly end, DateTime now) => date == DateOnly.FromDateTime(now) && end <= TimeOnly.FromDateTime(now);

    /// <summary>A slot a visitor can book now: its day takes bookings, places are left and it has not ended.</summary>
    public static bool IsBookable(DayPlan day, TimeSlot slot, DateTime now, VisitorSettings settings) =>
        DayRefusal(day, DateOnly.FromDateTime(now), settings) is null && slot.Remaining > 0 && !IsOver(day.Date, slot.End, now);

    private sealed record SeenTicket(string IdHash, DateOnly Date, TicketStatus Status);

    /// <summary>爽约: too many tickets left unused in the window bar the ID for a while after the last one.</summary>
    private static Refusal? Barred(VisitorSettings settings, List<string> hashes, IEnumerable<SeenTicket> noShowTickets, DateOnly today)
    {
        var noShows = noShowTickets.GroupBy(t => t.IdHash).Select(g => new { Hash = g.Key, Count = g.Count(), Last = g.Max(t => t.Date) })
            .OrderBy(n => hashes.IndexOf(n.Hash));
        foreach (var n in noShows.Where(n => n.Count >= settings.NoShowLimit))
        {
            var until = n.Last.AddDays(settings.NoShowBarDays);
            if (until >= today) return Barred(settings, hashes.IndexOf(n.Hash), n.Count, n.Last);
        }
        return null;
    }

    public static Refusal Barred(VisitorSettings settings, int index, int noShows, DateOnly last)
    {
        var until = last.AddDays(settings.NoShowBarDays);
        return Refusal.OnField($"visitors[{index}].idNumber",
            $"该证件 {settings.NoShowWindowDays} 天内爽约 {noShows} 次，{until:yyyy-MM-dd} 前不能预约。",
            $"This ID missed {noShows} visits in {settings.NoShowWindowDays} days and may not book until {until:yyyy-MM-dd}.");
    }

    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>A 10-character booking code without look-alike characters (no 0/O, 1/I/L).</summary>
    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, 10);

    public static IRuleBuilderOptions<T, string?> VisitorName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage(_ => L("必填。", "Required."))
            .MaximumLength(30).WithMessage(_ => L("姓名不能超过 30 个字符。", "A name has at most 30 characters."))
            .Matches(@"^[\p{L}\p{M}][\p{L}\p{M}·• .'\-]*$")
            .WithMessage(_ => L("姓名只能包含文字、空格和 · - '。", "A name may contain only letters, spaces and · - '."));
}
