using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing.Patterns;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// Documents the error answers the pipeline gives on every API endpoint, from the endpoint's own metadata, so the
/// OpenAPI document cannot drift from what the server does: 400 (validation filter, unreadable parameters), 401/403
/// (authorization, other museums), 404 (a route naming a record), 413 (body too large), 429 (rate limited). Refusals
/// particular to one endpoint (409 …) are declared on its Map call with <c>.ProducesProblem(409)</c>.
/// </summary>
public static class ErrorAnswers
{
    private const string ProblemJson = "application/problem+json";

    public static TBuilder WithErrorAnswers<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        // Finally: it runs after the endpoint's own conventions, so RequireAuthorization/AllowAnonymous are known.
        builder.Finally(endpoint =>
        {
            var metadata = endpoint.Metadata;
            var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToHashSet();
            void Add(int status, Type type)
            {
                if (declared.Add(status)) metadata.Add(new ProducesResponseTypeMetadata(status, type, [ProblemJson]));
            }

            var route = (endpoint as RouteEndpointBuilder)?.RoutePattern;
            var body = metadata.OfType<IAcceptsMetadata>().Any();
            if (body || route?.Parameters.Count > 0 || HasQuery(metadata))
                Add(400, typeof(HttpValidationProblemDetails));
            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            if (!anonymous && metadata.OfType<IAuthorizeData>().Any())
            {
                Add(401, typeof(ProblemDetails));
                Add(403, typeof(ProblemDetails));
            }
            if (route?.Parameters.Any(p => p.ParameterKind == RoutePatternParameterKind.Standard) == true)
                Add(404, typeof(ProblemDetails));
            if (body) Add(413, typeof(ProblemDetails));
            if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Add(429, typeof(ProblemDetails));
        });
        return builder;
    }

    /// <summary>Whether the handler takes any argument from the query string (a wrong one answers 400).</summary>
    private static bool HasQuery(IList<object> metadata) =>
        metadata.OfType<System.Reflection.MethodInfo>().FirstOrDefault()?.GetParameters().Any(p => IsSimple(p.ParameterType)) == true;

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly);
    }
}
