using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// A booking on PostgreSQL in one round trip: one statement (data-modifying CTEs, run in its own implicit transaction)
/// reads the slot, looks for the IDs' live tickets that day and their recent no-shows, takes the places by the
/// conditional UPDATE only when neither is found, and inserts the reservation and its tickets only when the places were
/// taken. The slot's row is locked from that UPDATE to the statement's commit, nothing longer. Another booking of the
/// same ID committed after our snapshot is still stopped by the unique index (the statement fails whole: nothing
/// taken). Tickets and bookings are <see cref="ISelfAudited"/>, so the EF path writes no audit rows for them either;
/// the stamps and the museum the audit interceptor would set are set here. The outcomes are those of the EF path, in
/// the same order: no such slot, slot over, sold out, barred, already booked, sold out at the UPDATE.
/// </summary>
public static class BookInOneStatement
{
    public static bool Applies(MuseumDb db) =>
        db.Provider == "Npgsql.EntityFrameworkCore.PostgreSQL" && db.User.MuseumId is not null;

    private sealed class Outcome
    {
        public TimeOnly? Start { get; init; }
        public TimeOnly? End { get; init; }
        public int? Capacity { get; init; }
        public int? SeenBooked { get; init; }
        public DateTime? SlotCreatedAt { get; init; }
        public DateTime? SlotUpdatedAt { get; init; }
        public int? Booked { get; init; }
        public int Tickets { get; init; }
        public string? Duplicate { get; init; }
        public string? BarredHash { get; init; }
        public int? BarredCount { get; init; }
        public DateOnly? BarredLast { get; init; }
    }

