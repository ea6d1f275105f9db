using SciMuseum.Web.Alerts;
using SciMuseum.Web.Audit;
using SciMuseum.Web.Competitions;
using SciMuseum.Web.Counseling;
using SciMuseum.Web.Exhibits;
using SciMuseum.Web.Finance;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Organization;
using SciMuseum.Web.Outreach;
using SciMuseum.Web.Performance;
using SciMuseum.Web.Programs;
using SciMuseum.Web.Reporting;
using SciMuseum.Web.Surveys;
using SciMuseum.Web.Visitors;

namespace SciMuseum.Web;

/// <summary>Every museum module, in the order their menu entries, metrics and demo steps come. One line per module.</summary>
public static class Modules
{
    public static IReadOnlyList<MuseumModule> All { get; } =
    [
        new OrganizationModule(),
        new FinanceModule(),
        new VisitorsModule(),
        new OutreachModule(),
        new ExhibitsModule(),
        new ProgramsModule(),
        new CompetitionsModule(),
        new CounselingModule(),
        new SurveysModule(),
        new PerformanceModule(),
        new ReportingModule(),
        new AlertsModule(),
        new AuditModule(),
    ];

    /// <summary>Each module's services; the web host and the command-line tool both call this.</summary>
    public static IServiceCollection AddSciMuseumModules(this IServiceCollection services, IConfiguration config)
    {
        foreach (var module in All) module.AddServices(services, config);
        return services;
    }

    public static void MapSciMuseumModules(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        foreach (var module in All) module.MapEndpoints(app, api);
    }
}
