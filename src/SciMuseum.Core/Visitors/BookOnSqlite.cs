using System.Data.Common;
using System.Globalization;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// A booking on SQLite without EF (issue 19): the IDs are encrypted and hashed on the request's thread, then the whole
/// booking runs as one <c>BEGIN IMMEDIATE</c> transaction on the file's writer thread (<see cref="WriteGate"/>) through
/// its own connection and commands prepared once: the slot, the IDs' tickets (one booking per ID, the no-show bar), the
/// inserts of the reservation and its tickets, the conditional UPDATE of the slot, COMMIT. One writer at a time, so what
/// it read is still true when it writes; the conditional UPDATE and the unique index stay the final guards (another
/// process may write the file). Rows and refusals are those of the EF path, in its order: no such slot, slot over, sold
/// out, barred, already booked. Bookings and tickets are <see cref="ISelfAudited"/> (no audit rows on either path).
/// </summary>
public static class BookOnSqlite
{
    public static bool Applies(MuseumDb db) => db.IsSqlite && db.User.MuseumId is not null;

    private const string SlotSql = """
        SELECT "Start", "End", "Capacity", "Booked", "CreatedAt", "UpdatedAt" FROM "TimeSlot" WHERE "Id" = $0 AND "MuseumId" = $1 AND "Date" = $2
        """;

    // One ID's tickets that matter: live ones that day (one booking per ID) and no-shows in the bar's window.
    private const string SeenSql = """
        SELECT "Date", "Status" FROM "Ticket" WHERE "MuseumId" = $0 AND "IdHash" = $1
          AND (("Date" = $2 AND "Status" <> 'Cancelled') OR ("Status" = 'Valid' AND "Date" >= $3 AND "Date" < $4))
        """;

    private const string ReservationSql = """
        INSERT INTO "Reservation" ("Id", "MuseumId", "Code", "Date", "TimeSlotId", "Channel", "Status", "Phone",
            "GroupVisitId", "CancelledAt", "CancelledBy", "AnonymisedAt", "CreatedAt", "UpdatedAt")
        VALUES ($0, $1, $2, $3, $4, $5, $6, $7, NULL, NULL, $8, NULL, $9, $9)
        """;

    private const string TicketSql = """
        INSERT INTO "Ticket" ("Id", "MuseumId", "ReservationId", "Seat", "TimeSlotId", "Date", "Channel", "Name", "IdType",
            "IdMasked", "IdProtected", "IdHash", "Status", "AdmittedAt", "AdmittedBy", "CreatedAt", "UpdatedAt")
        VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
        """;

    private const string TakeSql = """
        UPDATE "TimeSlot" SET "Booked" = "Booked" + $0 WHERE "Id" = $1 AND "Booked" + $0 <= "Capacity" RETURNING "Booked"
        """;

    private enum Kind { NoSlot, Over, SoldOut, Barred, AlreadyBooked, Booked }

    private sealed record Outcome(Kind Kind, TimeSlot? Slot = null, int Remaining = 0, int Index = 0, int NoShows = 0, DateOnly Last = default);

    /// <summary>
    /// Books or refuses; null when the day's slots are not made yet (or the slot is not that day's), which the EF path
    /// answers (it makes them from the day's rule).
    /// </summary>
    public static async Task<Result<BookVisit.Booked>?> HandleAsync(MuseumDb db, VisitorSettings settings, Reservation r, TimeProvider clock,
        CancellationToken ct = default)
    {
        var museum = db.User.MuseumId!.Value;
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var now = MuseumClock.ToLocal(nowUtc);
        var today = DateOnly.FromDateTime(now);
        r.MuseumId = museum;
        r.CreatedAt = r.UpdatedAt = nowUtc;
        foreach (var t in r.Tickets)
        {
            t.MuseumId = museum;
            t.ReservationId = r.Id;
            t.CreatedAt = t.UpdatedAt = nowUtc;
        }
        var o = await WriteGate.RunOnWriterConnectionAsync(db, w => Book(w, settings, r, now, today), ct);
        switch (o.Kind)
        {
            case Kind.NoSlot: return null;
            case Kind.Over: return Refusal.OnField("slotId", "该时段已结束。", "That time slot is over.");
            case Kind.SoldOut:
                SoldOutHints.Saw(r.TimeSlotId, r.Date, o.Slot!.End, o.Remaining);
                return BookVisit.SoldOut(o.Remaining);
            case Kind.Barred: return BookVisit.Barred(settings, o.Index, o.NoShows, o.Last);
            case Kind.AlreadyBooked: return BookVisit.AlreadyBooked(o.Index);
        }
        VisitorCache.Changed(museum);
        SoldOutHints.Saw(r.TimeSlotId, r.Date, o.Slot!.End, o.Slot.Remaining);
        return new BookVisit.Booked(r, o.Slot);
    }

