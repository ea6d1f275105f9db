using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

public sealed record ChannelCounts(int Admitted, int Individual, int Group, int WalkIn);
public sealed record MonthFigures(int Month, int Admitted, int OpenDays, int Individual, int Group, int WalkIn);
public sealed record SlotFigures(string Slot, int Admitted);
/// <param name="Imported">The day's figures are imported past counts (<see cref="PastVisitorCount"/>), not tickets.</param>
public sealed record DayFigures(DateOnly Date, bool IsOpen, string Reason, int Cap, int Booked, int Admitted, int Individual, int Group, int WalkIn,
    bool Imported = false);

/// <summary>
/// A period's visitor figures, counted from admission records, imported past counts and the calendar. <see cref="OpenDays"/> are
/// the days opened up to today; <see cref="PlannedOpenDays"/> the calendar's open days still to come.
/// <see cref="ImportedDays"/> and <see cref="ImportedVisitors"/> say how much of it is imported.
/// </summary>
public sealed record PeriodStatistics(
    DateOnly From, DateOnly To, int Admitted, int OpenDays, int Individual, int Group, int WalkIn,
    int Booked, int NoShows, decimal NoShowRate, decimal AveragePerOpenDay, int BusiestDayAdmitted, DateOnly? BusiestDay,
    List<MonthFigures> Months, List<SlotFigures> Slots, int PlannedOpenDays, int ImportedDays, int ImportedVisitors);

