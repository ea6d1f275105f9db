using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Web.Performance;

/// <summary>
/// One fresh DI scope per page operation: the metric registry and runner cache per scope, so a circuit must not keep
/// one for its lifetime. The new scope reads and writes as the circuit's user, in the circuit's museum.
/// </summary>
public sealed class PerformanceScopes(IServiceScopeFactory scopes, UserContext user)
{
    public async Task<T> RunAsync<T>(Func<Services, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<UserContext>().Use(user.Principal, user.MuseumId);
        return await work(new Services(scope.ServiceProvider));
    }

    /// <summary>What the performance pages use inside one scope.</summary>
    public sealed class Services(IServiceProvider sp)
    {
        public MuseumDb Db => sp.GetRequiredService<MuseumDb>();
        public EvaluationRunner Runner => sp.GetRequiredService<EvaluationRunner>();
        public MetricRegistry Metrics => sp.GetRequiredService<MetricRegistry>();
        public GoalMonitoring Goals => sp.GetRequiredService<GoalMonitoring>();
        public Core.Finance.Monitoring Budget => sp.GetRequiredService<Core.Finance.Monitoring>();
        public TimeProvider Clock => sp.GetRequiredService<TimeProvider>();
        public T Get<T>() where T : notnull => sp.GetRequiredService<T>();
    }
}
