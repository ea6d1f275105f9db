using FluentValidation.Results;

namespace SciMuseum.Web.Visitors.Pages.Staff;

internal static class Errors
{
    /// <summary>The first message for each field, keyed case-insensitively as the validator names fields.</summary>
    public static Dictionary<string, string> Of(ValidationResult result)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in result.Errors) errors.TryAdd(f.PropertyName, f.ErrorMessage);
        return errors;
    }
}
