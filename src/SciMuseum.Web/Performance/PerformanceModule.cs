using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Reporting;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Performance;

/// <summary>绩效: goals, scoring tables, evaluations from every module's metrics, 双监控 and rectification (馆领导).</summary>
public sealed class PerformanceModule : MuseumModule
{
    private static readonly string[] Readers = Roles.PerformanceReaders.Split(',');

    public override string Key => "performance";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<MetricRegistry>();
        services.AddScoped<EvaluationRunner>();
        services.AddScoped<GoalMonitoring>();
        services.AddScoped<PerformanceScopes>();
        services.AddDemoStep<PerformanceDemoStep>();
        services.AddReportBlocks<PerformanceReportBlocks>();
        services.AddReportBlocks<MonitoringReportBlocks>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapPerformanceApi();

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Leadership, new("绩效评价", "Evaluations", "/staff/performance/evaluations", "trophy", Readers)),
        new(MenuGroups.Leadership, new("绩效目标", "Performance goals", "/staff/performance/goals", "aim", Readers)),
        new(MenuGroups.Leadership, new("绩效双监控", "Performance monitoring", "/staff/performance/monitoring", "alert", Readers)),
        new(MenuGroups.Leadership, new("整改台账", "Rectification", "/staff/performance/rectification", "check-square", Readers)),
        new(MenuGroups.Leadership, new("评分表", "Scoring tables", "/staff/performance/tables", "profile", Readers)),
    ];
}
