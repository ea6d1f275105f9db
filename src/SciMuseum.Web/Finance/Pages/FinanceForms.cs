using SciMuseum.Web.Components;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Finance.Pages;

/// <summary>What the finance forms check beyond the command's validator: a line's ledger dates fall in its budget year.</summary>
internal static class FinanceForms
{
    public static void CheckYear(DateOnly? date, int year, FieldErrors errors)
    {
        if (date is { } day && day.Year != year)
            errors.Add("date", L($"日期须在 {year} 年内：这是 {year} 年的预算项目。", $"The date must fall in {year}, the line's budget year."));
    }
}
