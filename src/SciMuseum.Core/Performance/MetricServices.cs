using Microsoft.Extensions.DependencyInjection;

namespace SciMuseum.Core.Performance;

public static class MetricServices
{
    /// <summary>Publishes a module's figures: the <see cref="MetricRegistry"/> finds every provider added here.</summary>
    public static IServiceCollection AddMetricProvider<T>(this IServiceCollection services) where T : class, IMetricProvider =>
        services.AddScoped<IMetricProvider, T>();
}
