using System.CommandLine;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Data;
using SciMuseum.Web.Organization;

namespace SciMuseum.Cli;

/// <summary><c>scimuseum museums add|list</c>: the installation's museums.</summary>
public static class MuseumsCommands
{
    public static Command Build()
    {
        var code = new Option<string>("--code") { Description = "Short code used in URLs (lower-case letters, digits, hyphens)", Required = true };
        var name = new Option<string>("--name") { Description = "Museum name (名称)", Required = true };
        var province = new Option<string?>("--province") { Description = "Province (省份), e.g. 河南省" };
        var city = new Option<string?>("--city") { Description = "City (城市)" };
        var departments = new Option<string>("--departments") { Description = "standard (the seven of 四部一室两中心) or none", DefaultValueFactory = _ => "standard" };
        departments.AcceptOnlyFromAmong("standard", "none");
        var adminEmail = new Option<string?>("--admin-email") { Description = "First administrator's e-mail (optional)" };
        var adminPassword = new Option<string?>("--admin-password") { Description = "First administrator's password (≥ 10 characters); generated and printed if omitted" };

        var add = new Command("add", "Add a museum") { code, name, province, city, departments, adminEmail, adminPassword };
        add.SetAction((parsed, ct) => Options.Run(parsed, async (services, token) =>
        {
            var init = services.GetRequiredService<DatabaseInitializer>();
            await init.MigrateAsync(token);
            await init.EnsureRolesAsync();
            var email = parsed.GetValue(adminEmail);
            var chosen = parsed.GetValue(adminPassword);
            var secret = string.IsNullOrEmpty(chosen) ? DatabaseInitializer.GeneratePassword() : chosen;
            var command = new ManageMuseums.CreateCommand(parsed.GetValue(code), parsed.GetValue(name), parsed.GetValue(province), parsed.GetValue(city),
                parsed.GetValue(departments) == "none" ? DepartmentsMode.None : DepartmentsMode.Standard, null,
                string.IsNullOrEmpty(email) ? null : new ManageMuseums.FirstAdministrator(email, secret));
            var checks = await services.GetRequiredService<IValidator<ManageMuseums.CreateCommand>>().ValidateAsync(command, token);
            if (!checks.IsValid)
            {
                foreach (var e in checks.Errors) Console.Error.WriteLine($"error: {e.PropertyName}: {e.ErrorMessage}");
                return 1;
            }
            var made = await MuseumSetup.CreateAsync(services.GetRequiredService<MuseumDb>(), services.GetRequiredService<UserManager<AppUser>>(), command, token);
            if (made.Refusal is { } r)
            {
                Console.Error.WriteLine($"error: {(r.Field is null ? "" : r.Field + ": ")}{r.Zh} / {r.En}");
                return 1;
            }
            Console.WriteLine($"Added museum {made.Value!.Name} ({made.Value.Code}).");
            if (!string.IsNullOrEmpty(email)) Console.WriteLine($"Administrator {email}" + (string.IsNullOrEmpty(chosen) ? $", password (shown once): {secret}" : "."));
            return 0;
        }, ct));

        var all = new Option<bool>("--archived") { Description = "Include archived museums" };
        var list = new Command("list", "List the museums (code, name, province, city)") { all };
        list.SetAction((parsed, ct) => Options.Run(parsed, async (services, token) =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
            foreach (var m in await ManageMuseums.ListAsync(services.GetRequiredService<MuseumDb>(), parsed.GetValue(all), token))
                Console.WriteLine($"{m.Code}\t{m.Name}\t{m.Province}\t{m.City}{(m.IsArchived ? "\t(archived)" : "")}");
            return 0;
        }, ct));
        return new Command("museums", "Museums of this installation") { add, list };
    }
}
