using System.Globalization;

namespace SciMuseum.Core.Common;

/// <summary>
/// The one way figures are written for people (pages, messages, exports' notes): money in 万元 with 2 decimals or in
/// 元 with thousands separators, rates with the report's decimals and a % sign, counts with thousands separators.
/// Culture-invariant on purpose: 1,200 and 51.6% read the same in Chinese and English. Missing values show "—".
/// </summary>
public static class Formats
{
    public const string None = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>12,900.00 元</summary>
    public static string Yuan(decimal yuan) => YuanNumber(yuan) + " 元";

    /// <summary>12,900.00 — under a column headed 元.</summary>
    public static string YuanNumber(decimal yuan) => Money.Round(yuan).ToString("#,##0.00", Invariant);

    /// <summary>518.89 万元</summary>
    public static string Wan(decimal yuan, int decimals = 2) => WanNumber(yuan, decimals) + " 万元";

    /// <summary>518.89 — under a column headed 万元.</summary>
    public static string WanNumber(decimal yuan, int decimals = 2) =>
        Money.ToWan(yuan, decimals).ToString("#,##0." + new string('0', decimals), Invariant);

    /// <summary>A difference in 万元 with its sign: +30.68, −1.20, 0.00 (zero has none).</summary>
    public static string SignedWan(decimal yuan)
    {
        var wan = Money.ToWan(yuan);
        return (wan > 0 ? "+" : wan < 0 ? "−" : "") + WanNumber(Math.Abs(yuan));
    }

    /// <summary>A rate already in percent, as the report writes it: 51.6%, 90.21%, 100%.</summary>
    public static string Rate(decimal? percent) => percent is { } p ? Money.Trim(p).ToString("#,##0.##########", Invariant) + "%" : None;

    /// <summary>A rate with a fixed number of decimals, so a column lines up: 12.50%.</summary>
    public static string Rate(decimal? percent, int decimals) =>
        percent is { } p ? Money.Round(p, decimals).ToString("#,##0." + new string('0', decimals), Invariant) + "%" : None;

    /// <summary>Percentage points (a gap between two rates): 12.5, without a % sign.</summary>
    public static string Points(decimal? points, int decimals = 2) =>
        points is { } p ? Money.Round(p, decimals).ToString("#,##0." + new string('0', decimals), Invariant) : None;

    /// <summary>A figure at exactly <paramref name="decimals"/> with thousands separators (a stated figure as stated: 244.89, 1,290.00).</summary>
    public static string Fixed(decimal value, int decimals) =>
        Money.Round(value, decimals).ToString(decimals > 0 ? "#,##0." + new string('0', decimals) : "#,##0", Invariant);

    /// <summary>1,200</summary>
    /// <summary>A file size as people read it: 5 MB, 300 KB.</summary>
    public static string Bytes(long bytes) =>
        bytes >= 1024 * 1024 ? Number(Math.Round(bytes / 1048576m, 1)) + " MB" : Number(Math.Round(bytes / 1024m, 1)) + " KB";

    public static string Count(long count) => count.ToString("#,##0", Invariant);

    /// <summary>A count that stopped at a cap: 10,000+ when there are more.</summary>
    public static string Count(long count, bool capped) => Count(count) + (capped ? "+" : "");

    /// <summary>1,200 — a count that may be missing.</summary>
    public static string Count(long? count) => count is { } c ? Count(c) : None;

    /// <summary>A plain figure (a weight, a target, an area): thousands separators, up to 2 decimals, none when whole (300,000; 12.5).</summary>
    public static string Number(decimal? value) => value is { } v ? Money.Round(v).ToString("#,##0.##", Invariant) : None;

    /// <summary>Units counted in whole people, pieces or events (人次, 人, 个, 件, 场…): a figure in them is never shown with decimals.</summary>
    private static readonly HashSet<string> WholeUnits = ["人次", "人", "名", "个", "件", "件次", "项", "场", "场次", "支", "所", "篇", "期", "次", "天", "日"];

    public static bool IsWhole(string? unit) => WholeUnits.Contains((unit ?? "").Trim());

    /// <summary>A figure in its indicator's unit: whole units rounded half-up to an integer (46,907 人次 prorated), others as <see cref="Number"/>.</summary>
    public static string Figure(decimal? value, string? unit) =>
        value is { } v && IsWhole(unit) ? decimal.Round(v, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Invariant) : Number(value);

    /// <summary>A score with its 2 decimals always shown: 87.64, 5.00.</summary>
    public static string Score(decimal? value) => value is { } v ? Money.Round(v).ToString("0.00", Invariant) : None;
}