    /// <summary>The booking's transaction, on the writer thread.</summary>
    private static Outcome Book(WriteGate.WriterConnection w, VisitorSettings settings, Reservation r, DateTime now, DateOnly today)
    {
        var n = r.Tickets.Count;
        var (museum, slotId, date) = (G(r.MuseumId), G(r.TimeSlotId), D(r.Date));
        DbTransaction? tx = null;
        try
        {
            tx = w.Open().BeginTransaction(); // BEGIN IMMEDIATE: the file's write lock from the first read
            var slot = ReadSlot(w, tx, r, museum, slotId, date);
            if (slot is null) return Done(tx, new Outcome(Kind.NoSlot));
            if (BookVisit.IsOver(r.Date, slot.End, now)) return Done(tx, new Outcome(Kind.Over));
            if (slot.Remaining < n) return Done(tx, new Outcome(Kind.SoldOut, slot, slot.Remaining));

            var seen = Cmd(w, tx, SeenSql, 5);
            Set(seen, museum, null, date, D(today.AddDays(-settings.NoShowWindowDays)), D(today)); // the ID hash ($1) per visitor below
            int? taken = null;
            for (var i = 0; i < n; i++)
            {
                seen.Parameters[1].Value = r.Tickets[i].IdHash;
                var (noShows, last) = (0, default(DateOnly));
                using (var reader = seen.ExecuteReader())
                    while (reader.Read())
                    {
                        var (day, status) = (DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetString(1));
                        if (day == r.Date && status != nameof(TicketStatus.Cancelled)) taken ??= i;
                        if (status == nameof(TicketStatus.Valid) && day < today) (noShows, last) = (noShows + 1, day > last ? day : last);
                    }
                if (r.Channel != VisitChannel.WalkIn && noShows >= settings.NoShowLimit && last.AddDays(settings.NoShowBarDays) >= today)
                    return Done(tx, new Outcome(Kind.Barred, Index: i, NoShows: noShows, Last: last));
            }
            if (taken is { } index) return Done(tx, new Outcome(Kind.AlreadyBooked, Index: index));

            var stamp = T(r.CreatedAt);
            Set(Cmd(w, tx, ReservationSql, 10), G(r.Id), museum, r.Code, date, slotId, r.Channel.ToString(), r.Status.ToString(), r.Phone,
                r.CancelledBy, stamp).ExecuteNonQuery();
            var insert = Cmd(w, tx, TicketSql, 16);
            foreach (var t in r.Tickets)
                Set(insert, G(t.Id), museum, G(r.Id), t.Seat, slotId, date, t.Channel.ToString(), t.Name, t.IdType.ToString(), t.IdMasked,
                    t.IdProtected, t.IdHash, t.Status.ToString(), t.AdmittedAt is { } a ? T(a) : DBNull.Value, t.AdmittedBy, stamp).ExecuteNonQuery();
            // The final guard: another process may have taken the places since our read.
            if (Set(Cmd(w, tx, TakeSql, 2), n, slotId).ExecuteScalar() is not long booked)
            {
                var fresh = ReadSlot(w, tx, r, museum, slotId, date)!;
                return Done(tx, new Outcome(Kind.SoldOut, fresh, fresh.Remaining));
            }
            tx.Commit();
            slot.Booked = (int)booked;
            return new Outcome(Kind.Booked, slot);
        }
        catch (DbException e) when (e.Message.Contains("UNIQUE constraint", StringComparison.Ordinal))
        {
            // SQLITE_CONSTRAINT: the same ID booked for the day by another process between our read and our insert.
            tx?.Rollback();
            return new Outcome(Kind.AlreadyBooked);
        }
        catch
        {
            try { tx?.Rollback(); } catch (DbException) { /* the connection is closed below */ }
            w.Close();
            throw;
        }
        finally
        {
            tx?.Dispose();
        }
    }

    private static Outcome Done(DbTransaction tx, Outcome o)
    {
        tx.Rollback(); // nothing was written: only releases the lock
        return o;
    }

    /// <summary>A prepared command of the writer's, in this transaction (Microsoft.Data.Sqlite wants it said).</summary>
    private static DbCommand Cmd(WriteGate.WriterConnection w, DbTransaction tx, string sql, int parameters)
    {
        var command = w.Command(sql, parameters);
        command.Transaction = tx;
        return command;
    }

    private static TimeSlot? ReadSlot(WriteGate.WriterConnection w, DbTransaction tx, Reservation r, string museum, string slotId, string date)
    {
        using var reader = Set(Cmd(w, tx, SlotSql, 3), slotId, museum, date).ExecuteReader();
        if (!reader.Read()) return null;
        return new TimeSlot
        {
            Id = r.TimeSlotId, MuseumId = r.MuseumId, Date = r.Date,
            Start = TimeOnly.Parse(reader.GetString(0), CultureInfo.InvariantCulture), End = TimeOnly.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
            Capacity = reader.GetInt32(2), Booked = reader.GetInt32(3),
            CreatedAt = DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc), UpdatedAt = DateTime.SpecifyKind(reader.GetDateTime(5), DateTimeKind.Utc),
        };
    }

    /// <summary>
    /// Sets every parameter of a reused command, a null as SQL NULL: a parameter left alone would keep the last booking's
    /// value.
    /// </summary>
    internal static DbCommand Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    private static string G(Guid g) => SqliteText.Of(g);
    private static string D(DateOnly d) => SqliteText.Of(d);
    private static string T(DateTime t) => SqliteText.Of(t);
}
