using AntDesign;
using FluentValidation.Results;
using SciMuseum.Core.Common;

namespace SciMuseum.Web.Components;

/// <summary>
/// The one holder of a form's field errors, for staff forms (FormItem Help / ValidateStatus) and public pages
/// (<see cref="FieldError"/> under each field) alike. Keys are the core's field names (<c>visitors[0].idNumber</c>);
/// lookups ignore case so forms can pass <c>nameof</c>.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => errors.Count > 0;

    /// <summary>Every message, for a summary above the form.</summary>
    public IEnumerable<string> All => errors.Values.SelectMany(v => v);

    public void Clear() => errors.Clear();

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    /// <summary>A use case's refusal, under its field (or the form's, "" when it names none).</summary>
    public void Add(Refusal refusal) => Add(refusal.Field ?? "", refusal.Message);

    public void AddAll(ValidationResult result)
    {
        foreach (var f in result.Errors) Add(f.PropertyName, f.ErrorMessage);
    }

    /// <summary>Replaces the errors with a validation result's.</summary>
    public void Set(ValidationResult result)
    {
        errors.Clear();
        AddAll(result);
    }

    public IEnumerable<string> Fields => errors.Keys;

    public IReadOnlyList<string> For(string field) => errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>The first message of a field, or null.</summary>
    public string? Help(string field) => errors.TryGetValue(field, out var list) ? list[0] : null;

    public FormValidateStatus Status(string field) =>
        errors.ContainsKey(field) ? FormValidateStatus.Error : FormValidateStatus.Default;
}
