using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Programs.Volunteers;

/// <summary>
/// Volunteers' figures, one definition for the list, the profile, the certificate and the metrics: a service counts once
/// checked out at the desk or approved; each counted service is one 人次 (person-time); hours are its minutes ÷ 60.
/// </summary>
public static class VolunteerRecords
{
    public sealed record Row(Guid Id, string Name, string Phone, VolunteerSource Source, string SourceName, string Organisation, string Major,
        VolunteerStatus Status, string StatusName, DateOnly? JoinedOn, DateOnly? TrainedOn, int PersonTimes, decimal Hours, int AwaitingApproval);

    public sealed record Totals(int Volunteers, int PersonTimes, long Minutes, int AwaitingApproval)
    {
        public decimal Hours => VolunteerService.HoursOf(Minutes);
    }

    public sealed record YearList(int Year, Totals Totals, List<Row> Items);

    public sealed record ServiceRow(Guid Id, DateOnly Date, string Description, ServiceStatus Status, string StatusName, bool FromShift,
        DateTime? CheckedInAt, DateTime? CheckedOutAt, int Minutes, decimal Hours, string ReviewedBy, string ReviewNote);

    public sealed record YearTotal(int Year, int PersonTimes, decimal Hours);

    public sealed record Profile(Volunteer Volunteer, string SourceName, string StatusName, List<YearTotal> ByYear, List<ServiceRow> Services);

    private sealed record Counted(Guid VolunteerId, int PersonTimes, long Minutes);

    private static IQueryable<VolunteerService> InPeriod(MuseumDb db, DateOnly from, DateOnly to) =>
        db.VolunteerServices.AsNoTracking().Where(s => s.Date >= from && s.Date <= to);

    public static async Task<Totals> TotalsAsync(MuseumDb db, MetricPeriod period, CancellationToken ct)
    {
        var counted = await InPeriod(db, period.From, period.To).Where(s => VolunteerService.Counted.Contains(s.Status))
            .GroupBy(s => s.VolunteerId).Select(g => new Counted(g.Key, g.Count(), g.Sum(s => (long)s.Minutes))).ToListAsync(ct);
        var waiting = await InPeriod(db, period.From, period.To).CountAsync(s => s.Status == ServiceStatus.Logged, ct);
        return new Totals(counted.Count, counted.Sum(c => c.PersonTimes), counted.Sum(c => c.Minutes), waiting);
    }

    /// <summary>Every volunteer on the books with what they served in the year, most hours first.</summary>
    public static async Task<YearList> ListAsync(MuseumDb db, int year, CancellationToken ct)
    {
        var period = MetricPeriod.Year(year);
        var counted = await InPeriod(db, period.From, period.To).Where(s => VolunteerService.Counted.Contains(s.Status))
            .GroupBy(s => s.VolunteerId).Select(g => new Counted(g.Key, g.Count(), g.Sum(s => (long)s.Minutes)))
            .ToDictionaryAsync(c => c.VolunteerId, ct);
        var waiting = await InPeriod(db, period.From, period.To).Where(s => s.Status == ServiceStatus.Logged)
            .GroupBy(s => s.VolunteerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var volunteers = await db.Volunteers.AsNoTracking().OrderBy(v => v.Status).ThenBy(v => v.Organisation).ThenBy(v => v.Name).ToListAsync(ct);
        var rows = volunteers.Select(v =>
        {
            var c = counted.GetValueOrDefault(v.Id);
            return new Row(v.Id, v.Name, v.Phone, v.Source, Volunteer.SourceName(v.Source), v.Organisation, v.Major, v.Status, Volunteer.StatusName(v.Status),
                v.JoinedOn, v.TrainedOn, c?.PersonTimes ?? 0, VolunteerService.HoursOf(c?.Minutes ?? 0), waiting.GetValueOrDefault(v.Id));
        }).OrderByDescending(r => r.Hours).ThenBy(r => r.Name).ToList();
        var totals = new Totals(counted.Count, counted.Values.Sum(c => c.PersonTimes), counted.Values.Sum(c => c.Minutes), waiting.Values.Sum());
        return new YearList(year, totals, rows);
    }

    public static async Task<Profile?> ProfileAsync(MuseumDb db, Guid id, CancellationToken ct)
    {
        var v = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return null;
        var services = await db.VolunteerServices.AsNoTracking().Where(s => s.VolunteerId == id).OrderByDescending(s => s.Date).ThenByDescending(s => s.CreatedAt)
            .ToListAsync(ct);
        var byYear = services.Where(s => s.Counts).GroupBy(s => s.Date.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearTotal(g.Key, g.Count(), VolunteerService.HoursOf(g.Sum(s => (long)s.Minutes)))).ToList();
        return new Profile(v, Volunteer.SourceName(v.Source), Volunteer.StatusName(v.Status), byYear,
            [.. services.Select(s => new ServiceRow(s.Id, s.Date, s.Description, s.Status, VolunteerService.StatusName(s.Status), s.ShiftId is not null,
                s.CheckedInAt, s.CheckedOutAt, s.Minutes, s.Hours, s.ReviewedBy, s.ReviewNote))]);
    }
}
