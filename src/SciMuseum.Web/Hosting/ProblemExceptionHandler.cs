using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using SciMuseum.Core.Audit;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// Turns every exception into problem details: bad bodies become 400/413/415 naming the field, refused cross-museum
/// writes 403, lost races 409, a database too busy to answer in time 503 with Retry-After, anything else a 500 with a trace id (logged here; no stack trace leaves the server).
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IConfiguration config, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception ex, CancellationToken ct)
    {
        if (Overload.IsDatabaseBusy(ex))
        {
            log.LogWarning(ex, "Database busy on {Method} {Path}: answered 503", ctx.Request.Method, ctx.Request.Path);
            await Overload.WriteAsync(ctx, Overload.RetryAfterSeconds(config));
            return true;
        }
        var problem = ex is BadHttpRequestException { InnerException: JsonException bad } && UnknownFields.Describe(bad, ctx, json.Value.SerializerOptions) is { } unknown
            ? Unknown(unknown.Field, unknown.Accepted)
            : Describe(ex);
        if (problem.Status == 500)
            log.LogError(ex, "Unhandled exception on {Method} {Path}", ctx.Request.Method, ctx.Request.Path);
        ctx.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = ctx, ProblemDetails = problem });
    }

    private static ProblemDetails Describe(Exception ex) => ex switch
    {
        BadHttpRequestException { InnerException: JsonException json } => BadJson(json),
        BadHttpRequestException { StatusCode: 413 } => Problem(413, "too-large", L("请求体过大。", "The request body is too large.")),
        BadHttpRequestException { StatusCode: 415 } => Problem(415, "unsupported-media-type",
            L("请以 application/json 提交。", "Send the body as application/json.")),
        BadHttpRequestException bad when BadParameter().Match(bad.Message) is { Success: true } m => new ValidationProblemDetails(
            new Dictionary<string, string[]> { [m.Groups[1].Value] = [L("格式不对。", "Wrong format.")] })
        {
            Status = 400,
            Type = "/problems/validation",
            Title = L("提交的内容有误，请逐项检查。", "Some fields are invalid."),
        },
        BadHttpRequestException bad => Problem(bad.StatusCode, "bad-request", L("请求无效：缺少或无法识别的参数。", "Bad request: a parameter is missing or unreadable.")),
        CrossMuseumWriteException => Problem(403, "other-museum", L("不能修改其他场馆的数据。", "You cannot change another museum's records.")),
        DbUpdateConcurrencyException => Problem(409, "conflict", L("数据已被他人修改，请刷新后重试。", "Someone else changed this record; reload and try again.")),
        // A unique key lost a race that the use case's own check could not see (e.g. two requests opening the same year).
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } } =>
            Problem(409, "conflict", L("同样的记录刚刚已被保存，请刷新后查看。", "The same record was just saved by someone else; reload to see it.")),
        _ => Problem(500, "unexpected", L("服务器出错了，已记录。请把追踪号告诉管理员。", "Something went wrong and was logged. Quote the trace id to your administrator.")),
    };

    /// <summary>An unknown field, named, with the fields its object accepts: a client sees its typo at once.</summary>
    private static ValidationProblemDetails Unknown(string field, IReadOnlyList<string> accepted) => Invalid(field, accepted.Count == 0
        ? L("不认识的字段。", "Unknown field.")
        : L($"不认识的字段。可用字段：{string.Join("、", accepted)}。", $"Unknown field. Accepted fields: {string.Join(", ", accepted)}."));

    private static ValidationProblemDetails BadJson(JsonException json)
    {
        var unknown = UnknownProperty().Match(json.Message);
        var (field, message) = unknown.Success
            ? (unknown.Groups[1].Value, L("不认识的字段。", "Unknown field."))
            // A syntax error (the reader's own JsonException inside) is the body's fault, not the field's where reading stopped.
            : json.Path is { Length: > 2 } path && json.InnerException is not JsonException
                ? (path[2..], L("类型或格式不对。", "Wrong type or format."))
                : ("$", L("请求体不是有效的 JSON。", "The body is not valid JSON."));
        return Invalid(field, message);
    }

    private static ValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = 400,
            Type = "/problems/validation",
            Title = L("提交的内容有误，请逐项检查。", "Some fields are invalid."),
        };

    private static ProblemDetails Problem(int status, string type, string detail) => new()
    {
        Status = status,
        Type = "/problems/" + type,
        Title = status >= 500 ? L("服务器错误", "Server error") : L("请求无效", "Bad request"),
        Detail = detail,
    };

    [GeneratedRegex("parameter \"[^\"]*? (\\w+)\" from")]
    private static partial Regex BadParameter();

    [GeneratedRegex("JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownProperty();
}
