using System.Globalization;
using System.Text.RegularExpressions;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Common;

/// <summary>
/// Reads one spreadsheet cell as XLSX gives it (text, a number, a date, a boolean) or CSV gives it (text). Each reader
/// answers the value, or null and the problem in the caller's language.
/// </summary>
public static partial class ImportCells
{
    /// <summary>The cell as trimmed text; numbers without exponent or trailing zeros (a voucher typed as 2021001 stays 2021001).</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "",
        string s => s.Trim(),
        double d when !double.IsFinite(d) => "",
        double d when Math.Abs(d) < 1e15 => Money.Trim((decimal)d).ToString(CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim() ?? "",
    };

    public static bool IsBlank(object? cell) => Text(cell).Length == 0;

    /// <summary>Text of at most <paramref name="maxLength"/> characters, without control characters.</summary>
    public static (string Value, string? Error) String(object? cell, int maxLength, bool required = false)
    {
        var text = Text(cell);
        if (text.Length == 0) return (text, required ? Required : null);
        if (text.Length > maxLength) return (text, L($"不能超过 {maxLength} 个字符。", $"At most {maxLength} characters."));
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            return (text, L("含有不可见的控制字符。", "Contains control characters."));
        return (text, null);
    }

    /// <summary>A date written 2021-03-05 (also 2021/3/5, 2021.3.5, 2021年3月5日) or an Excel date (a date cell or its serial number).</summary>
    public static (DateOnly? Value, string? Error) Date(object? cell)
    {
        var bad = L("不是有效日期，请写成 YYYY-MM-DD。", "Not a valid date: write YYYY-MM-DD.");
        switch (cell)
        {
            case DateTime t:
                return (DateOnly.FromDateTime(t), null);
            case double serial:
                return FromSerial(serial) is { } d ? (d, null) : (null, bad);
        }
        var text = Text(cell);
        if (text.Length == 0) return (null, Required);
        if (text.All(char.IsAsciiDigit) && text.Length <= 7)
            return FromSerial(double.Parse(text, CultureInfo.InvariantCulture)) is { } d ? (d, null) : (null, bad);
        var m = DatePattern().Match(text);
        if (!m.Success) return (null, bad);
        var (year, month, day) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? (new DateOnly(year, month, day), null) : (null, bad);
    }

    // Excel's 1900 date system: 1 is 1900-01-01 and OLE automation dates agree from 1900-03-01 on; a time of day is dropped.
    private static DateOnly? FromSerial(double serial) =>
        double.IsFinite(serial) && serial >= 61 && serial < 2_958_466 ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))) : null;

    /// <summary>An amount of yuan: a number cell or text like 1,234.56 (a leading ¥ is allowed); more than 0 unless <paramref name="allowZero"/>, at most 2 decimals.</summary>
    public static (decimal? Value, string? Error) Amount(object? cell, bool allowZero = false)
    {
        decimal amount;
        switch (cell)
        {
            case double d when !double.IsFinite(d) || Math.Abs(d) >= (double)Money.MaxAmount:
                return (null, double.IsFinite(d) ? TooLarge : NotANumber);
            case double d:
                amount = (decimal)d; // keeps 15 significant digits, so 0.1 + 0.2 typed as a formula reads 0.3
                break;
            default:
                var text = Text(cell).TrimStart('¥', '￥').TrimEnd('元').Trim();
                if (text.Length == 0) return (null, Required);
                if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
                        CultureInfo.InvariantCulture, out amount))
                    return (null, NotANumber);
                break;
        }
        if (allowZero ? amount < 0 : amount <= 0)
            return (null, allowZero ? L("金额不能为负。", "The amount cannot be negative.") : L("金额必须大于 0。", "The amount must be more than 0."));
        if (amount >= Money.MaxAmount) return (null, TooLarge);
        if (decimal.Round(amount, 2) != amount) return (null, L("金额最多两位小数（分）。", "At most 2 decimals (fen)."));
        return (amount, null);
    }

    /// <summary>是 or 否 (also Y/N, yes/no, true/false, 1/0, or a boolean cell); blank is 否.</summary>
    public static (bool? Value, string? Error) YesNo(object? cell)
    {
        if (cell is bool b) return (b, null);
        return Normalize(Text(cell)) switch
        {
            "" or "否" or "n" or "no" or "false" or "0" => (false, null),
            "是" or "y" or "yes" or "true" or "1" => (true, null),
            _ => (null, L("只能填写“是”或“否”。", "Write 是 (yes) or 否 (no).")),
        };
    }

    /// <summary>One of <paramref name="words"/>' words (or the value's English name); blank gives <paramref name="blank"/>, or "required" when that is null.</summary>
    public static (T? Value, string? Error) Word<T>(object? cell, WordList<T> words, T? blank = null) where T : struct, Enum
    {
        var text = Normalize(Text(cell));
        if (text.Length == 0) return blank is { } b ? (b, null) : (null, Required);
        return words.Find(text) is { } value
            ? (value, null)
            : (null, L($"只能填写：{words.Allowed}。", $"Allowed: {words.Allowed}."));
    }

    /// <summary>Lower case, no spaces, half-width brackets: how headers and words are compared.</summary>
    public static string Normalize(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')').ToLowerInvariant();

    private static string Required => L("必填。", "Required.");
    private static string NotANumber => L("不是数字。", "Not a number.");
    private static string TooLarge => L("金额过大。", "The amount is too large.");

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$")]
    private static partial Regex DatePattern();
}

/// <summary>The words a column accepts for an enum: the shown ones first, then aliases; English names always work.</summary>
public sealed class WordList<T> where T : struct, Enum
{
    private readonly Dictionary<string, T> map = [];

    public WordList(IEnumerable<(string Word, T Value)> shown, IEnumerable<(string Word, T Value)>? aliases = null)
    {
        var list = shown.ToList();
        Allowed = string.Join("、", list.Select(w => w.Word));
        foreach (var v in Enum.GetValues<T>()) map[ImportCells.Normalize(v.ToString())] = v;
        foreach (var (word, value) in list.Concat(aliases ?? [])) map[ImportCells.Normalize(word)] = value;
    }

    /// <summary>The shown words, joined with 、 for messages and the template's notes.</summary>
    public string Allowed { get; }

    public T? Find(string normalized) => map.TryGetValue(normalized, out var v) ? v : null;
}
