using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data;

public static class IdentityServices
{
    /// <summary>Users and roles on EF stores with the museum's password and lock-out rules (web app and CLI alike).</summary>
    public static IdentityBuilder AddSciMuseumIdentity(this IServiceCollection services)
    {
        // Keys live in the database, so every app instance (and the CLI) reads the same tokens and cookies.
        services.AddDataProtection().SetApplicationName("SciMuseum").PersistKeysToDbContext<MuseumDb>();
        return services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MuseumDb>()
            .AddDefaultTokenProviders();
    }
}
