using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using SciMuseum.Core.Common;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Hosting;

/// <summary>RFC 9457 answers with stable <c>type</c> URIs and titles in the caller's language.</summary>
public static class Problems
{
    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: L("提交的内容有误，请逐项检查。", "Some fields are invalid."), type: "/problems/validation");

    /// <summary>A validation problem naming one field.</summary>
    public static ValidationProblem Field(string field, string zh, string en) => Field(field, L(zh, en));

    public static ValidationProblem Field(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string zh, string en) =>
        TypedResults.Problem(statusCode: 404, type: "/problems/not-found", title: L("找不到", "Not found"), detail: L(zh, en));

    /// <summary>A change to a signed-off year or to days already past without a leader's authority (403) or without a reason (400).</summary>
    public static ProblemHttpResult PastPeriod(Core.Performance.PastChanges.Verdict verdict) =>
        TypedResults.Problem(statusCode: verdict is Core.Performance.PastChanges.NeedsReason ? 400 : 403, type: "/problems/past-period",
            title: L("操作被拒绝", "Refused"), detail: Core.Performance.PastChanges.Explain(verdict));

    /// <summary>A business rule said no (sold out, over budget, in use…).</summary>
    public static ProblemHttpResult Refused(string type, string zh, string en, int status = 409) =>
        TypedResults.Problem(statusCode: status, type: "/problems/" + type, title: L("操作被拒绝", "Refused"), detail: L(zh, en));

    /// <summary>
    /// The one mapping of a use case's <see cref="Refusal"/> to RFC 9457: a field error is a 400 validation problem naming
    /// the field; not-found is 404; every other type is a 409 with the stable <c>/problems/{type}</c> URI (its field, if
    /// any, only tells a page where to show the message).
    /// </summary>
    public static Refused From(Refusal refusal) => new(refusal switch
    {
        { IsFieldError: true } => Field(refusal.Field!, refusal.Zh, refusal.En),
        { Type: Refusal.NotFoundType } => NotFound(refusal.Zh, refusal.En),
        _ => Refused(refusal.Type, refusal.Zh, refusal.En, StatusOf(refusal.Type)),
    });

    /// <summary>Field errors a handler found itself, as the <see cref="Refused"/> its union already has.</summary>
    public static Refused Invalid(IDictionary<string, string[]> errors) => new(Validation(errors));

    /// <summary>A business refusal where an endpoint's union already has a <see cref="ProblemHttpResult"/>.</summary>
    public static ProblemHttpResult Refused(Refusal refusal) => Refused(refusal.Type, refusal.Zh, refusal.En, StatusOf(refusal.Type));

    /// <summary>Types answered with another status than 409 (none yet beside not-found): add them here, not at the call.</summary>
    private static int StatusOf(string type) => type switch
    {
        Refusal.ValidationType => 400,
        Core.Performance.PastChanges.PastPeriodType => 403,
        _ => 409,
    };
}

/// <summary>
/// The HTTP answer to a <see cref="Refusal"/>: a validation problem (400) or a problem with its type (404, 409). One result
/// type, so an endpoint's union reads <c>Results&lt;Ok&lt;T&gt;, Refused&gt;</c> and its OpenAPI lists the three answers.
/// </summary>
public sealed class Refused : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private readonly IResult inner;

    internal Refused(IResult inner) => this.inner = inner;

    public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => inner.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(400, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(404, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(409, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
    }
}

/// <summary>Titles for the problems the framework writes itself (401 from the token check, 404 of an unknown route…).</summary>
internal static class StatusTitles
{
    public static void Apply(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        if (problem.Type?.StartsWith("/problems/") == true || problem.Status is not { } status) return;
        (string Zh, string En)? title = status switch
        {
            400 => ("请求无效", "Bad request"),
            401 => ("请先登录（需要有效的访问令牌）", "Sign in first (a valid access token is required)"),
            403 => ("无权执行此操作", "Your role may not do this"),
            404 => ("找不到", "Not found"),
            405 => ("不支持此请求方法", "Method not allowed"),
            413 => ("请求体过大", "The request body is too large"),
            415 => ("请以 application/json 提交", "Send the body as application/json"),
            _ => null,
        };
        if (title is { } t) problem.Title = L(t.Zh, t.En);
    }
}
