using AntDesign;
using FluentValidation.Results;

namespace SciMuseum.Web.Components;

/// <summary>
/// A form's field errors from a core validator, shown under each field (FormItem Help / ValidateStatus). The core's
/// validators name fields in camelCase; lookups ignore case so forms can pass <c>nameof</c>.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => errors.Count > 0;

    public void Clear() => errors.Clear();

    public void Set(ValidationResult result)
    {
        errors.Clear();
        foreach (var failure in result.Errors)
            errors.TryAdd(failure.PropertyName, failure.ErrorMessage);
    }

    public string? Help(string field) => errors.GetValueOrDefault(field);

    public FormValidateStatus Status(string field) =>
        errors.ContainsKey(field) ? FormValidateStatus.Error : FormValidateStatus.Default;
}
