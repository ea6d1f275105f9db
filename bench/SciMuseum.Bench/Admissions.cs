using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Bench;

/// <summary>
/// Bulk-loads a year of admitted tickets past the ORM, as <see cref="Ledger"/> does the expenditures: an opening rule
/// open every day with three slots (through EF), the year's 3 × 365 time slots (EF), then one reservation per five
/// tickets and the tickets themselves, all <c>Admitted</c>, spread evenly over the slots (binary COPY on PostgreSQL,
/// prepared INSERTs in one transaction on SQLite). Tickets carry no ID hash (as group members without a list), so the
/// one-booking-per-ID index, which filters them out, stays empty.
/// </summary>
internal static class Admissions
{
    private static readonly (TimeOnly Start, TimeOnly End)[] Slots = [(new(9, 0), new(11, 30)), (new(11, 30), new(14, 0)), (new(14, 0), new(16, 30))];
    private const int TicketsPerReservation = 5;

    private sealed record SlotPlan(Guid Id, DateOnly Date, TimeOnly Start, int Tickets);

    public static async Task LoadAsync(MuseumDb db, Guid museum, int year, int admissions)
    {
        db.User.AsSystem();
        var first = new DateOnly(year, 1, 1);
        var days = first.AddYears(1).DayNumber - first.DayNumber;
        var slotCount = days * Slots.Length;
        var capacity = Math.Max(1_000, admissions / slotCount + 1);
        db.Set<OpeningRule>().Add(new OpeningRule
        {
            MuseumId = museum, EffectiveFrom = first, DailyCap = capacity * Slots.Length,
            OpenWeekdays = OpeningRule.Weekdays(Enum.GetValues<DayOfWeek>()),
            Slots = [.. Slots.Select(s => new OpeningRuleSlot { Start = s.Start, End = s.End, Capacity = capacity })],
        });
        var plan = new List<SlotPlan>();
        for (var k = 0; k < slotCount; k++)
        {
            var (start, end) = Slots[k % Slots.Length];
            var n = admissions / slotCount + (k < admissions % slotCount ? 1 : 0);
            var slot = new TimeSlot { MuseumId = museum, Date = first.AddDays(k / Slots.Length), Start = start, End = end, Capacity = capacity, Booked = n };
            db.Set<TimeSlot>().Add(slot);
            plan.Add(new SlotPlan(slot.Id, slot.Date, start, n));
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var reservationIds = new Guid[plan.Sum(p => (p.Tickets + TicketsPerReservation - 1) / TicketsPerReservation)];
        for (var i = 0; i < reservationIds.Length; i++) reservationIds[i] = Guid.CreateVersion7();
        var reservations = Reservations(plan, reservationIds);
        var tickets = Tickets(plan, reservationIds);
        if (db.Database.IsNpgsql())
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await CopyAsync(connection, museum, reservations, tickets);
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"Reservation\"; ANALYZE \"Ticket\"; ANALYZE \"TimeSlot\"");
        }
        else await InsertAsync(db.Database.GetDbConnection(), museum, reservations, tickets);
    }

    private static IEnumerable<(Guid Id, string Code, DateOnly Date, Guid Slot)> Reservations(List<SlotPlan> plan, Guid[] ids)
    {
        var r = 0;
        foreach (var p in plan)
            for (var i = 0; i < p.Tickets; i += TicketsPerReservation, r++)
                yield return (ids[r], $"B{r:D9}", p.Date, p.Id);
    }

    private static IEnumerable<(Guid Reservation, int Seat, DateOnly Date, Guid Slot, DateTime AdmittedAt)> Tickets(List<SlotPlan> plan, Guid[] ids)
    {
        var r = 0;
        foreach (var p in plan)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(p.Date.ToDateTime(p.Start), MuseumClock.Zone);
            for (var i = 0; i < p.Tickets; i++)
            {
                // Stay inside the slot (museum time): admitted within its first two hours, a few seconds apart.
                var at = start.AddSeconds(i * 7 % 7_200);
                yield return (ids[r + i / TicketsPerReservation], i % TicketsPerReservation + 1, p.Date, p.Id, at);
            }
            r += (p.Tickets + TicketsPerReservation - 1) / TicketsPerReservation;
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, Guid museum,
        IEnumerable<(Guid Id, string Code, DateOnly Date, Guid Slot)> reservations,
        IEnumerable<(Guid Reservation, int Seat, DateOnly Date, Guid Slot, DateTime AdmittedAt)> tickets)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var now = DateTime.UtcNow;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"Reservation\" (\"Id\", \"MuseumId\", \"Code\", \"Date\", \"TimeSlotId\", \"Channel\", \"Status\", \"Phone\", \"CancelledBy\", "
            + "\"CreatedAt\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in reservations)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(museum, NpgsqlDbType.Uuid);
                await copy.WriteAsync(r.Code, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Date, NpgsqlDbType.Date);
                await copy.WriteAsync(r.Slot, NpgsqlDbType.Uuid);
                await copy.WriteAsync("Individual", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Confirmed", NpgsqlDbType.Varchar);
                await copy.WriteAsync("13800000000", NpgsqlDbType.Varchar);
                await copy.WriteAsync("", NpgsqlDbType.Varchar);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"Ticket\" (\"Id\", \"MuseumId\", \"ReservationId\", \"Seat\", \"TimeSlotId\", \"Date\", \"Channel\", \"Name\", \"IdType\", \"IdMasked\", "
            + "\"IdProtected\", \"IdHash\", \"Status\", \"AdmittedAt\", \"AdmittedBy\", \"CreatedAt\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var t in tickets)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(museum, NpgsqlDbType.Uuid);
                await copy.WriteAsync(t.Reservation, NpgsqlDbType.Uuid);
                await copy.WriteAsync(t.Seat, NpgsqlDbType.Integer);
                await copy.WriteAsync(t.Slot, NpgsqlDbType.Uuid);
                await copy.WriteAsync(t.Date, NpgsqlDbType.Date);
                await copy.WriteAsync("Individual", NpgsqlDbType.Varchar);
                await copy.WriteAsync("观众", NpgsqlDbType.Varchar);
                await copy.WriteAsync("ResidentId", NpgsqlDbType.Varchar);
                await copy.WriteAsync("110***********1234", NpgsqlDbType.Varchar);
                await copy.WriteAsync("", NpgsqlDbType.Varchar);
                await copy.WriteAsync("", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Admitted", NpgsqlDbType.Varchar);
                await copy.WriteAsync(t.AdmittedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("gate", NpgsqlDbType.Varchar);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
    }

    // SQLite keeps EF's stored forms: upper-case GUID text, ISO dates, DateTime as "yyyy-MM-dd HH:mm:ss.FFFFFFF", enums by name.
    private static async Task InsertAsync(DbConnection connection, Guid museum,
        IEnumerable<(Guid Id, string Code, DateOnly Date, Guid Slot)> reservations,
        IEnumerable<(Guid Reservation, int Seat, DateOnly Date, Guid Slot, DateTime AdmittedAt)> tickets)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        static string Text(Guid g) => g.ToString().ToUpperInvariant();
        static string Stamp(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF");
        var now = Stamp(DateTime.UtcNow);
        var museumText = Text(museum);
        await using var tx = await connection.BeginTransactionAsync();

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO \"Reservation\" (\"Id\", \"MuseumId\", \"Code\", \"Date\", \"TimeSlotId\", \"Channel\", \"Status\", \"Phone\", "
                + "\"CancelledBy\", \"CreatedAt\", \"UpdatedAt\") VALUES ($id, $museum, $code, $date, $slot, 'Individual', 'Confirmed', '13800000000', '', $now, $now)";
            var id = Parameter(insert, "$id");
            var code = Parameter(insert, "$code");
            var date = Parameter(insert, "$date");
            var slot = Parameter(insert, "$slot");
            Parameter(insert, "$museum").Value = museumText;
            Parameter(insert, "$now").Value = now;
            await insert.PrepareAsync();
            foreach (var r in reservations)
            {
                id.Value = Text(r.Id);
                code.Value = r.Code;
                date.Value = r.Date.ToString("yyyy-MM-dd");
                slot.Value = Text(r.Slot);
                await insert.ExecuteNonQueryAsync();
            }
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO \"Ticket\" (\"Id\", \"MuseumId\", \"ReservationId\", \"Seat\", \"TimeSlotId\", \"Date\", \"Channel\", \"Name\", "
                + "\"IdType\", \"IdMasked\", \"IdProtected\", \"IdHash\", \"Status\", \"AdmittedAt\", \"AdmittedBy\", \"CreatedAt\", \"UpdatedAt\") "
                + "VALUES ($id, $museum, $reservation, $seat, $slot, $date, 'Individual', '观众', 'ResidentId', '110***********1234', '', '', "
                + "'Admitted', $admittedAt, 'gate', $now, $now)";
            var id = Parameter(insert, "$id");
            var reservation = Parameter(insert, "$reservation");
            var seat = Parameter(insert, "$seat");
            var slot = Parameter(insert, "$slot");
            var date = Parameter(insert, "$date");
            var admittedAt = Parameter(insert, "$admittedAt");
            Parameter(insert, "$museum").Value = museumText;
            Parameter(insert, "$now").Value = now;
            await insert.PrepareAsync();
            foreach (var t in tickets)
            {
                id.Value = Text(Guid.CreateVersion7());
                reservation.Value = Text(t.Reservation);
                seat.Value = t.Seat;
                slot.Value = Text(t.Slot);
                date.Value = t.Date.ToString("yyyy-MM-dd");
                admittedAt.Value = Stamp(t.AdmittedAt);
                await insert.ExecuteNonQueryAsync();
            }
        }
        await tx.CommitAsync();
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }

    /// <summary>The day-by-channel count of admitted tickets that the visitor statistics make, straight in SQL.</summary>
    public static async Task<int> RawDailyAsync(MuseumDb db, Guid museum, int year)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var isPg = db.Database.IsNpgsql();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Date\", \"Channel\", COUNT(*) FROM \"Ticket\" WHERE \"MuseumId\" = @m AND \"Date\" >= @from AND \"Date\" <= @to "
            + "AND \"Status\" = 'Admitted' GROUP BY \"Date\", \"Channel\"";
        Add(command, "@m", isPg ? museum : museum.ToString().ToUpperInvariant());
        Add(command, "@from", isPg ? new DateOnly(year, 1, 1) : $"{year}-01-01");
        Add(command, "@to", isPg ? new DateOnly(year, 12, 31) : $"{year}-12-31");
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) total += reader.GetInt32(2);
        return total;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
