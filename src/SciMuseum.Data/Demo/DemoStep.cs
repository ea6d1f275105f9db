using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// One module's part of a demo museum: its records for the demo year. Modules register theirs with
/// <see cref="DemoSteps.AddDemoStep{T}"/>; <see cref="DatabaseInitializer.SeedDemoAsync"/> runs them in module order
/// after the museum and its organisation exist. A step whose records are there already is skipped, so a database from
/// before a module existed gets that module's demo records on its next start.
/// </summary>
public interface IDemoStep
{
    /// <summary>What the log says was loaded, e.g. "budget".</summary>
    string Name { get; }

    Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct);

    /// <summary>Adds the records; the initializer saves them in one transaction.</summary>
    Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct);
}

public static class DemoSteps
{
    public static IServiceCollection AddDemoStep<T>(this IServiceCollection services) where T : class, IDemoStep =>
        services.AddScoped<IDemoStep, T>();

    /// <summary>The demo museum's departments by kind (the standard seven).</summary>
    public static async Task<Dictionary<DepartmentKind, Department>> DepartmentsAsync(MuseumDb db, Guid museumId, CancellationToken ct) =>
        (await db.Departments.Where(d => d.MuseumId == museumId).ToListAsync(ct)).GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.First());
}