    public static async Task<Result<BookVisit.Booked>> HandleAsync(MuseumDb db, VisitorSettings settings, Reservation r, TimeProvider clock,
        CancellationToken ct = default)
    {
        var museum = db.User.MuseumId!.Value;
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var now = MuseumClock.ToLocal(nowUtc);
        var today = DateOnly.FromDateTime(now);
        var time = TimeOnly.FromDateTime(now);
        var (slotId, date, n) = (r.TimeSlotId, r.Date, r.Tickets.Count);
        var tickets = r.Tickets;
        var hashes = tickets.Select(t => t.IdHash).ToArray();
        var checkBar = r.Channel != VisitChannel.WalkIn;
        var first = tickets[0];
        r.MuseumId = museum;
        r.CreatedAt = r.UpdatedAt = nowUtc;
        foreach (var t in tickets)
        {
            t.MuseumId = museum;
            t.ReservationId = r.Id;
            t.CreatedAt = t.UpdatedAt = nowUtc;
        }

        Outcome o;
        try
        {
            o = (await db.Database.SqlQuery<Outcome>($"""
                WITH slot AS (
                    SELECT "Start", "End", "Capacity", "Booked", "CreatedAt", "UpdatedAt" FROM "TimeSlot"
                    WHERE "Id" = {slotId} AND "MuseumId" = {museum} AND "Date" = {date}),
                dup AS (
                    SELECT "IdHash" FROM "Ticket"
                    WHERE "MuseumId" = {museum} AND "Date" = {date} AND "Status" <> 'Cancelled' AND "IdHash" <> ''
                      AND "IdHash" = ANY({hashes}) LIMIT 1),
                bar AS (
                    SELECT "IdHash", count(*)::int AS "Count", max("Date") AS "Last" FROM "Ticket"
                    WHERE {checkBar} AND "MuseumId" = {museum} AND "IdHash" = ANY({hashes}) AND "Status" = 'Valid'
                      AND "Date" >= {today.AddDays(-settings.NoShowWindowDays)} AND "Date" < {today}
                    GROUP BY "IdHash"
                    HAVING count(*) >= {settings.NoShowLimit} AND max("Date") + {settings.NoShowBarDays} >= {today} LIMIT 1),
                take AS (
                    UPDATE "TimeSlot" SET "Booked" = "Booked" + {n}
                    WHERE "Id" = {slotId} AND "MuseumId" = {museum} AND "Date" = {date} AND "Booked" + {n} <= "Capacity"
                      AND ("Date" <> {today} OR "End" > {time})
                      AND NOT EXISTS (SELECT FROM dup) AND NOT EXISTS (SELECT FROM bar)
                    RETURNING "Booked"),
                res AS (
                    INSERT INTO "Reservation" ("Id", "MuseumId", "Code", "Date", "TimeSlotId", "Channel", "Status", "Phone",
                        "GroupVisitId", "CancelledAt", "CancelledBy", "AnonymisedAt", "CreatedAt", "UpdatedAt")
                    SELECT {r.Id}, {museum}, {r.Code}, {date}, {slotId}, {r.Channel.ToString()}, {r.Status.ToString()}, {r.Phone},
                        NULL, NULL, {r.CancelledBy}, NULL, {nowUtc}, {nowUtc}
                    FROM take
                    RETURNING "Id"),
                tix AS (
                    INSERT INTO "Ticket" ("Id", "MuseumId", "ReservationId", "Seat", "TimeSlotId", "Date", "Channel", "Name", "IdType",
                        "IdMasked", "IdProtected", "IdHash", "Status", "AdmittedAt", "AdmittedBy", "CreatedAt", "UpdatedAt")
                    SELECT v.id, {museum}, res."Id", v.seat, {slotId}, {date}, {first.Channel.ToString()}, v.name, v.type,
                        v.masked, v.protected, v.hash, {first.Status.ToString()}, CAST({first.AdmittedAt} AS timestamptz), {first.AdmittedBy},
                        {nowUtc}, {nowUtc}
                    FROM res, unnest({tickets.Select(t => t.Id).ToArray()}, {tickets.Select(t => t.Seat).ToArray()},
                        {tickets.Select(t => t.Name).ToArray()}, {tickets.Select(t => t.IdType.ToString()).ToArray()},
                        {tickets.Select(t => t.IdMasked).ToArray()}, {tickets.Select(t => t.IdProtected).ToArray()}, {hashes})
                        AS v(id, seat, name, type, masked, protected, hash)
                    RETURNING 1)
                SELECT s."Start", s."End", s."Capacity", s."Booked" AS "SeenBooked", s."CreatedAt" AS "SlotCreatedAt",
                    s."UpdatedAt" AS "SlotUpdatedAt", (SELECT "Booked" FROM take) AS "Booked", (SELECT count(*)::int FROM tix) AS "Tickets",
                    (SELECT "IdHash" FROM dup) AS "Duplicate", b."IdHash" AS "BarredHash", b."Count" AS "BarredCount", b."Last" AS "BarredLast"
                FROM (SELECT 1) AS one LEFT JOIN slot AS s ON TRUE LEFT JOIN bar AS b ON TRUE
                """).ToListAsync(ct))[0];
        }
        catch (DbException e) when (e.SqlState == "23505")
        {
            // The same ID was booked for the day after our snapshot (the unique index): the statement failed whole.
            return BookVisit.AlreadyBooked(0);
        }

        if (o.Booked is { } booked)
        {
            if (o.Tickets != n) throw new InvalidOperationException($"A booking took {n} places but wrote {o.Tickets} tickets.");
            VisitorCache.Changed(museum);
            SoldOutHints.Saw(slotId, date, o.End!.Value, o.Capacity!.Value - booked);
            var slot = new TimeSlot
            {
                Id = slotId, MuseumId = museum, Date = date, Start = o.Start!.Value, End = o.End!.Value, Capacity = o.Capacity!.Value,
                Booked = booked, CreatedAt = o.SlotCreatedAt!.Value, UpdatedAt = o.SlotUpdatedAt!.Value,
            };
            return new BookVisit.Booked(r, slot);
        }
        if (o.Start is null) return Refusal.OnField("slotId", "该日没有这个时段。", "No such time slot on that day.");
        if (BookVisit.IsOver(date, o.End!.Value, now)) return Refusal.OnField("slotId", "该时段已结束。", "That time slot is over.");
        var remaining = Math.Max(0, o.Capacity!.Value - o.SeenBooked!.Value);
        if (remaining < n)
        {
            SoldOutHints.Saw(slotId, date, o.End.Value, remaining);
            return BookVisit.SoldOut(remaining);
        }
        if (o.BarredHash is { } barred) return BookVisit.Barred(settings, Array.IndexOf(hashes, barred), o.BarredCount!.Value, o.BarredLast!.Value);
        if (o.Duplicate is { } duplicate) return BookVisit.AlreadyBooked(Array.IndexOf(hashes, duplicate));
        // The last places went between our snapshot and the UPDATE: say what is left now, as the EF path does.
        var left = (await db.Set<TimeSlot>().AsNoTracking().FirstAsync(s => s.Id == slotId, ct)).Remaining;
        if (left < n) SoldOutHints.Saw(slotId, date, o.End.Value, left);
        return BookVisit.SoldOut(left);
    }
}
