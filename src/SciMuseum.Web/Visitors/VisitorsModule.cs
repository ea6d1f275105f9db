using SciMuseum.Core.Reporting;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Visitors;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Visitors;

/// <summary>展览教育部's visitors: opening calendar, real-name booking, tickets, gate, groups and statistics.</summary>
public sealed class VisitorsModule : MuseumModule
{
    public override string Key => "visitors";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<VisitorStatistics>();
        services.AddScoped<Opening>();
        services.AddMetricProvider<VisitorsMetricProvider>();
        services.AddReportBlocks<VisitorsReportBlocks>();
        services.AddDemoStep<VisitorsDemoStep>();
        services.AddJob<AnonymiseJob>();
        PublicRateLimit.Add(services, config);
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapPublicVisitsApi();
        api.MapVisitorsApi();
        api.MapPastCountsApi();
        app.MapGroupMembersApi(api);
    }

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Exhibition, new("核验入馆", "Gate check-in", "/staff/visitors/gate", "scan", VisitorRoles.Gate.Split(','))),
        new(MenuGroups.Exhibition, new("预约记录", "Bookings", "/staff/visitors/reservations", "profile", VisitorRoles.PersonalData.Split(','))),
        new(MenuGroups.Exhibition, new("团体预约", "Group visits", "/staff/visitors/groups", "team", VisitorRoles.PersonalData.Split(','))),
        new(MenuGroups.Exhibition, new("开放日历", "Opening calendar", "/staff/visitors/calendar", "calendar", VisitorRoles.Managers.Split(','))),
        new(MenuGroups.Exhibition, new("观众统计", "Visitor statistics", "/staff/visitors/statistics", "bar-chart", VisitorRoles.StatisticsReaders.Split(','))),
        new(MenuGroups.Exhibition, new("历史接待人数", "Past visitor counts", "/staff/visitors/past-counts", "import", VisitorRoles.Managers.Split(','))),
    ];
}
