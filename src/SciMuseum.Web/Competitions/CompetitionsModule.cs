using SciMuseum.Core.Reporting;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Competitions;

/// <summary>青少年科技竞赛 (科技活动部): contests, categories and their rules, entries, judging and the award tables.</summary>
public sealed class CompetitionsModule : MuseumModule
{
    public override string Key => "competitions";

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddMetricProvider<CompetitionsMetricProvider>();
        services.AddReportBlocks<CompetitionsReportBlocks>();
        services.AddDemoStep<CompetitionsDemoStep>();
        services.AddDemoStep<CompetitionAwardsDemoStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCompetitionsApi();
        api.MapPublicCompetitionsApi();
        api.MapAwardsApi();
        api.MapJudgingApi();
        api.MapMatchesApi();
    }

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Activities, new("竞赛与获奖", "Contests and awards", "/staff/competitions", "trophy")),
        new(MenuGroups.Activities, new("竞赛评审", "Contest judging", "/staff/competitions/judging", "audit", [.. JudgingApi.PageRoles.Split(',')])),
        new(MenuGroups.Activities, new("竞赛设置", "Contest set-up", "/staff/competitions/setup", "setting", CompetitionsApi.Editors.Split(','))),
        new(MenuGroups.Activities, new("比赛成绩录入", "Match entry", "/staff/competitions/matches", "field-time", CompetitionsApi.Editors.Split(','))),
        new(MenuGroups.Activities, new("成绩公布与证书", "Results and certificates", "/staff/competitions/awards", "safety-certificate", CompetitionsApi.Editors.Split(','))),
    ];
}
