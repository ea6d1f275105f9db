using System.Globalization;

namespace SciMuseum.Core.Persistence;

/// <summary>
/// Values as EF's SQLite provider stores them, for the few commands sent without EF (issue 19: the booking and the
/// gate on the writer's connection): GUIDs as upper-case text, dates, times and moments as ISO text.
/// </summary>
public static class SqliteText
{
    public static string Of(Guid g) => g.ToString().ToUpperInvariant();
    public static string Of(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Of(TimeOnly t) => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
    public static string Of(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
