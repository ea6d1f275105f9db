using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// The OpenAPI document a generated client can trust: one schema id per CLR type, and the error answers every
/// operation can give (<see cref="ErrorAnswers"/>).
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddSciMuseumOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<BearerSecurityTransformer>();
            o.CreateSchemaReferenceId = SchemaId;
        });

    /// <summary>
    /// The framework names a schema by the type's own name, so every use case's nested <c>Command</c> would share one
    /// component (and a client would send the museum profile's fields to every endpoint). Naming by the declaring
    /// types as well (<c>SaveBudgetLine.Command</c> → <c>SaveBudgetLineCommand</c>, <c>Page&lt;ListStaff.Row&gt;</c> →
    /// <c>PageOfListStaffRow</c>) keeps ids unique and stable.
    /// </summary>
    public static string? SchemaId(JsonTypeInfo type) =>
        OpenApiOptions.CreateDefaultSchemaReferenceId(type) is null || IsAnonymous(type.Type) ? null : Name(type.Type);

    /// <summary>An anonymous answer is written inline: its compiler name (&lt;&gt;f__AnonymousType0) is no valid component id.</summary>
    private static bool IsAnonymous(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false) && type.Name.Contains("AnonymousType");

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return Name(inner);
        if (type.IsArray) return "ArrayOf" + Name(type.GetElementType()!);
        return type.IsGenericType
            ? Plain(type) + "Of" + string.Join("And", type.GetGenericArguments().Select(Name))
            : Plain(type);
    }

    private static string Plain(Type type) => (type.IsNested ? Plain(type.DeclaringType!) : "") + type.Name.Split('`')[0];
}
