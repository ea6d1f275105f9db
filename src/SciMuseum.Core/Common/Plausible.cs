using FluentValidation;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Common;

/// <summary>
/// The years, dates and numbers a museum's records can hold. One rule for every endpoint and form: a year outside it
/// cannot be built into a date, a date outside it cannot be shifted by a day (<c>9999-12-31</c> + 1), and a number
/// beyond it does not fit the database's columns (SQLite keeps ten-thousandths in a 64-bit integer, PostgreSQL
/// <c>numeric(18,4)</c>). Anything outside answers a field error, never a 500.
/// </summary>
public static class Plausible
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>Dates reach back further than figure years: staff records and posts start before 2000.</summary>
    public static readonly DateOnly FirstDate = new(1900, 1, 1);
    public static readonly DateOnly LastDate = new(LastYear, 12, 31);

    /// <summary>The largest amount of money in yuan (exclusive), and of any other stored number: 100 billion.</summary>
    public const decimal MaxNumber = 100_000_000_000m;

    public static bool IsYear(int? year) => year is null or (>= FirstYear and <= LastYear);

    public static bool IsDate(DateOnly? date) => date is null || (date >= FirstDate && date <= LastDate);

    public static bool IsDate(DateTime? date) => date is null || IsDate(DateOnly.FromDateTime(date.Value));

    public static bool IsNumber(decimal? value) => value is null || Math.Abs(value.Value) < MaxNumber;

    public static string YearMessage => L($"年份应在 {FirstYear}–{LastYear} 之间。", $"The year must be {FirstYear}–{LastYear}.");

    public static string DateMessage => L($"日期应在 {FirstDate:yyyy-MM-dd} 至 {LastDate:yyyy-MM-dd} 之间。",
        $"The date must be between {FirstDate:yyyy-MM-dd} and {LastDate:yyyy-MM-dd}.");

    public static string TooLargeMessage => L("数值过大。", "The number is too large.");

    public static string MoneyTooLargeMessage => L("金额过大。", "The amount is too large.");

    public static IRuleBuilderOptions<T, int?> PlausibleYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(IsYear).WithMessage(_ => YearMessage);

    public static IRuleBuilderOptions<T, DateOnly?> PlausibleDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(IsDate).WithMessage(_ => DateMessage);

    /// <summary>Any stored number other than money (a stated figure, a target): within ±100 billion.</summary>
    public static IRuleBuilderOptions<T, decimal?> StorableNumber<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(IsNumber).WithMessage(_ => TooLargeMessage);

    /// <summary>
    /// Money in yuan, the one rule for every amount of every request: below 100 billion either way and at most two
    /// decimals (fen). Signs are the caller's business (an adjustment may be negative, a payment may not).
    /// </summary>
    public static IRuleBuilderOptions<T, decimal?> Yuan<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(IsNumber).WithMessage(_ => MoneyTooLargeMessage)
            .Must(a => a is null || decimal.Round(a.Value, 2) == a.Value).WithMessage(_ => L("金额最多两位小数（分）。", "At most 2 decimals (fen)."));
}
