using SciMuseum.Core.Programs;
using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Programs;

/// <summary>活动与报名: the two centers' activity plans held and up to standard, sessions with sign-ups and waiting lists.</summary>
public sealed class ProgramsModule : MuseumModule
{
    public override string Key => "programs";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddMetricProvider<ProgramsMetricProvider>();
        services.AddDemoStep<ProgramsDemoStep>();
        services.AddJob<OfferExpiryJob>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapProgramsApi();
        api.MapPublicProgramsApi();
    }

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Youth, new("活动计划", "Activity plan", "/staff/programs", "schedule")),
        new(MenuGroups.Counseling, new("活动计划", "Activity plan", "/staff/programs?center=counseling", "schedule")),
    ];
}
