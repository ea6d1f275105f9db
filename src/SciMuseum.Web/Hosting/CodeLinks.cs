using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// A public page's link for a code (a ticket, a sign-up) carries a signed, time-limited token for that code (<c>?t=</c>),
/// never the phone: a URL lands in browser history, proxies and referrers. Each kind of link has its own purpose, so a
/// token for one kind never opens another.
/// </summary>
public sealed class CodeLinks(string purpose, string pathPrefix, TimeSpan lifetime)
{
    public TimeSpan Lifetime => lifetime;

    public string For(IDataProtectionProvider protection, string code) =>
        $"{pathPrefix}/{code}?t={Uri.EscapeDataString(Protector(protection).Protect(code, lifetime))}";

    /// <summary>True when <paramref name="token"/> was signed here for <paramref name="code"/> and has not expired.</summary>
    public bool Opens(IDataProtectionProvider protection, string code, string? token)
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

    private ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(purpose).ToTimeLimitedDataProtector();
}