/// <summary>
/// 观众统计: visitors admitted per day, month and year, by slot and channel, no-shows, and open days from the
/// calendar. The report's "93,812 visitors on 154 open days" is <see cref="ForPeriodAsync"/> over 2020. Days before the museum
/// used SciMuseum come from imported past counts: such a day counts as opened, whatever the calendar says.
/// </summary>
public sealed class VisitorStatistics(MuseumDb db, TimeProvider clock)
{
    public Task<PeriodStatistics> ForYearAsync(int year, CancellationToken ct = default) =>
        ForPeriodAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);

    public async Task<PeriodStatistics> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var counts = await CountsAsync(from, to, ct);
        var days = await DailyAsync(from, to, counts, ct);
        var today = MuseumClock.Today(clock);
        var past = counts.Where(c => c.Date < today).ToList();
        var noShows = past.Where(c => c.Status == TicketStatus.Valid).Sum(c => c.Count);
        var pastBooked = past.Where(c => c.Status != TicketStatus.Cancelled && c.Channel != VisitChannel.WalkIn).Sum(c => c.Count);
        var slotTimes = await db.Set<TimeSlot>().AsNoTracking().Where(s => s.Date >= from && s.Date <= to)
            .Select(s => new { s.Id, s.Start, s.End }).ToListAsync(ct);
        var bySlot = counts.Where(c => c.Status == TicketStatus.Admitted)
            .Join(slotTimes, c => c.TimeSlotId, s => s.Id, (c, s) => (s.Start, s.End, c.Count))
            .GroupBy(x => (x.Start, x.End)).OrderBy(g => g.Key.Start)
            .Select(g => new SlotFigures($"{g.Key.Start:HH\\:mm}–{g.Key.End:HH\\:mm}", g.Sum(x => x.Count))).ToList();
        // Only days up to today have been opened; the calendar's later open days are planned.
        var opened = days.Where(d => d.IsOpen && d.Date <= today).ToList();
        var months = days.GroupBy(d => (d.Date.Year, d.Date.Month)).Select(g => new MonthFigures(
            g.Key.Month, g.Sum(d => d.Admitted), g.Count(d => d.IsOpen && d.Date <= today), g.Sum(d => d.Individual), g.Sum(d => d.Group), g.Sum(d => d.WalkIn))).ToList();
        var admitted = days.Sum(d => d.Admitted);
        var openDays = opened.Count;
        var busiest = days.MaxBy(d => d.Admitted);
        var imported = days.Where(d => d.Imported).ToList();
        return new PeriodStatistics(from, to, admitted, openDays, days.Sum(d => d.Individual), days.Sum(d => d.Group), days.Sum(d => d.WalkIn),
            pastBooked, noShows, pastBooked == 0 ? 0 : Money.Round(100m * noShows / pastBooked),
            openDays == 0 ? 0 : Money.Round((decimal)admitted / openDays), busiest?.Admitted ?? 0, busiest is { Admitted: > 0 } ? busiest.Date : null,
            months, bySlot, days.Count(d => d.IsOpen && d.Date > today), imported.Count, imported.Sum(d => d.Admitted));
    }

    /// <summary>What a figure built on these statistics must say about them: imported days, and open days still planned (empty when neither).</summary>
    public static string Provenance(PeriodStatistics s) =>
        (s.ImportedDays > 0 ? $"（含导入的历史数据 {s.ImportedDays} 天 / {s.ImportedVisitors:N0} 人次）" : "")
        + (s.PlannedOpenDays > 0 ? $"（另计划开放 {s.PlannedOpenDays} 天）" : "");

    /// <summary>Every day of the period: open or not (and why), cap, places taken, admitted by channel.</summary>
    public async Task<List<DayFigures>> DailyAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        await DailyAsync(from, to, await CountsAsync(from, to, ct), ct);

    /// <summary>The period's tickets counted by day, status, channel and slot in one pass (SQLite: over a covering index), every figure comes from it.</summary>
    private Task<List<TicketCount>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Set<Ticket>().AsNoTracking().Where(t => t.Date >= from && t.Date <= to)
            .GroupBy(t => new { t.Date, t.Status, t.Channel, t.TimeSlotId })
            .Select(g => new TicketCount(g.Key.Date, g.Key.Status, g.Key.Channel, g.Key.TimeSlotId, g.Count()))
            .ToListAsync(ct);

    private sealed record TicketCount(DateOnly Date, TicketStatus Status, VisitChannel Channel, Guid TimeSlotId, int Count);

    private async Task<List<DayFigures>> DailyAsync(DateOnly from, DateOnly to, List<TicketCount> counts, CancellationToken ct)
    {
        var calendar = await OpeningCalendar.LoadAsync(db, ct);
        var booked = await db.Set<TimeSlot>().AsNoTracking().Where(s => s.Date >= from && s.Date <= to)
            .GroupBy(s => s.Date).Select(g => new { Date = g.Key, Booked = g.Sum(s => s.Booked) })
            .ToDictionaryAsync(x => x.Date, x => x.Booked, ct);
        var byDay = counts.Where(c => c.Status == TicketStatus.Admitted).ToLookup(c => c.Date);
        var past = (await db.Set<PastVisitorCount>().AsNoTracking().Where(p => p.Date >= from && p.Date <= to)
            .GroupBy(p => new { p.Date, p.Channel }).Select(g => new { g.Key.Date, g.Key.Channel, Count = g.Sum(p => p.Count) }).ToListAsync(ct))
            .ToLookup(p => p.Date);
        return [.. calendar.Days(from, to).Select(d =>
        {
            if (past[d.Date].Any())
            {
                int Past(VisitChannel c) => past[d.Date].Where(x => x.Channel == c).Sum(x => x.Count);
                var (pi, pg, pw) = (Past(VisitChannel.Individual), Past(VisitChannel.Group), Past(VisitChannel.WalkIn));
                return new DayFigures(d.Date, true, "导入的历史数据", 0, 0, pi + pg + pw, pi, pg, pw, Imported: true);
            }
            int Of(VisitChannel c) => byDay[d.Date].Where(x => x.Channel == c).Sum(x => x.Count);
            var (i, g, w) = (Of(VisitChannel.Individual), Of(VisitChannel.Group), Of(VisitChannel.WalkIn));
            return new DayFigures(d.Date, d.IsOpen, d.Reason, d.IsOpen ? d.Rule?.DailyCap ?? 0 : 0, booked.GetValueOrDefault(d.Date), i + g + w, i, g, w);
        })];
    }
}
