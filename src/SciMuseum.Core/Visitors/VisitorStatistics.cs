using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

public sealed record ChannelCounts(int Admitted, int Individual, int Group, int WalkIn);
public sealed record MonthFigures(int Month, int Admitted, int OpenDays, int Individual, int Group, int WalkIn);
public sealed record SlotFigures(string Slot, int Admitted);
public sealed record DayFigures(DateOnly Date, bool IsOpen, string Reason, int Cap, int Booked, int Admitted, int Individual, int Group, int WalkIn);

/// <summary>A period's visitor figures, all counted from admission records and the calendar.</summary>
public sealed record PeriodStatistics(
    DateOnly From, DateOnly To, int Admitted, int OpenDays, int Individual, int Group, int WalkIn,
    int Booked, int NoShows, decimal NoShowRate, decimal AveragePerOpenDay, int BusiestDayAdmitted, DateOnly? BusiestDay,
    List<MonthFigures> Months, List<SlotFigures> Slots);

/// <summary>
/// 观众统计: visitors admitted per day, month and year, by slot and channel, no-shows, and open days from the
/// calendar. The report's "93,812 visitors on 154 open days" is <see cref="ForPeriodAsync"/> over 2020.
/// </summary>
public sealed class VisitorStatistics(MuseumDb db, TimeProvider clock)
{
    public Task<PeriodStatistics> ForYearAsync(int year, CancellationToken ct = default) =>
        ForPeriodAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);

    public async Task<PeriodStatistics> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var days = await DailyAsync(from, to, ct);
        var today = MuseumClock.Today(clock);
        var noShows = await db.Set<Ticket>().AsNoTracking()
            .CountAsync(t => t.Date >= from && t.Date <= to && t.Date < today && t.Status == TicketStatus.Valid, ct);
        var pastBooked = await db.Set<Ticket>().AsNoTracking()
            .CountAsync(t => t.Date >= from && t.Date <= to && t.Date < today && t.Status != TicketStatus.Cancelled && t.Channel != VisitChannel.WalkIn, ct);
        var bySlot = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.Date >= from && t.Date <= to && t.Status == TicketStatus.Admitted)
            .Join(db.Set<TimeSlot>(), t => t.TimeSlotId, s => s.Id, (t, s) => new { s.Start, s.End })
            .GroupBy(x => new { x.Start, x.End }).Select(g => new { g.Key.Start, g.Key.End, Count = g.Count() })
            .ToListAsync(ct);
        var months = days.GroupBy(d => (d.Date.Year, d.Date.Month)).Select(g => new MonthFigures(
            g.Key.Month, g.Sum(d => d.Admitted), g.Count(d => d.IsOpen), g.Sum(d => d.Individual), g.Sum(d => d.Group), g.Sum(d => d.WalkIn))).ToList();
        var admitted = days.Sum(d => d.Admitted);
        var openDays = days.Count(d => d.IsOpen);
        var busiest = days.MaxBy(d => d.Admitted);
        return new PeriodStatistics(from, to, admitted, openDays, days.Sum(d => d.Individual), days.Sum(d => d.Group), days.Sum(d => d.WalkIn),
            pastBooked, noShows, pastBooked == 0 ? 0 : Money.Round(100m * noShows / pastBooked),
            openDays == 0 ? 0 : Money.Round((decimal)admitted / openDays), busiest?.Admitted ?? 0, busiest is { Admitted: > 0 } ? busiest.Date : null,
            months,
            [.. bySlot.OrderBy(s => s.Start).Select(s => new SlotFigures($"{s.Start:HH\\:mm}–{s.End:HH\\:mm}", s.Count))]);
    }

    /// <summary>Every day of the period: open or not (and why), cap, places taken, admitted by channel.</summary>
    public async Task<List<DayFigures>> DailyAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var calendar = await OpeningCalendar.LoadAsync(db, ct);
        var admitted = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.Date >= from && t.Date <= to && t.Status == TicketStatus.Admitted)
            .GroupBy(t => new { t.Date, t.Channel }).Select(g => new { g.Key.Date, g.Key.Channel, Count = g.Count() })
            .ToListAsync(ct);
        var booked = await db.Set<TimeSlot>().AsNoTracking().Where(s => s.Date >= from && s.Date <= to)
            .GroupBy(s => s.Date).Select(g => new { Date = g.Key, Booked = g.Sum(s => s.Booked) })
            .ToDictionaryAsync(x => x.Date, x => x.Booked, ct);
        var byDay = admitted.ToLookup(a => a.Date);
        return [.. calendar.Days(from, to).Select(d =>
        {
            int Of(VisitChannel c) => byDay[d.Date].Where(x => x.Channel == c).Sum(x => x.Count);
            var (i, g, w) = (Of(VisitChannel.Individual), Of(VisitChannel.Group), Of(VisitChannel.WalkIn));
            return new DayFigures(d.Date, d.IsOpen, d.Reason, d.IsOpen ? d.Rule?.DailyCap ?? 0 : 0, booked.GetValueOrDefault(d.Date), i + g + w, i, g, w);
        })];
    }
}

/// <summary>Visitor figures that performance indicators bind to.</summary>
public sealed class VisitorMetrics(VisitorStatistics statistics) : IMetricProvider
{
    private readonly Dictionary<MetricPeriod, PeriodStatistics> computed = [];

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("visitors.admitted", "接待观众人次", "Visitors admitted", "人次", "Visitors"),
        new("visitors.openDays", "开放天数", "Open days", "天", "Visitors"),
        new("visitors.groupAdmitted", "团体观众人次", "Group visitors admitted", "人次", "Visitors"),
        new("visitors.averagePerOpenDay", "日均接待人次", "Visitors per open day", "人次", "Visitors"),
        new("visitors.noShowRate", "预约爽约率", "No-show rate", "%", "Visitors"),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        if (!Definitions.Any(d => d.Key == key)) return null;
        // An evaluation asks for several visitor figures of one period: count the records once.
        if (!computed.TryGetValue(period, out var s)) computed[period] = s = await statistics.ForPeriodAsync(period.From, period.To, ct);
        var link = $"/staff/visitors/statistics?year={period.From.Year}";
        var basis = $"{s.From:yyyy-MM-dd}–{s.To:yyyy-MM-dd}：入馆 {s.Admitted:N0} 人次，开放 {s.OpenDays} 天";
        decimal value = key switch
        {
            "visitors.admitted" => s.Admitted,
            "visitors.openDays" => s.OpenDays,
            "visitors.groupAdmitted" => s.Group,
            "visitors.averagePerOpenDay" => s.AveragePerOpenDay,
            _ => s.NoShowRate,
        };
        return new MetricValue(value, link, basis);
    }
}
