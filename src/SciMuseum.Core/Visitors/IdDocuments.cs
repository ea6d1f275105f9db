using System.Globalization;
using System.Text.RegularExpressions;

namespace SciMuseum.Core.Visitors;

/// <summary>The identity documents accepted for real-name booking (实名预约).</summary>
public enum IdType
{
    /// <summary>居民身份证: checked by its checksum and birth date.</summary>
    ResidentId,
    /// <summary>港澳居民来往内地通行证.</summary>
    HongKongMacauPermit,
    /// <summary>台湾居民来往大陆通行证.</summary>
    TaiwanPermit,
    /// <summary>护照.</summary>
    Passport,
    /// <summary>外国人永久居留身份证.</summary>
    ForeignPermanentResident,
}

/// <summary>Checks and masks ID numbers. Only the resident ID has a checksum; the others are checked by format here and by staff at the gate.</summary>
public static partial class IdDocuments
{
    public static readonly IReadOnlyDictionary<IdType, string> Names = new Dictionary<IdType, string>
    {
        [IdType.ResidentId] = "居民身份证",
        [IdType.HongKongMacauPermit] = "港澳居民来往内地通行证",
        [IdType.TaiwanPermit] = "台湾居民来往大陆通行证",
        [IdType.Passport] = "护照",
        [IdType.ForeignPermanentResident] = "外国人永久居留身份证",
    };

    public static string Normalize(string? number) => (number ?? "").Trim().ToUpperInvariant();

    /// <summary>Null when the number is acceptable for its type, else why not (Chinese, English).</summary>
    public static (string Zh, string En)? Problem(IdType type, string? number, DateOnly today)
    {
        var n = Normalize(number);
        if (n.Length == 0) return ("必填。", "Required.");
        return type switch
        {
            IdType.ResidentId => ResidentIdProblem(n, today),
            IdType.HongKongMacauPermit => HkMacau().IsMatch(n) ? null : ("港澳通行证号码格式不对（H 或 M 开头，后接 8 或 10 位数字）。", "Not a Hong Kong/Macau permit number (H or M and 8 or 10 digits)."),
            IdType.TaiwanPermit => Taiwan().IsMatch(n) ? null : ("台湾通行证号码格式不对（8 或 10 位数字）。", "Not a Taiwan permit number (8 or 10 digits)."),
            IdType.Passport => Passport().IsMatch(n) ? null : ("护照号码格式不对（5–17 位字母或数字）。", "Not a passport number (5–17 letters or digits)."),
            IdType.ForeignPermanentResident => ForeignResident().IsMatch(n) ? null : ("外国人永久居留身份证号码格式不对。", "Not a foreign permanent resident ID number."),
            _ => ("不支持的证件类型。", "Unsupported ID type."),
        };
    }

    private static (string, string)? ResidentIdProblem(string n, DateOnly today)
    {
        if (!ResidentPattern().IsMatch(n)) return ("身份证号应为 18 位（最后一位可为 X）。", "A resident ID has 18 characters (the last may be X).");
        if (CheckCharacter(n) != n[17]) return ("身份证号校验位不对，请核对。", "The resident ID's check digit is wrong.");
        if (!DateOnly.TryParseExact(n.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
            return ("身份证号中的出生日期无效。", "The birth date in the resident ID is not a date.");
        if (birth > today) return ("身份证号中的出生日期在未来。", "The birth date in the resident ID is in the future.");
        return null;
    }

    /// <summary>The ISO 7064 MOD 11-2 check character of the first 17 digits.</summary>
    public static char CheckCharacter(string first17)
    {
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * weights[i];
        return "10X98765432"[sum % 11];
    }

    /// <summary>Shows the first four and last four characters: 4113**********1234.</summary>
    public static string Mask(string number)
    {
        var n = Normalize(number);
        if (n.Length <= 4) return new string('*', n.Length);
        var keep = n.Length >= 12 ? 4 : 2;
        return n[..keep] + new string('*', n.Length - 2 * keep) + n[^keep..];
    }

    [GeneratedRegex(@"^[1-8]\d{16}[\dX]$")] private static partial Regex ResidentPattern();
    [GeneratedRegex(@"^[HM]\d{8}(\d{2})?$")] private static partial Regex HkMacau();
    [GeneratedRegex(@"^\d{8}(\d{2})?$")] private static partial Regex Taiwan();
    [GeneratedRegex(@"^[A-Z0-9]{5,17}$")] private static partial Regex Passport();
    [GeneratedRegex(@"^([A-Z]{3}\d{12}|9\d{16}[\dX])$")] private static partial Regex ForeignResident();
}
