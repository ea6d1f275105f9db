using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>One hostile request: what it is (for the report and the known-defect list) and how to send it.</summary>
public sealed record BadRequest(string Method, string Template, string Case, string Url, string? Body, string ContentType = "application/json")
{
    public string Key => $"{Method} {Template} [{Case}]";
}

/// <summary>
/// Hostile requests generated from the OpenAPI document: for every operation, bad path and query values and bad bodies
/// (wrong types, boundary numbers, huge and odd strings, nulls in arrays, deep and duplicate JSON, wrong content type,
/// an oversized body). Generated, so each operation a module adds is covered.
/// </summary>
public static class BadInputCorpus
{
    private const string Dummy = "00000000-0000-4000-8000-00000000dead";

    private static readonly string Huge = new('长', 100_000);

    /// <summary>Values a field of any type should refuse or survive; by the field's JSON type.</summary>
    private static IEnumerable<(string Name, JsonNode? Value)> BadValues(IReadOnlySet<string> types, string? format)
    {
        yield return ("null", null);
        if (types.Contains("integer") || types.Contains("number"))
        {
            yield return ("0", 0);
            yield return ("-1", -1);
            yield return ("1e15", JsonNode.Parse("1e15"));
            yield return ("2^63", JsonNode.Parse("9223372036854775808"));
            yield return ("1e308", JsonNode.Parse("1e308"));
            yield return ("NaN-string", "NaN");
            yield return ("sql-string", "1; DROP TABLE \"Staff\"; --");
        }
        else if (types.Contains("boolean"))
        {
            yield return ("string-for-bool", "yes");
            yield return ("number-for-bool", 2);
        }
        else if (types.Contains("array"))
        {
            yield return ("null-in-array", new JsonArray((JsonNode?)null));
            yield return ("string-for-array", "x");
            yield return ("object-in-array", new JsonArray(new JsonObject { ["x"] = 1 }, 5));
        }
        else if (types.Contains("object"))
        {
            yield return ("array-for-object", new JsonArray((JsonNode?)null));
            yield return ("string-for-object", "x");
        }
        else
        {
            if (format is "date" or "date-time")
            {
                yield return ("date-0001-01-01", "0001-01-01");
                yield return ("date-9999-12-31", "9999-12-31");
                yield return ("date-2020-02-30", "2020-02-30");
            }
            if (format == "uuid") yield return ("not-a-guid", "not-a-guid");
            yield return ("huge-string", Huge);
            yield return ("nul", "a\u0000b");
            yield return ("rtl-emoji", "\u202Eabc😀\u200F");
            yield return ("number-for-string", 12345);
            yield return ("object-for-string", new JsonObject { ["x"] = "<script>alert(1)</script>" });
        }
    }

    private static readonly string[] QueryValues =
        ["0", "-1", "10000", "1e15", "9223372036854775808", "NaN", "abc", "0001-01-01", "9999-12-31", "2020-13-45",
         "%00", "' OR 1=1 --", "<script>alert(1)</script>", "%E2%80%AE%F0%9F%98%80", new string('9', 400)];

    private static readonly string[] PathValues = ["0", "-1", "abc", "%00", "9223372036854775808", "' OR 1=1 --", new string('Z', 300)];

