using System.Security.Claims;

namespace SciMuseum.Core.Identity;

/// <summary>
/// Who is acting in this scope and which museum's rows they see. Set once per request (middleware) or circuit
/// (circuit handler); the tenant filter and the audit interceptor read it.
/// </summary>
public sealed class UserContext
{
    public ClaimsPrincipal Principal { get; private set; } = new(new ClaimsIdentity());

    /// <summary>The museum whose rows this scope reads and writes; null sees nothing.</summary>
    public Guid? MuseumId { get; private set; }

    /// <summary>Set-up work (migrations, seeding, jobs) that spans museums.</summary>
    public bool IsSystem { get; private set; }

    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => Principal.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;
    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    /// <summary>Why this scope's changes are made, where a use case asks for one (a change to a closed period); the audit log keeps it.</summary>
    public string? ChangeReason { get; set; }

    public static Guid? HomeMuseum(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(MuseumClaims.Museum), out var id) ? id : null;

    public void Use(ClaimsPrincipal principal, Guid? museumId)
    {
        Principal = principal;
        MuseumId = museumId;
        IsSystem = false;
    }

    /// <summary>Acts on another museum's rows for a moment (a system administrator setting up a new museum); the caller switches back.</summary>
    public void Act(Guid? museumId) => MuseumId = museumId;

    public UserContext AsSystem(Guid? museumId = null)
    {
        IsSystem = true;
        MuseumId = museumId;
        return this;
    }
}
