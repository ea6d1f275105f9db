namespace SciMuseum.Core.Common;

/// <summary>Instants are UTC; the museum's dates are in Asia/Shanghai.</summary>
public static class MuseumClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static string Format(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd HH:mm:ss");
}
