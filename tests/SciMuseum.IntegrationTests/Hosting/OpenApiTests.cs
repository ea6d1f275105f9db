using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SciMuseum.IntegrationTests.Infrastructure;
using SciMuseum.Web.Hosting;

namespace SciMuseum.IntegrationTests.Hosting;

/// <summary>The OpenAPI document is what clients are generated from: one schema per type, every operation explained.</summary>
public abstract class OpenApiTests(SciMuseumApp app)
{
    private async Task<JsonElement> DocumentAsync() =>
        await (await app.Anonymous().GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement doc) =>
        from path in doc.GetProperty("paths").EnumerateObject()
        from op in path.Value.EnumerateObject()
        where op.Value.ValueKind == JsonValueKind.Object && op.Value.TryGetProperty("responses", out _)
        select (path.Name, op.Name, op.Value);

    [Fact]
    public async Task No_schema_is_named_by_a_bare_nested_record_name()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        Assert.Contains("SaveBudgetLineCommand", schemas);
        Assert.Contains("BookVisitCommand", schemas);
        Assert.Empty(schemas.Intersect(["Command", "Query", "Request", "Row", "View", "Result"]));
    }

    [Fact]
    public async Task No_request_schema_is_shared_by_operations_of_different_modules()
    {
        var users = new Dictionary<string, HashSet<string>>();
        foreach (var (path, method, op) in Operations(await DocumentAsync()))
        {
            if (!op.TryGetProperty("requestBody", out var body)) continue;
            foreach (var content in body.GetProperty("content").EnumerateObject())
                if (content.Value.TryGetProperty("schema", out var schema) && schema.TryGetProperty("$ref", out var reference))
                {
                    // A module's public routes (/api/v1/public/programs/…) belong to it as much as its staff routes do.
                    var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
                    var module = (segments.ElementAtOrDefault(2) == "public" ? segments.ElementAtOrDefault(3) : segments.ElementAtOrDefault(2)) ?? path;
                    (users.TryGetValue(reference.GetString()!, out var set) ? set : users[reference.GetString()!] = []).Add(module);
                }
        }
        Assert.NotEmpty(users);
        Assert.Empty(users.Where(u => u.Value.Count > 1).Select(u => $"{u.Key}: {string.Join(", ", u.Value)}"));
    }

    [Fact]
    public async Task Every_operation_has_a_summary_and_documents_its_error_answers()
    {
        var operations = Operations(await DocumentAsync()).ToList();
        Assert.NotEmpty(operations);
        Assert.Empty(operations.Where(o => !o.Operation.TryGetProperty("summary", out var s) || string.IsNullOrWhiteSpace(s.GetString()))
            .Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}"));

        static bool Documents(JsonElement op, string status) => op.GetProperty("responses").TryGetProperty(status, out _);
        var staff = operations.Where(o => o.Path.StartsWith("/api/v1/finance/") || o.Path.StartsWith("/api/v1/organization/")).ToList();
        Assert.All(staff, o => Assert.True(Documents(o.Operation, "401") && Documents(o.Operation, "403"), $"{o.Method} {o.Path} lacks 401/403"));
        Assert.All(operations.Where(o => o.Path.Contains('{')), o => Assert.True(Documents(o.Operation, "404"), $"{o.Method} {o.Path} lacks 404"));
        Assert.All(operations.Where(o => o.Operation.TryGetProperty("requestBody", out _)),
            o => Assert.True(Documents(o.Operation, "400"), $"{o.Method} {o.Path} lacks 400"));
        var book = operations.Single(o => o.Path == "/api/v1/public/reservations" && o.Method == "post").Operation;
        Assert.True(Documents(book, "409") && Documents(book, "429"));
    }

    /// <summary>
    /// Every type a request or response carries, to any depth, through the serializer's own view of it: two different
    /// types must never get one schema id (a client would then send one's fields to the other's endpoint).
    /// </summary>
    [Fact]
    public void No_two_types_share_a_schema_id()
    {
        var options = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var api = app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(g => g.Items).ToList();
        var roots = api.SelectMany(d => d.ParameterDescriptions.Where(p => p.Source == BindingSource.Body).Select(p => p.Type)
            .Concat(d.SupportedResponseTypes.Select(r => r.Type))).OfType<Type>().Where(t => t != typeof(void));

        var seen = new HashSet<Type>();
        var ids = new Dictionary<string, HashSet<Type>>();
        void Walk(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(object) || type.IsGenericTypeDefinition || !seen.Add(type)) return;
            var info = options.GetTypeInfo(type);
            if (OpenApiSetup.SchemaId(info) is { } id) (ids.TryGetValue(id, out var set) ? set : ids[id] = []).Add(type);
            var next = info.Kind switch
            {
                JsonTypeInfoKind.Object => info.Properties.Select(p => p.PropertyType),
                JsonTypeInfoKind.Enumerable => [info.ElementType!],
                JsonTypeInfoKind.Dictionary => [info.KeyType!, info.ElementType!],
                _ => [],
            };
            foreach (var t in next) Walk(t);
        }
        foreach (var root in roots) Walk(root);

        Assert.Contains("SaveBudgetLineCommand", ids.Keys);
        Assert.Empty(ids.Where(i => i.Value.Count > 1).Select(i => $"{i.Key}: {string.Join(", ", i.Value.Select(t => t.FullName))}"));
    }
}

[Collection("sqlite")]
public sealed class OpenApiOnSqlite(SqliteApp app) : OpenApiTests(app);

[Collection("postgres")]
public sealed class OpenApiOnPostgres(PostgresApp app) : OpenApiTests(app);
