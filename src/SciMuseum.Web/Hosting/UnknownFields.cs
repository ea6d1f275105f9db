using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// Bodies are read with unmapped members disallowed, so a misspelt field is refused rather than silently dropped.
/// The refusal names the field and lists the ones the body (or the nested object it sits in) accepts, as sent in JSON.
/// </summary>
internal static partial class UnknownFields
{
    /// <summary>The unknown field's name and the accepted names, when <paramref name="json"/> is an unmapped-member error.</summary>
    public static (string Field, IReadOnlyList<string> Accepted)? Describe(JsonException json, HttpContext ctx, JsonSerializerOptions options)
    {
        if (Unmapped().Match(json.Message) is not { Success: true } m) return null;
        // The exception handler has cleared the request's endpoint by now; its feature keeps the one that threw.
        var endpoint = ctx.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? ctx.GetEndpoint();
        var body = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var target = body is null ? null : Find(options.GetTypeInfo(body), m.Groups[2].Value, options, []);
        return (m.Groups[1].Value, target?.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).Select(p => p.Name).ToList() ?? []);
    }

    /// <summary>The object type named in the message, found in the body's type graph (a nested visitor, indicator…).</summary>
    private static JsonTypeInfo? Find(JsonTypeInfo info, string fullName, JsonSerializerOptions options, HashSet<Type> seen)
    {
        if (!seen.Add(info.Type)) return null;
        if (info.Kind == JsonTypeInfoKind.Object && info.Type.FullName == fullName) return info;
        IEnumerable<Type> next = info.Kind switch
        {
            JsonTypeInfoKind.Object => info.Properties.Select(p => p.PropertyType),
            JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary => [info.ElementType!],
            _ => [],
        };
        return next.Select(t => Find(options.GetTypeInfo(Nullable.GetUnderlyingType(t) ?? t), fullName, options, seen)).FirstOrDefault(f => f is not null);
    }

    [GeneratedRegex("JSON property '([^']+)' could not be mapped to any .NET member contained in type '([^']+)'")]
    private static partial Regex Unmapped();
}
