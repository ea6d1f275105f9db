using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SciMuseum.Web.Programs;

/// <summary>The link to a family's sign-up page carries a signed, time-limited token for its code (never the phone), as ticket links do.</summary>
public static class SignUpLinks
{
    private const string Purpose = "SciMuseum.Programs.SignUpLink.v1";

    public static string For(IDataProtectionProvider protection, string code) =>
        $"/programs/signup/{code}?t={Uri.EscapeDataString(Protector(protection).Protect(code, TimeSpan.FromDays(90)))}";

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
