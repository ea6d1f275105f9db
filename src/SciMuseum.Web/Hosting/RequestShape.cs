using System.Collections;
using System.Reflection;
using System.Text.Json;
using SciMuseum.Core.Common;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// The checks every API argument gets before its handler, whatever its validator says or forgets: a year or date outside
/// <see cref="Plausible"/> (query, route or body, at any depth) and a null inside a list (<c>"visitors":[null]</c>) are
/// field errors, named as the client wrote them (<c>year</c>, <c>visitors[0]</c>, <c>indicators[1].children[0]</c>).
/// Generated from the parameter types, so endpoints added later are covered without anyone remembering to.
/// </summary>
internal static class RequestShape
{
    private const int MaxDepth = 32;
    private static readonly string[] YearNames = ["year", "from", "to"];

    /// <summary>Whether a handler parameter needs looking at (so endpoints without any keep no filter).</summary>
    public static bool Inspects(ParameterInfo p)
    {
        var t = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return IsYear(t, p.Name) || t == typeof(DateOnly) || t == typeof(DateTime) || IsOurs(t);
    }

    public static Dictionary<string, string[]> Check(IReadOnlyList<(ParameterInfo Parameter, int Index)> parameters, IList<object?> arguments)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var (p, i) in parameters)
        {
            var t = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
            if (arguments[i] is not { } value) continue;
            if (IsYear(t, p.Name)) Year(errors, p.Name!, value);
            else if (IsOurs(t)) Walk(errors, value, "", 0);
            else Date(errors, p.Name!, value);
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static bool IsYear(Type t, string? name) => t == typeof(int) && YearNames.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static bool IsOurs(Type t) => t.IsClass && t.Namespace?.StartsWith("SciMuseum.", StringComparison.Ordinal) == true;

    private static void Year(Dictionary<string, List<string>> errors, string field, object value)
    {
        if (value is int y && !Plausible.IsYear(y)) Add(errors, field, Plausible.YearMessage);
    }

    private static void Date(Dictionary<string, List<string>> errors, string field, object value)
    {
        var ok = value switch
        {
            DateOnly d => Plausible.IsDate(d),
            DateTime dt => Plausible.IsDate(dt),
            _ => true,
        };
        if (!ok) Add(errors, field, Plausible.DateMessage);
    }

    private static void Walk(Dictionary<string, List<string>> errors, object value, string path, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var field = path.Length == 0 ? name : $"{path}.{name}";
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (property.GetValue(value) is not { } v) continue;
            if (t == typeof(int) && property.Name == "Year") Year(errors, field, v);
            else if (v is string) continue;
            else if (v is IEnumerable items) Items(errors, items, field, depth);
            else if (IsOurs(t)) Walk(errors, v, field, depth + 1);
            else Date(errors, field, v);
        }
    }

    private static void Items(Dictionary<string, List<string>> errors, IEnumerable items, string field, int depth)
    {
        if (items is IDictionary) return;
        var i = 0;
        foreach (var item in items)
        {
            var at = $"{field}[{i++}]";
            if (item is null) Add(errors, at, L("必填。", "Required."));
            else if (IsOurs(item.GetType())) Walk(errors, item, at, depth + 1);
            else Date(errors, at, item);
        }
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }
}
