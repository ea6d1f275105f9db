using Microsoft.AspNetCore.DataProtection;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Programs;

/// <summary>The link to a family's sign-up page: a signed, time-limited token for its code, as ticket links have.</summary>
public static class SignUpLinks
{
    private static readonly CodeLinks Links = new("SciMuseum.Programs.SignUpLink.v1", "/programs/signup", TimeSpan.FromDays(90));

    public static string For(IDataProtectionProvider protection, string code) => Links.For(protection, code);

    public static bool Opens(IDataProtectionProvider protection, string code, string? token) => Links.Opens(protection, code, token);
}
