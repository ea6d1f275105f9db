using FluentValidation;
using SciMuseum.Core.Identity;

namespace SciMuseum.Web.Components;

/// <summary>
/// Pages validate as the API does: the validator registered for the command in dependency injection (the one the
/// API's <see cref="Hosting.ValidationFilter"/> runs), its failures put under each field. The validator comes from a
/// fresh scope acting as the page's user (as <see cref="Performance.PerformanceScopes"/> does), so validators that look
/// things up get a short-lived database context, not one kept for the whole circuit.
/// </summary>
public static class PageValidation
{
    /// <returns>true when the command is valid; otherwise <paramref name="errors"/> holds each field's messages.</returns>
    public static async Task<bool> ValidateAsync<T>(this IServiceProvider services, T command, FieldErrors errors, CancellationToken ct = default)
    {
        var user = services.GetRequiredService<UserContext>();
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(user.Principal, user.MuseumId);
        var validator = scope.ServiceProvider.GetRequiredService<IValidator<T>>();
        errors.AddAll(await validator.ValidateAsync(command, ct));
        return !errors.Any;
    }
}
