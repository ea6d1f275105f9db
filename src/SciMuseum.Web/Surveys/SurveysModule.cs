using SciMuseum.Core.Performance;
using SciMuseum.Core.Surveys;
using SciMuseum.Core.Reporting;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Surveys;

/// <summary>满意度调查: questionnaires per service area, answered by QR on a phone or at a kiosk; the satisfaction index by area (办公室).</summary>
public sealed class SurveysModule : MuseumModule
{
    public override string Key => "surveys";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddMetricProvider<SurveysMetricProvider>();
        services.AddReportBlocks<SurveysReportBlocks>();
        services.AddDemoStep<SurveysDemoStep>();
        services.AddScoped<PublicSubmission>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapSurveysApi();
        api.MapPublicSurveysApi();
    }

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Office, new("满意度调查", "Satisfaction surveys", "/staff/surveys/results", "smile")),
        new(MenuGroups.Office, new("调查问卷", "Questionnaires", "/staff/surveys", "form")),
    ];
}
