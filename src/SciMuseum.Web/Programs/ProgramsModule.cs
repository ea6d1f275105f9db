using SciMuseum.Core.Programs;
using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Programs;

/// <summary>活动与报名: the two centers' activity plans, sessions with sign-ups and waiting lists; the exhibition department's volunteers and staff training.</summary>
public sealed class ProgramsModule : MuseumModule
{
    public override string Key => "programs";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddMetricProvider<ProgramsMetricProvider>();
        services.AddDemoStep<ProgramsDemoStep>();
        services.AddDemoStep<VolunteersDemoStep>();
        services.AddDemoStep<TrainingDemoStep>();
        services.AddJob<OfferExpiryJob>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapProgramsApi();
        api.MapPublicProgramsApi();
        api.MapVolunteersApi();
        api.MapPublicVolunteersApi();
    }

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Youth, new("活动计划", "Activity plan", "/staff/programs", "schedule")),
        new(MenuGroups.Counseling, new("活动计划", "Activity plan", "/staff/programs?center=counseling", "schedule")),
        new(MenuGroups.Exhibition, new("志愿者", "Volunteers", "/staff/programs/volunteers", "team", VolunteersApi.Editors.Split(','))),
        new(MenuGroups.Exhibition, new("志愿服务排班", "Volunteer shifts", "/staff/programs/shifts", "calendar", VolunteersApi.Editors.Split(','))),
        new(MenuGroups.Exhibition, new("辅导员培训", "Staff training", "/staff/programs/training", "read")),
    ];
}
