using System.Text.RegularExpressions;
using FluentValidation;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Common;

/// <summary>Rules shared by many forms, with messages in the caller's language.</summary>
public static partial class Validation
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().WithMessage(_ => L("必填。", "Required."))
            .MaximumLength(maxLength).WithMessage(_ => L($"不能超过 {maxLength} 个字符。", $"At most {maxLength} characters."))
            .Must(NoControlCharacters).WithMessage(_ => L("含有不可见的控制字符。", "Contains control characters."));

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage(_ => L($"不能超过 {maxLength} 个字符。", $"At most {maxLength} characters."))
            .Must(NoControlCharacters).WithMessage(_ => L("含有不可见的控制字符。", "Contains control characters."));

    public static IRuleBuilderOptions<T, TValue?> Required<T, TValue>(this IRuleBuilder<T, TValue?> rule) where TValue : struct =>
        rule.NotNull().WithMessage(_ => L("必填。", "Required."));

    public static IRuleBuilderOptions<T, string?> PhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => string.IsNullOrEmpty(p) || PhonePattern().IsMatch(p))
            .WithMessage(_ => L("电话号码格式不对：手机 11 位，座机如 0377-12345678。", "Not a phone number: 11-digit mobile or a landline like 0377-12345678."));

    /// <summary>
    /// No invisible controls: C0/C1 characters (but line breaks and tabs) and the bidirectional embeddings, overrides and
    /// isolates (U+202A–202E, U+2066–2069), which make a name display as something else ("Trojan Source").
    /// </summary>
    private static bool NoControlCharacters(string? s) =>
        s is null || !s.Any(c => (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();
}
