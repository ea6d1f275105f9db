using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Finance;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Performance;

/// <summary>/api/v1/performance: 双监控 (goal side) and the rectification board.</summary>
public static class MonitoringApi
{
    /// <summary>Both sides of 双监控 at one date: 绩效目标实现程度 and 预算执行进度.</summary>
    public sealed record Combined(GoalMonitoring.Report Goals, Core.Finance.Monitoring.Report Budget);

    public static void MapMonitoringApi(this RouteGroupBuilder perf)
    {
        perf.MapGet("/monitoring", async Task<Results<Ok<GoalMonitoring.Report>, ValidationProblem>> (DateOnly? date, decimal? threshold, GoalMonitoring monitoring,
                TimeProvider clock, CancellationToken ct) =>
                threshold is < 0 or > 100
                    ? Problems.Field("threshold", "超出范围。", "Out of range.")
                    : TypedResults.Ok(await monitoring.RunAsync(date ?? MuseumClock.Today(clock), threshold ?? 5m, ct)))
            .WithName("GetGoalMonitoring")
            .WithSummary("双监控 goal side at a date: each goal indicator's actual vs its time-proportional target, forecast to year end, light; deviations list");

        perf.MapGet("/monitoring/combined", async Task<Results<Ok<Combined>, ValidationProblem>> (DateOnly? date, decimal? threshold, HttpContext ctx,
                MuseumDb db, GoalMonitoring goals, Core.Finance.Monitoring budget, TimeProvider clock, CancellationToken ct) =>
            {
                if (threshold is < 0 or > 100) return Problems.Field("threshold", "超出范围。", "Out of range.");
                var day = date ?? MuseumClock.Today(clock);
                var departments = await FinanceAccess.VisibleDepartmentsAsync(ctx.User, db, ct);
                return TypedResults.Ok(new Combined(await goals.RunAsync(day, threshold ?? 5m, ct), await budget.RunAsync(day.Year, day.Month, threshold ?? 5m, departments, ct)));
            })
            .WithName("GetCombinedMonitoring")
            .WithSummary("双监控 for the one monitoring page: goal indicators (performance) and budget lines (finance) at a date");

        perf.MapGet("/rectification", async (int year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await RectificationBoard.HandleAsync(db, year, MuseumClock.Today(clock), ct)))
            .WithName("GetRectificationBoard").WithSummary("A year's problems (存在的问题), each with its measures (整改措施), progress and overdue flag");
        perf.MapPost("/rectification/problems", async (SaveProblem.Command c, MuseumDb db, CancellationToken ct) =>
            {
                var p = (await SaveProblem.HandleAsync(db, null, c, ct)).Value!;
                return TypedResults.Created($"/api/v1/performance/rectification/problems/{p.Id}", p);
            })
            .RequireAuthorization(PerformanceApi.Editors).WithName("CreateProblem").WithSummary("Record a problem found (存在的问题) for rectification");
        perf.MapPut("/rectification/problems/{id:guid}", async Task<Results<Ok<RectificationProblem>, Refused>> (Guid id, SaveProblem.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveProblem.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(PerformanceApi.Editors).WithName("UpdateProblem").WithSummary("Change a rectification problem");
        perf.MapPost("/rectification/measures", async (SaveMeasure.Command c, MuseumDb db, CancellationToken ct) =>
            {
                var m = (await SaveMeasure.HandleAsync(db, null, c, ct)).Value!;
                return TypedResults.Created($"/api/v1/performance/rectification/measures/{m.Id}", m);
            })
            .RequireAuthorization(PerformanceApi.Editors).WithName("CreateMeasure").WithSummary("Add a rectification measure with its owner and deadline");
        perf.MapPut("/rectification/measures/{id:guid}", async Task<Results<Ok<RectificationMeasure>, Refused>> (Guid id, SaveMeasure.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveMeasure.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(PerformanceApi.Editors).WithName("UpdateMeasure").WithSummary("Change a rectification measure");
        perf.MapPost("/rectification/measures/{id:guid}/progress", async Task<Results<Created<MeasureProgress>, Refused>> (
                Guid id, AddMeasureProgress.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await AddMeasureProgress.HandleAsync(db, id, c, ct), _ => $"/api/v1/performance/rectification/measures/{id}"))
            .RequireAuthorization(PerformanceApi.Editors).WithName("AddMeasureProgress").WithSummary("Report progress on a rectification measure");
    }
}
