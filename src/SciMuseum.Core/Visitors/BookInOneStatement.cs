using System.Data;
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
            // One prepared statement on a pooled connection of its own (PostgresCommand): PostgreSQL plans the CTEs once
            // per connection, and the app skips EF's raw-SQL pipeline (issue 19).
            await using var book = await PostgresCommand.OpenAsync(db, Statement, ct);
            book.Add(slotId).Add(museum).Add(date).Add(hashes).Add(checkBar).Add(today.AddDays(-settings.NoShowWindowDays)).Add(today)
                .Add(settings.NoShowLimit).Add(settings.NoShowBarDays).Add(n).Add(time)
                .Add(r.Id).Add(r.Code).Add(r.Channel.ToString()).Add(r.Status.ToString()).Add(r.Phone, DbType.String).Add(r.CancelledBy, DbType.String)
                .Add(nowUtc)
                .Add(tickets.Select(t => t.Id).ToArray()).Add(tickets.Select(t => t.Seat).ToArray()).Add(tickets.Select(t => t.Name).ToArray())
                .Add(tickets.Select(t => t.IdType.ToString()).ToArray()).Add(tickets.Select(t => t.IdMasked).ToArray())
                .Add(tickets.Select(t => t.IdProtected).ToArray())
                .Add(first.Channel.ToString()).Add(first.Status.ToString()).Add(first.AdmittedAt, DbType.DateTimeOffset).Add(first.AdmittedBy, DbType.String);
            await using var reader = await book.ReadAsync(ct);
            if (!await reader.ReadAsync(ct)) throw new InvalidOperationException("The booking statement returned no row.");
            T? Value<T>(int i) where T : struct => reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            o = new Outcome
            {
                Start = Value<TimeOnly>(0), End = Value<TimeOnly>(1), Capacity = Value<int>(2), SeenBooked = Value<int>(3),
                SlotCreatedAt = Value<DateTime>(4), SlotUpdatedAt = Value<DateTime>(5), Booked = Value<int>(6), Tickets = reader.GetInt32(7),
                Duplicate = Text(8), BarredHash = Text(9), BarredCount = Value<int>(10), BarredLast = Value<DateOnly>(11),
            };
            while (await reader.NextResultAsync(ct)) { } // to the statement's end (and its commit): any error surfaces here
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

    private const string Statement = """
        WITH slot AS (
            SELECT "Start", "End", "Capacity", "Booked", "CreatedAt", "UpdatedAt" FROM "TimeSlot"
            WHERE "Id" = $1 AND "MuseumId" = $2 AND "Date" = $3),
        dup AS (
            SELECT "IdHash" FROM "Ticket"
            WHERE "MuseumId" = $2 AND "Date" = $3 AND "CancelledAt" IS NULL AND "IdHash" <> ''
              AND "IdHash" = ANY($4) LIMIT 1),
        bar AS (
            SELECT "IdHash", count(*)::int AS "Count", max("Date") AS "Last" FROM "Ticket"
            WHERE $5 AND "MuseumId" = $2 AND "IdHash" = ANY($4) AND "Status" = 'Valid'
              AND "Date" >= $6 AND "Date" < $7
            GROUP BY "IdHash"
            HAVING count(*) >= $8 AND max("Date") + $9 >= $7 LIMIT 1),
        take AS (
            UPDATE "TimeSlot" SET "Booked" = "Booked" + $10
            WHERE "Id" = $1 AND "MuseumId" = $2 AND "Date" = $3 AND "Booked" + $10 <= "Capacity"
              AND ("Date" <> $7 OR "End" > $11)
              AND NOT EXISTS (SELECT FROM dup) AND NOT EXISTS (SELECT FROM bar)
            RETURNING "Booked"),
        res AS (
            INSERT INTO "Reservation" ("Id", "MuseumId", "Code", "Date", "TimeSlotId", "Channel", "Status", "Phone",
                "GroupVisitId", "CancelledAt", "CancelledBy", "AnonymisedAt", "CreatedAt", "UpdatedAt")
            SELECT $12, $2, $13, $3, $1, $14, $15, $16, NULL, NULL, $17, NULL, $18, $18
            FROM take
            RETURNING "Id"),
        tix AS (
            INSERT INTO "Ticket" ("Id", "MuseumId", "ReservationId", "Seat", "TimeSlotId", "Date", "Channel", "Name", "IdType",
                "IdMasked", "IdProtected", "IdHash", "Status", "AdmittedAt", "AdmittedBy", "CreatedAt", "UpdatedAt")
            SELECT v.id, $2, res."Id", v.seat, $1, $3, $25, v.name, v.type, v.masked, v.protected, v.hash, $26,
                CAST($27 AS timestamptz), $28, $18, $18
            FROM res, unnest($19, $20, $21, $22, $23, $24, $4) AS v(id, seat, name, type, masked, protected, hash)
            RETURNING 1)
        SELECT s."Start", s."End", s."Capacity", s."Booked" AS "SeenBooked", s."CreatedAt" AS "SlotCreatedAt",
            s."UpdatedAt" AS "SlotUpdatedAt", (SELECT "Booked" FROM take) AS "Booked", (SELECT count(*)::int FROM tix) AS "Tickets",
            (SELECT "IdHash" FROM dup) AS "Duplicate", b."IdHash" AS "BarredHash", b."Count" AS "BarredCount", b."Last" AS "BarredLast"
        FROM (SELECT 1) AS one LEFT JOIN slot AS s ON TRUE LEFT JOIN bar AS b ON TRUE
        """;
}
