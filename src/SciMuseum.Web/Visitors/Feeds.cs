using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Web.Visitors;

/// <summary>Opening information for other channels: notices as Atom (WeChat/website integrations), the calendar as iCalendar.</summary>
public static class Feeds
{
    public static async Task<IResult> NoticesAtomAsync(HttpContext http, MuseumDb db, Opening opening, TimeProvider clock, CancellationToken ct)
    {
        XNamespace a = "http://www.w3.org/2005/Atom";
        var museum = await db.Museums.AsNoTracking().FirstOrDefaultAsync(m => m.Id == db.User.MuseumId, ct);
        var notices = await opening.CurrentNoticesAsync(MuseumClock.Today(clock), ct);
        var site = $"{http.Request.Scheme}://{http.Request.Host}";
        static string Stamp(DateOnly d) => d.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'");
        var feed = new XElement(a + "feed",
            new XElement(a + "id", $"{site}/api/v1/public/notices.atom"),
            new XElement(a + "title", $"{museum?.Name} 公告"),
            new XElement(a + "updated", notices.Count > 0 ? Stamp(notices.Max(n => n.PublishFrom)) : Stamp(MuseumClock.Today(clock))),
            new XElement(a + "link", new XAttribute("href", $"{site}/visit")),
            notices.Select(n => new XElement(a + "entry",
                new XElement(a + "id", $"urn:uuid:{n.Id}"),
                new XElement(a + "title", n.Title),
                new XElement(a + "updated", Stamp(n.PublishFrom)),
                new XElement(a + "author", new XElement(a + "name", museum?.Name ?? "")),
                new XElement(a + "content", new XAttribute("type", "text"), n.Body))));
        return Results.Text(new XDocument(feed).ToString(), "application/atom+xml; charset=utf-8");
    }

    public static async Task<IResult> CalendarIcsAsync(MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = MuseumClock.Today(clock);
        var calendar = await VisitorCache.CalendarAsync(db, ct);
        var museum = await db.Museums.AsNoTracking().FirstOrDefaultAsync(m => m.Id == db.User.MuseumId, ct);
        var ics = new StringBuilder()
            .Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SciMuseum//Opening//ZH\r\nCALSCALE:GREGORIAN\r\n")
            .Append("X-WR-CALNAME:").Append(Escape($"{museum?.Name} 开放日历")).Append("\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n");
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'");
        foreach (var d in calendar.Days(today.AddDays(-90), today.AddDays(180)))
        {
            var summary = d.IsOpen
                ? $"开放 {string.Join(" ", d.Rule!.Slots.Select(s => $"{s.Start:HH\\:mm}-{s.End:HH\\:mm}"))}（限 {d.Rule.DailyCap} 人）"
                : $"闭馆：{d.Reason}";
            ics.Append("BEGIN:VEVENT\r\nUID:").Append($"{d.Date:yyyyMMdd}-{museum?.Code}@scimuseum\r\n")
                .Append("DTSTAMP:").Append(stamp).Append("\r\n")
                .Append("DTSTART;VALUE=DATE:").Append($"{d.Date:yyyyMMdd}\r\n")
                .Append("DTEND;VALUE=DATE:").Append($"{d.Date.AddDays(1):yyyyMMdd}\r\n")
                .Append("SUMMARY:").Append(Escape(summary)).Append("\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
        }
        ics.Append("END:VCALENDAR\r\n");
        return Results.Text(ics.ToString(), "text/calendar; charset=utf-8");
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\n", "\\n");
}
