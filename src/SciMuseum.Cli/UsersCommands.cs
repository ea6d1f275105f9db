using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Data;

namespace SciMuseum.Cli;

public static class UsersCommands
{
    public static Command Build()
    {
        var email = new Option<string>("--email") { Description = "Sign-in email", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (姓名)" };
        var password = new Option<string?>("--password") { Description = "Password (≥ 10 characters); generated and printed if omitted" };
        var museum = new Option<string?>("--museum") { Description = "Museum code (default: the first museum)" };
        var granted = new Option<string?>("--museums") { Description = "Province viewer: codes of the museums granted, comma-separated (e.g. A,B)" };
        var grantedProvince = new Option<string?>("--province") { Description = "Province viewer: the province granted (default: the home museum's)" };
        var roles = new Option<string[]>("--role")
        {
            Description = "Role, repeatable: " + string.Join(", ", Roles.All),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        roles.Validators.Add(r =>
        {
            var unknown = r.GetValueOrDefault<string[]>().Where(x => !Roles.All.Contains(x)).ToList();
            if (unknown.Count > 0) r.AddError($"Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Roles.All)}");
        });

        var add = new Command("add", "Add a staff account") { email, name, password, museum, roles, granted, grantedProvince };
        add.SetAction((parsed, ct) => Options.Run(parsed, async (services, token) =>
        {
            var init = services.GetRequiredService<DatabaseInitializer>();
            await init.MigrateAsync(token);
            await init.EnsureRolesAsync();
            var db = services.GetRequiredService<MuseumDb>();
            var code = parsed.GetValue(museum);
            var museumId = await db.Museums.Where(m => code == null || m.Code == code).OrderBy(m => m.CreatedAt)
                .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(token);
            if (museumId is null)
            {
                Console.Error.WriteLine(code is null ? "error: there is no museum yet; start the web app or run seed first." : $"error: no museum with code '{code}'.");
                return 1;
            }

            var grants = new List<System.Security.Claims.Claim>();
            foreach (var grant in (parsed.GetValue(granted) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var grantedId = await db.Museums.Where(m => m.Code == grant && !m.IsArchived).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(token);
                if (grantedId is null)
                {
                    Console.Error.WriteLine($"error: no museum with code '{grant}'.");
                    return 1;
                }
                grants.Add(new(MuseumClaims.GrantedMuseum, grantedId.Value.ToString()));
            }
            if (parsed.GetValue(grantedProvince) is { Length: > 0 } p) grants.Add(new(MuseumClaims.Province, p.Trim()));
            if (grants.Count > 0 && !parsed.GetValue(roles)!.Contains(Roles.ProvinceViewer))
            {
                Console.Error.WriteLine("error: --museums and --province grant what a ProvinceViewer sees; add --role ProvinceViewer.");
                return 2;
            }

            var users = services.GetRequiredService<UserManager<AppUser>>();
            var address = parsed.GetValue(email)!;
            var chosen = parsed.GetValue(password);
            var secret = string.IsNullOrEmpty(chosen) ? DatabaseInitializer.GeneratePassword() : chosen;
            var user = new AppUser { UserName = address, Email = address, EmailConfirmed = true, DisplayName = parsed.GetValue(name) ?? address, MuseumId = museumId };
            var created = await users.CreateAsync(user, secret);
            if (created.Succeeded) created = await users.AddToRolesAsync(user, parsed.GetValue(roles)!.Distinct());
            if (created.Succeeded && grants.Count > 0) created = await users.AddClaimsAsync(user, grants);
            if (!created.Succeeded)
            {
                foreach (var e in created.Errors) Console.Error.WriteLine($"error: {e.Description}");
                return 1;
            }
            Console.WriteLine($"Added {address} ({string.Join(", ", parsed.GetValue(roles)!)}).");
            if (string.IsNullOrEmpty(chosen)) Console.WriteLine($"Password (shown once): {secret}");
            return 0;
        }, ct));
        return new Command("users", "Staff accounts") { add };
    }
}
