using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Identity;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Organization;

/// <summary>组织机构: museum profile, halls, departments, posts and staff (办公室). Its demo is the museum itself (Demo2020.Build).</summary>
public sealed class OrganizationModule : MuseumModule
{
    public override string Key => "organization";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<OrganizationMetrics>();
        services.AddScoped<ProvinceOverview>();
        services.AddMetricProvider<OrganizationMetricProvider>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapOrganizationApi();
        api.MapMuseumsApi();
    }

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Office, new("工作台", "Dashboard", "/staff", "dashboard")),
        new(MenuGroups.Office, new("场馆信息", "Museum profile", "/staff/organization", "bank")),
        new(MenuGroups.Office, new("部门与岗位", "Departments & posts", "/staff/organization/departments", "apartment")),
        new(MenuGroups.Office, new("人员", "Staff", "/staff/organization/staff", "team")),
        new(MenuGroups.Leadership, new("各馆对比", "Museums side by side", "/staff/museums/overview", "table", MuseumsApi.OverviewReaders.Split(','))),
        new(MenuGroups.System, new("场馆管理", "Museums", "/staff/museums", "cluster", Roles.SystemAdmin)),
    ];
}
