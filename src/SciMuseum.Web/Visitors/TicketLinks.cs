using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SciMuseum.Web.Visitors;

/// <summary>
/// The link to a booking's tickets carries a signed, time-limited token for its code (<c>?t=</c>), never the phone:
/// a URL lands in browser history, proxies and referrers. Links with <c>?phone=</c> from before still open the page.
/// </summary>
public static class TicketLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private const string Purpose = "SciMuseum.Visitors.TicketLink.v1";

    public static string For(IDataProtectionProvider protection, string code) =>
        $"/visit/ticket/{code}?t={Uri.EscapeDataString(Protector(protection).Protect(code, Lifetime))}";

    /// <summary>True when <paramref name="token"/> was signed here for <paramref name="code"/> and has not expired.</summary>
    public static bool Opens(IDataProtectionProvider protection, string code, string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        try
        {
            return Protector(protection).Unprotect(token) == code;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
}
