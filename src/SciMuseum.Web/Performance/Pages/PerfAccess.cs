using System.Security.Claims;
using SciMuseum.Core.Identity;

namespace SciMuseum.Web.Performance.Pages;

/// <summary>Who may edit and who may sign off, as the performance pages ask it.</summary>
public static class PerfAccess
{
    public static bool IsEditor(ClaimsPrincipal user) => Any(user, Roles.PerformanceEditors);

    public static bool IsSigner(ClaimsPrincipal user) => Any(user, Roles.PerformanceSigners);

    private static bool Any(ClaimsPrincipal user, string roles) => roles.Split(',').Any(user.IsInRole);
}
