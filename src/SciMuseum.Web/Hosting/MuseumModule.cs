using SciMuseum.Web.Components.Layout;

namespace SciMuseum.Web.Hosting;

/// <summary>
/// One museum module's registration, in one place: its services (use cases, metric provider, demo step, jobs),
/// its API endpoints and its staff menu entries. EF mappings need nothing here: each module's
/// <c>IEntityTypeConfiguration</c> classes and its <c>MuseumDb</c> partial sit in its Core folder and are found there.
/// The host walks <see cref="Modules.All"/>; adding a module means a folder in each project and one line in that list
/// (docs/ADDING-A-MODULE.md).
/// </summary>
public abstract class MuseumModule
{
    /// <summary>Lower-case key, the same as its metrics' prefix (<c>visitors</c> → <c>visitors.admitted</c>).</summary>
    public abstract string Key { get; }

    /// <summary>Use cases, the metric provider (<c>AddMetricProvider</c>), the demo step (<c>AddDemoStep</c>), jobs (<c>AddJob</c>).</summary>
    public virtual void AddServices(IServiceCollection services, IConfiguration config) { }

    /// <summary>Routes under <paramref name="api"/> (<c>/api/v1</c>, validated by the shared filter); <paramref name="app"/> for anything outside it.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api) { }

    /// <summary>Staff pages, each under its department's group (<see cref="MenuGroups"/>), in the order given.</summary>
    public virtual IEnumerable<MenuEntry> Menu => [];
}

public static class ModuleServices
{
    /// <summary>A background job: one instance, started with the host (never in the command-line tool).</summary>
    public static IServiceCollection AddJob<T>(this IServiceCollection services) where T : class, IHostedService =>
        services.AddSingleton<T>().AddHostedService(sp => sp.GetRequiredService<T>());
}
