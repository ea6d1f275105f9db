using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Web.Organization;

/// <summary>One museum's year beside the others: visitors, open days, budget and execution, evaluation.</summary>
public sealed record MuseumYear(
    Guid Id, string Code, string Name, string City, int Visitors, int OpenDays,
    decimal Approved, decimal Received, decimal Spent, decimal? ExecutionRate,
    string? Evaluation, decimal? EvaluationTotal, string? Grade, bool EvaluationSignedOff);

/// <summary>
/// 省级对比: each museum the user may see, side by side for a year. Each museum is read in a scope acting as that museum
/// (the same figures its own pages show), read only.
/// </summary>
public sealed class ProvinceOverview(IServiceScopeFactory scopes)
{
    public async Task<List<MuseumYear>> ForYearAsync(ClaimsPrincipal user, int year, CancellationToken ct)
    {
        List<MuseumSummary> museums;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<UserContext>().Use(user, UserContext.HomeMuseum(user));
            museums = await MuseumsApi.VisibleAsync(scope.ServiceProvider.GetRequiredService<MuseumDb>(), user, false, ct);
        }
        var rows = new List<MuseumYear>();
        foreach (var m in museums) rows.Add(await OneAsync(user, m, year, ct));
        return rows;
    }

    private async Task<MuseumYear> OneAsync(ClaimsPrincipal user, MuseumSummary m, int year, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<UserContext>().Use(user, m.Id);
        var db = services.GetRequiredService<MuseumDb>();
        var visitors = await services.GetRequiredService<VisitorStatistics>().ForYearAsync(year, ct);
        var table = await services.GetRequiredService<FinanceMetrics>().ExecutionAsync(year, ct: ct);
        var evaluation = await db.Set<Evaluation>().AsNoTracking().Where(e => e.Year == year)
            .OrderByDescending(e => e.Status == EvaluationStatus.SignedOff).ThenByDescending(e => e.CreatedAt).FirstOrDefaultAsync(ct);
        decimal? total = null;
        string? grade = null;
        if (evaluation is not null)
        {
            var result = await services.GetRequiredService<EvaluationRunner>().ResultAsync(evaluation, ct);
            (total, grade) = (result.TotalScore, result.Grade);
        }
        return new MuseumYear(m.Id, m.Code, m.Name, m.City, visitors.Admitted, visitors.OpenDays,
            table.Total.Approved, table.Total.Received, table.Total.Spent, table.Total.ExecutionRate,
            evaluation?.Name, total, grade, evaluation?.Status == EvaluationStatus.SignedOff);
    }
}
