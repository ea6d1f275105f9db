using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs.Volunteers;
using SciMuseum.Reports.Pdf;

namespace SciMuseum.Web.Programs;

/// <summary>A volunteer's certificate of hours: the counted services of a year (or of all years) as the PDF states them.</summary>
public static class VolunteerCertificates
{
    public static async Task<(string FileName, byte[] Pdf)?> RenderAsync(MuseumDb db, Guid id, int? year, TimeProvider clock, CancellationToken ct)
    {
        var profile = await VolunteerRecords.ProfileAsync(db, id, ct);
        if (profile is null) return null;
        var services = profile.Services.Where(s => s.Status is ServiceStatus.Completed or ServiceStatus.Approved && (year is null || s.Date.Year == year))
            .OrderBy(s => s.Date).ToList();
        var museum = await db.Museums.AsNoTracking().Where(m => m.Id == profile.Volunteer.MuseumId).Select(m => m.Name).FirstAsync(ct);
        var from = year is { } y ? new DateOnly(y, 1, 1) : services.Count > 0 ? services[0].Date : profile.Volunteer.JoinedOn ?? profile.Volunteer.AppliedOn;
        var to = year is { } y2 ? new DateOnly(y2, 12, 31) : services.Count > 0 ? services[^1].Date : MuseumClock.Today(clock);
        var certificate = new VolunteerCertificate(museum, $"ZY{from:yyyy}-{id.ToString("N")[..8].ToUpperInvariant()}", profile.Volunteer.Name,
            profile.Volunteer.Organisation, from, to, VolunteerService.HoursOf(services.Sum(s => (long)s.Minutes)), services.Count,
            [.. services.Select(s => new VolunteerCertificate.Service(s.Date, s.Description, s.Hours))], MuseumClock.Today(clock));
        return ($"volunteer-hours-{id.ToString("N")[..8]}{(year is null ? "" : $"-{year}")}.pdf", VolunteerCertificatePdf.Render(certificate));
    }
}
