using SciMuseum.Core.Counseling;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Counseling;

/// <summary>
/// 未成年人心理健康辅导中心: hotline and visit logs, lectures, parents' online booking, and the confidential case records
/// (their own access domain: the assigned counselor only, sealed with a key outside the database, every read audited).
/// </summary>
public sealed class CounselingModule : MuseumModule
{
    public override string Key => "counseling";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(sp => CaseKeys.Load(config, sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(),
            sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(CaseKeys))));
        services.AddMetricProvider<CounselingMetricProvider>();
        services.AddDemoStep<CounselingDemoStep>();
        CaseAccessPolicy.Add(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapPublicCounselingApi();
        api.MapCounselingApi();
    }

    private static readonly string[] Editors = CounselingApi.Editors.Split(',');
    private static readonly string[] Overseers = CounselingApi.Overseers.Split(',');

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Counseling, new("我的个案（手机）", "My cases (phone)", "/staff/counseling/cases", "solution", Roles.Counselor)),
        new(MenuGroups.Counseling, new("中心概况", "Center overview", "/staff/counseling/center", "dashboard", Overseers)),
        new(MenuGroups.Counseling, new("来电与来访登记", "Calls and visits", "/staff/counseling/logs", "phone", Editors)),
        new(MenuGroups.Counseling, new("心理健康讲座", "Lectures", "/staff/counseling/lectures", "sound")),
        new(MenuGroups.Counseling, new("咨询预约", "Consultation bookings", "/staff/counseling/bookings", "calendar", Editors)),
    ];
}
