using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;

namespace SciMuseum.Web.Hosting;

/// <summary>A use case's <see cref="Result{T}"/> as an HTTP answer: its value, or its refusal through <see cref="Problems.From"/>.</summary>
public static class Answers
{
    public static Results<Ok<T>, Refused> Ok<T>(Result<T> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value) : Problems.From(result.Refusal!);

    public static Results<Created<T>, Refused> Created<T>(Result<T> result, Func<T, string> location) =>
        result.Succeeded ? TypedResults.Created(location(result.Value!), result.Value) : Problems.From(result.Refusal!);

    public static Results<NoContent, Refused> NoContent<T>(Result<T> result) =>
        result.Succeeded ? TypedResults.NoContent() : Problems.From(result.Refusal!);
}
