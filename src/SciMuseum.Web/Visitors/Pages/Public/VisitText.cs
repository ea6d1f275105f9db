using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Visitors.Pages.Public;

internal static class VisitText
{
    private static readonly string[] Zh = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static string Weekday(DateOnly d) => L(Zh[(int)d.DayOfWeek], d.DayOfWeek.ToString()[..3]);
}
