using Microsoft.AspNetCore.Identity;

namespace SciMuseum.Core.Identity;

/// <summary>A person who signs in. Staff belong to one museum; a system administrator may have none.</summary>
public sealed class AppUser : IdentityUser, Common.IStamped
{
    public Guid? MuseumId { get; set; }
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public static class MuseumClaims
{
    public const string Museum = "museum";
    public const string Province = "province";
    /// <summary>A museum (its id) a province viewer is granted besides those of a granted province; one claim per museum.</summary>
    public const string GrantedMuseum = "granted_museum";
    public const string DisplayName = "display_name";
}
