using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SciMuseum.Web.Hosting;

/// <summary>Names the API, and tells OpenAPI clients to send the token from POST /api/v1/auth/login.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info.Title = "SciMuseum API";
        document.Info.Description = "科技馆信息与绩效评价系统 API. Sign in with POST /api/v1/auth/login and send Authorization: Bearer <accessToken>.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "accessToken from POST /api/v1/auth/login",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
        return Task.CompletedTask;
    }
}
