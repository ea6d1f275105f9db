using SciMuseum.Core.Outreach;
using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Outreach;

/// <summary>科普大篷车: the science caravan's trips to schools and towns (展品维护研发部), counted for the report.</summary>
public sealed class OutreachModule : MuseumModule
{
    public override string Key => "outreach";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddMetricProvider<OutreachMetricProvider>();
        services.AddDemoStep<OutreachDemoStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapOutreachApi();

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Maintenance, new("科普大篷车", "Science caravan", "/staff/outreach/trips", "car")),
    ];
}
