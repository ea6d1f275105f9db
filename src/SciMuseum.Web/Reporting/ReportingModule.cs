using SciMuseum.Core.Identity;
using SciMuseum.Core.Reporting;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Reporting;

/// <summary>绩效评价报告: the annual report written from every module's records through an editable template (办公室).</summary>
public sealed class ReportingModule : MuseumModule
{
    private static readonly string[] Readers = Roles.PerformanceReaders.Split(',');
    private static readonly string[] Editors = Roles.PerformanceEditors.Split(',');

    public override string Key => "reporting";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<ReportBlockRegistry>();
        services.AddScoped<ReportComposer>();
        services.AddReportBlocks<YearOverYearBlocks>();
        services.AddDemoStep<ReportingDemoStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapReportingApi();

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Office, new("绩效评价报告", "Evaluation report", "/staff/reports", "file-text", Readers)),
        new(MenuGroups.Office, new("报告模板与叙述", "Report template", "/staff/reports/template", "edit", Editors)),
    ];
}