    public static List<BadRequest> From(JsonDocument openApi, Func<string, bool> skip)
    {
        var requests = new List<BadRequest>();
        var schemas = openApi.RootElement.GetProperty("components").TryGetProperty("schemas", out var s) ? s : default;
        foreach (var path in openApi.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var method = op.Name.ToUpperInvariant();
                if (method is not ("GET" or "POST" or "PUT" or "DELETE" or "PATCH") || skip($"{method} {path.Name}")) continue;
                var parameters = op.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().ToList() : [];
                var pathParams = parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList();
                var queryParams = parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList();
                string Url(string? badParam = null, string? badValue = null, string? query = null)
                {
                    var url = path.Name;
                    foreach (var p in pathParams)
                        url = url.Replace("{" + p + "}", p == badParam ? badValue! : p.Contains("code", StringComparison.OrdinalIgnoreCase) ? "ZZZZZZZZZZ" : Dummy);
                    return query is null ? url : url + "?" + query;
                }
                void Add(string kase, string url, string? body, string contentType = "application/json") =>
                    requests.Add(new BadRequest(method, path.Name, kase, url, body, contentType));

                var hasBody = method is "POST" or "PUT" or "PATCH";
                var baseBody = hasBody ? "{}" : null;
                foreach (var p in pathParams)
                    foreach (var v in PathValues)
                        Add($"path {p}={Short(v)}", Url(p, Uri.EscapeDataString(v)), baseBody);
                foreach (var q in queryParams)
                    foreach (var v in QueryValues)
                        Add($"query {q}={Short(v)}", Url(query: $"{q}={(v.Contains('%') ? v : Uri.EscapeDataString(v))}"), baseBody);
                if (!hasBody) continue;

                var body = op.Value.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content) ? content : default;
                var json = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("application/json", out var j) ? Resolve(j.GetProperty("schema"), schemas) : default;
                var url0 = Url();
                Add("body not JSON", url0, "{\"a\":");
                Add("body array", url0, "[]");
                Add("body string", url0, "\"x\"");
                Add("body null", url0, "null");
                Add("body deep", url0, new string('[', 2000) + new string(']', 2000));
                Add("body deep object", url0, string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500));
                Add("body wrong content type", url0, "{}", "text/plain");
                Add("body form content type", url0, "a=1", "application/x-www-form-urlencoded");
                Add("body oversized", url0, "{\"x\":\"" + new string('a', 2_000_000) + "\"}");
                if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("properties", out var props)) continue;
                var first = props.EnumerateObject().FirstOrDefault().Name;
                if (first is not null) Add("body duplicate keys", url0, $"{{\"{first}\":1,\"{first}\":\"x\"}}");
                Add("body unknown field", url0, "{\"__proto__\":{\"admin\":true}}");
                foreach (var prop in props.EnumerateObject())
                {
                    var schema = Resolve(prop.Value, schemas);
                    var (types, format) = TypesOf(schema);
                    foreach (var (name, value) in BadValues(types, format))
                        Add($"body {prop.Name}={name}", url0, new JsonObject { [prop.Name] = value?.DeepClone() }.ToJsonString());
                    // A null inside an array of objects, and an item with every field wrong.
                    if (types.Contains("array"))
                        Add($"body {prop.Name}=[{{}}, null]", url0, $"{{\"{prop.Name}\":[{{}},null]}}");
                }
            }
        }
        return requests;
    }

    private static string Short(string v) => v.Length > 24 ? v[..8] + $"…({v.Length})" : v;

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var i = 0; i < 5 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var r); i++)
            schema = schemas.GetProperty(r.GetString()!.Split('/')[^1]);
        return schema;
    }

    private static (IReadOnlySet<string> Types, string? Format) TypesOf(JsonElement schema)
    {
        var types = new HashSet<string>();
        if (schema.ValueKind != JsonValueKind.Object) return (types, null);
        if (schema.TryGetProperty("type", out var t))
        {
            if (t.ValueKind == JsonValueKind.String) types.Add(t.GetString()!);
            else if (t.ValueKind == JsonValueKind.Array) foreach (var x in t.EnumerateArray()) types.Add(x.GetString()!);
        }
        foreach (var combo in new[] { "oneOf", "anyOf", "allOf" })
            if (schema.TryGetProperty(combo, out var list))
                foreach (var x in list.EnumerateArray())
                    if (x.TryGetProperty("type", out var xt) && xt.ValueKind == JsonValueKind.String) types.Add(xt.GetString()!);
        if (schema.TryGetProperty("properties", out _)) types.Add("object");
        if (schema.TryGetProperty("$ref", out _) || types.Count == 0 || types.SetEquals(["null"])) types.Add("object");
        types.Remove("null");
        if (types.Count == 0) types.Add("string");
        return (types, schema.TryGetProperty("format", out var f) ? f.GetString() : null);
    }
}
