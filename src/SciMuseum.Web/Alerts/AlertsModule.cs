using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Alerts;

/// <summary>每日提醒: each department's daily digest of what needs attention (finance monitoring, goals, overdue measures).</summary>
public sealed class AlertsModule : MuseumModule
{
    public override string Key => "alerts";

    public override void AddServices(IServiceCollection services, IConfiguration config) => services.AddJob<DigestJob>();

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapAlertsApi();
}
