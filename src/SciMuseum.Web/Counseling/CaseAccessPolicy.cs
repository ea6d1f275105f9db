using Microsoft.AspNetCore.Authorization;
using SciMuseum.Core.Counseling;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Web.Counseling;

/// <summary>
/// The case routes' policy: counselors only. Any other signed-in caller — the administrator, a leader, the center's
/// head — is refused before the handler runs (so before the body is even validated), and the refusal is audited
/// with the route asked for. Which counselor may open which case is the use cases' check (<see cref="CaseAccess"/>).
/// </summary>
public static class CaseAccessPolicy
{
    public const string Name = "counseling-cases";

    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, CounselorOnlyHandler>();
        services.AddAuthorizationBuilder().AddPolicy(Name, p => p.RequireAuthenticatedUser().AddRequirements(new CounselorOnly()));
    }

    public sealed class CounselorOnly : IAuthorizationRequirement;

    private sealed class CounselorOnlyHandler(TimeProvider clock) : AuthorizationHandler<CounselorOnly>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CounselorOnly requirement)
        {
            if (context.User.IsInRole(Roles.Counselor))
            {
                context.Succeed(requirement);
                return;
            }
            if (context.User.Identity?.IsAuthenticated != true || context.Resource is not HttpContext http) return;
            var roles = string.Join(",", Roles.All.Where(context.User.IsInRole));
            var key = http.Request.RouteValues.TryGetValue("id", out var id) && id is not null ? id.ToString()! : http.Request.Path.ToString();
            var db = http.RequestServices.GetRequiredService<MuseumDb>();
            await CaseAccess.RefusedAsync(db, clock, key, $"角色 {roles} 无权访问个案：{http.Request.Method} {http.Request.Path}", http.RequestAborted);
        }
    }
}
