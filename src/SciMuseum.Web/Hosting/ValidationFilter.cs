using FluentValidation;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// Runs the core's validator for every endpoint argument that has one, before the handler: invalid input is answered
/// with a field-by-field 400 and the handler (and so the database) is never reached.
/// </summary>
public static class ValidationFilter
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext ctx, EndpointFilterDelegate next)
    {
        var known = ctx.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        var parameters = ctx.MethodInfo.GetParameters();
        var targets = parameters
            .Select((p, i) => (Index: i, Validator: typeof(IValidator<>).MakeGenericType(p.ParameterType)))
            .Where(t => known.IsService(t.Validator))
            .ToList();
        var inspected = parameters.Select((p, i) => (Parameter: p, Index: i))
            .Where(x => RequestShape.Inspects(x.Parameter) && !known.IsService(x.Parameter.ParameterType)).ToList();
        if (targets.Count == 0 && inspected.Count == 0) return next;

        return async invocation =>
        {
            // Implausible years and dates and nulls inside lists, wherever they are, before any validator (which may not expect a null item).
            var shape = RequestShape.Check(inspected, invocation.Arguments);
            if (shape.Count > 0) return Problems.Validation(shape);
            foreach (var (index, validatorType) in targets)
            {
                if (invocation.Arguments[index] is not { } argument)
                    return Problems.Field("$", "缺少请求体。", "The body is missing.");
                var validator = (IValidator)invocation.HttpContext.RequestServices.GetRequiredService(validatorType);
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                if (!result.IsValid) return Problems.Validation(result.ToDictionary());
            }
            return await next(invocation);
        };
    }
}
