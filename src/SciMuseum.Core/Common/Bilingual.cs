using System.Globalization;

namespace SciMuseum.Core.Common;

/// <summary>Text in Chinese (first) and English, picked by the current UI culture.</summary>
public static class Bilingual
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string L(string zh, string en) => IsEnglish ? en : zh;
}
