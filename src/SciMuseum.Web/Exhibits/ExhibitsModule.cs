using SciMuseum.Core.Alerts;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Exhibits;

/// <summary>展品维护: the exhibit register, renewal projects, work orders with the visitors' QR fault reports, and the integrity rate.</summary>
public sealed class ExhibitsModule : MuseumModule
{
    public override string Key => "exhibits";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddMetricProvider<ExhibitsMetricProvider>();
        services.AddDemoStep<ExhibitsDemoStep>();
        services.AddScoped<IDigestSource, ExhibitsDigest>();
        services.AddJob<PreventiveMaintenanceJob>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapExhibitsApi();
        app.MapPublicExhibitsApi(api);
        app.MapExhibitFilePages();
    }

    private static readonly string[] EditorRoles = ExhibitsApi.Editors.Split(',');
    private static readonly string[] FinanceRoles = Roles.FinanceEditors.Split(',');

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Maintenance, new("展品", "Exhibits", "/staff/exhibits", "appstore")),
        new(MenuGroups.Maintenance, new("维修工单", "Work orders", "/staff/exhibits/work-orders", "tool")),
        new(MenuGroups.Maintenance, new("我的工单（手机）", "My orders (phone)", "/staff/exhibits/my-orders", "mobile", EditorRoles)),
        new(MenuGroups.Maintenance, new("维护日历", "Maintenance calendar", "/staff/exhibits/maintenance", "calendar")),
        new(MenuGroups.Maintenance, new("耗材库存", "Consumables", "/staff/exhibits/consumables", "inbox")),
        new(MenuGroups.Maintenance, new("更新改造", "Renewal projects", "/staff/exhibits/renewals", "sync")),
        new(MenuGroups.Finance, new("耗材申购（待采购）", "Purchase requests to buy", "/staff/exhibits/purchase-orders", "shopping-cart", FinanceRoles)),
    ];
}
