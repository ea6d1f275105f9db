using Microsoft.AspNetCore.Http.HttpResults;
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
