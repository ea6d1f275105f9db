using SciMuseum.Core.Reporting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Finance;

/// <summary>计划财务部: budgets, ledger, execution, 双监控 and reconciliation.</summary>
public sealed class FinanceModule : MuseumModule
{
    /// <summary>Who sees finance records (lines, payees, vouchers, reconciliation); others see the figures only.</summary>
    private static readonly string[] FinanceRecords = Roles.FinanceReaders.Split(',');

    public override string Key => "finance";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        // Monthly ledger totals are written in the same transaction as each receipt or expenditure.
        services.AddSingleton<LedgerTotals>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<LedgerTotals>());
        services.AddScoped<FinanceMetrics>();
        services.AddScoped<Monitoring>();
        services.AddMetricProvider<FinanceMetricProvider>();
        services.AddReportBlocks<FinanceReportBlocks>();
        services.AddDemoStep<FinanceDemoStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapFinanceApi();
        api.MapAttachmentsApi();
        api.MapFinanceImportApi();
        api.MapProcurementApi();
    }

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Finance, new("预算执行", "Budget execution", "/staff/finance", "table")),
        new(MenuGroups.Finance, new("预算项目", "Budget lines", "/staff/finance/lines", "unordered-list", FinanceRecords)),
        new(MenuGroups.Finance, new("执行监控", "Monitoring", "/staff/finance/monitoring", "alert")),
        new(MenuGroups.Finance, new("政府采购计划", "Procurement plan", "/staff/finance/procurement", "shopping-cart", FinanceRecords)),
        new(MenuGroups.Finance, new("检查审计发现", "Inspection and audit findings", "/staff/finance/findings", "audit", FinanceRecords)),
        new(MenuGroups.Finance, new("数据核对", "Reconciliation", "/staff/finance/reconciliation", "file-search", FinanceRecords)),
        new(MenuGroups.Finance, new("Excel 导入", "Excel import", "/staff/finance/import", "upload", Roles.SystemAdmin, Roles.MuseumLeader, Roles.PlanningFinance, Roles.FinanceLead)),
    ];
}
