using Microsoft.AspNetCore.DataProtection;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Visitors;

/// <summary>The link to a booking's tickets (see <see cref="CodeLinks"/>). Links with <c>?phone=</c> from before still open the page.</summary>
public static class TicketLinks
{
    private static readonly CodeLinks Links = new("SciMuseum.Visitors.TicketLink.v1", "/visit/ticket", TimeSpan.FromDays(30));

    public static TimeSpan Lifetime => Links.Lifetime;

    public static string For(IDataProtectionProvider protection, string code) => Links.For(protection, code);

    /// <summary>True when <paramref name="token"/> was signed here for <paramref name="code"/> and has not expired.</summary>
    public static bool Opens(IDataProtectionProvider protection, string code, string? token) => Links.Opens(protection, code, token);
}
