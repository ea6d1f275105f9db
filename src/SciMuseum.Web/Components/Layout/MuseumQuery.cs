using Microsoft.AspNetCore.WebUtilities;

namespace SciMuseum.Web.Components.Layout;

/// <summary>
/// A system administrator or province viewer browsing another museum does so by <c>?museum=</c>: every in-app link
/// and redirect carries it on, so that moving around never silently drops back to the user's own museum.
/// </summary>
public static class MuseumQuery
{
    private const string Name = "museum";

    /// <summary>The <c>?museum=</c> of an address (absolute or relative), or null.</summary>
    public static string? Of(string uri)
    {
        var query = uri.IndexOf('?') is var at and >= 0 ? uri[at..].Split('#')[0] : "";
        return QueryHelpers.ParseQuery(query).TryGetValue(Name, out var v) && v.ToString().Trim() is { Length: > 0 } value ? value : null;
    }

    /// <summary><paramref name="href"/> with <c>museum=</c><paramref name="museum"/> added, unless it names a museum already (or there is none to carry).</summary>
    public static string Carry(string href, string? museum)
    {
        if (museum is null || Of(href) is not null) return href;
        var hash = href.IndexOf('#') is var h and >= 0 ? href[h..] : "";
        var path = href[..(href.Length - hash.Length)];
        return $"{path}{(path.Contains('?') ? '&' : '?')}{Name}={Uri.EscapeDataString(museum)}{hash}";
    }

    /// <summary>Whether a location is a staff page of this app (where a museum choice means something).</summary>
    public static bool IsStaffPage(string relativePath) =>
        relativePath.Split('?', '#')[0].TrimStart('/') is var p && (p == "staff" || p.StartsWith("staff/", StringComparison.OrdinalIgnoreCase));
}
