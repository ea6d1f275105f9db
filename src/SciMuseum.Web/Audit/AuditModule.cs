using SciMuseum.Core.Identity;
using SciMuseum.Web.Components.Layout;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Audit;

/// <summary>审计日志: who changed what, when, before and after (written by the audit interceptor in every transaction).</summary>
public sealed class AuditModule : MuseumModule
{
    public override string Key => "audit";

    public override void MapEndpoints(IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapAuditApi();

    public override IEnumerable<MenuEntry> Menu =>
    [
        new(MenuGroups.Leadership, new("审计日志", "Audit log", "/staff/audit", "audit", Roles.SystemAdmin, Roles.MuseumLeader, Roles.Auditor)),
    ];
}
