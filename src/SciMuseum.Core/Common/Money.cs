namespace SciMuseum.Core.Common;

/// <summary>Money is kept in yuan (元) with 2 decimals; the report shows 万元. Rounding is half-up, as the report rounds.</summary>
public static class Money
{
    /// <summary>The largest amount any money field takes (exclusive; 1,000 亿元, below every database's limit): more is a field error.</summary>
    public const decimal MaxAmount = Plausible.MaxNumber;

    public static decimal Round(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Rounded half-up and carrying exactly <paramref name="decimals"/> (5.00, not 5 or 5.0000), whatever the database returned.</summary>
    public static decimal Fixed(decimal value, int decimals = 2) => Round(value, decimals) + new decimal(0, 0, 0, false, (byte)decimals);

    /// <summary>Yuan to 万元, rounded half-up, with exactly <paramref name="decimals"/>.</summary>
    public static decimal ToWan(decimal yuan, int decimals = 2) => Fixed(yuan / 10_000m, decimals);

    /// <summary>See <see cref="Formats.Yuan"/>: written there, once.</summary>
    public static string Yuan(decimal yuan) => Formats.Yuan(yuan);

    /// <summary>See <see cref="Formats.Wan"/>: written there, once.</summary>
    public static string Wan(decimal yuan, int decimals = 2) => Formats.Wan(yuan, decimals);

    /// <summary>A rate as a percentage (part ÷ whole × 100), rounded half-up; null when the whole is zero.</summary>
    public static decimal? Percent(decimal part, decimal whole, int decimals) =>
        whole == 0 ? null : Trim(Round(part / whole * 100m, decimals));

    /// <summary>Drops trailing zeros (51.60 → 51.6, 100.00 → 100), as the report writes rates.</summary>
    public static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;
}
