using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AntDesign;
using FluentValidation;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Data;
using SciMuseum.Web.Auth;
using SciMuseum.Web.Components.Layout;

namespace SciMuseum.Web.Hosting;

public static class WebServices
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddSciMuseumWeb(this IServiceCollection services, IConfiguration config)
    {
        AddIdentity(services);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitHandler, UserCircuitHandler>();
        services.AddAntDesign();
        services.AddSciMuseumModules(config);
        services.AddSingleton(new StaffMenu(Modules.All));

        services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = o.FallBackToParentUICultures = true;
        });

        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        var maxBody = config.GetValue<long?>("SciMuseum:MaxRequestBodyBytes") ?? 1_048_576;
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = maxBody);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx => StatusTitles.Apply(ctx.ProblemDetails));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        AddValidators(services);

        services.AddSciMuseumOpenApi();
        services.AddResponseSize();
        services.AddHealthChecks().AddDbContextCheck<MuseumDb>("database", tags: ["ready"]);
        services.AddWebSecurity(config);
        return services;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddSciMuseumIdentity()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<MuseumClaimsFactory>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.ByPath;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(AuthSchemes.ByPath, "Bearer for /api, cookie for pages", o =>
                o.ForwardDefaultSelector = ctx => AuthSchemes.IsApi(ctx.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/login";
            o.Cookie.Name = "SciMuseum.Auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
        });
        services.AddAuthorization();
    }

    /// <summary>Every FluentValidation validator in the core, scoped (many look things up in the database).</summary>
    private static void AddValidators(IServiceCollection services)
    {
        var validators = new[] { typeof(MuseumDb).Assembly, typeof(WebServices).Assembly }.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var type in validators)
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                // One for the app where it needs nothing per request (the booking's: built per request it cost a dozen
                // rules and two regexes on every booking of a storm); scoped where it reads the database.
                if (type.GetConstructors().All(c => c.GetParameters().All(p => p.ParameterType == typeof(TimeProvider))))
                    services.AddSingleton(contract, type);
                else services.AddScoped(contract, type);
            }
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}
