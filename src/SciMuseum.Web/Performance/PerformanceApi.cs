using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Performance;

/// <summary>/api/v1/performance: metrics, scoring tables and goals (evaluations, monitoring and rectification in their own files).</summary>
public static class PerformanceApi
{
    internal static readonly AuthorizeAttribute Editors = new() { Roles = Roles.PerformanceEditors };
    internal static readonly AuthorizeAttribute Signers = new() { Roles = Roles.PerformanceSigners };

    public sealed record TableView(ScoringTable Table, List<IndicatorNode> Indicators);
    /// <param name="Bases">立项依据, on a single goal's view (null in lists).</param>
    public sealed record GoalView(PerformanceGoal Goal, List<GoalIndicator> Indicators, List<GoalBasis>? Bases = null);

    public static void MapPerformanceApi(this IEndpointRouteBuilder api)
    {
        var perf = api.MapGroup("/performance").WithTags("Performance").RequireAuthorization(new AuthorizeAttribute { Roles = Roles.PerformanceReaders });

        perf.MapGet("/metrics", (MetricRegistry metrics) => TypedResults.Ok(metrics.Definitions)).WithName("ListMetrics")
            .WithSummary("Every metric the installed modules publish, with unit and argument, for indicators to bind to");
        perf.MapGet("/metrics/value", MetricValueAsync).WithName("GetMetricValue").ProducesProblem(404)
            .WithSummary("One metric over a year (?year=) or a period (?from=&to=), with its source link and basis");

        perf.MapGet("/templates", () => TypedResults.Ok(ScoringTemplates.All)).WithName("ListScoringTemplates")
            .WithSummary("The two frameworks (投入/过程/产出/效果, 决策/管理/绩效) a museum copies into its own scoring table");
        perf.MapGet("/tables", async (MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.ScoringTables.AsNoTracking().OrderByDescending(t => t.CreatedAt).ToListAsync(ct))).WithName("ListScoringTables").WithSummary("Scoring tables (评分表) and the templates they copy");
        perf.MapGet("/tables/{id:guid}", async Task<Results<Ok<TableView>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await TableAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : NotFound())
            .WithName("GetScoringTable").WithSummary("A scoring table with its indicator tree (ids keep indicators across edits)");
        perf.MapPost("/tables", async (CopyScoringTable.Command c, MuseumDb db, CancellationToken ct) =>
            {
                var table = await CopyScoringTable.HandleAsync(db, c, ct);
                return TypedResults.Created($"/api/v1/performance/tables/{table.Id}", await TableAsync(db, table.Id, ct));
            })
            .RequireAuthorization(Editors).WithName("CopyScoringTable").WithSummary("A new table copied from a template (templateCode) or another table (sourceTableId)");
        perf.MapPut("/tables/{id:guid}", async Task<Results<Ok<TableView>, Refused>> (Guid id, SaveScoringTable.Command c, MuseumDb db, CancellationToken ct) =>
                (await SaveScoringTable.HandleAsync(db, id, c, ct)).Refusal is { } refused ? Problems.From(refused) : TypedResults.Ok((await TableAsync(db, id, ct))!))
            .RequireAuthorization(Editors).WithName("SaveScoringTable")
            .WithSummary("Replace a table's name, grade bands and indicator tree; weights must total 100 (field-by-field errors)");
        perf.MapDelete("/tables/{id:guid}", DeleteTableAsync).RequireAuthorization(Editors).WithName("DeleteScoringTable").ProducesProblem(409).WithSummary("Delete a scoring table; 409 while an evaluation uses it");

        perf.MapGet("/goals", async (int year, MuseumDb db, CancellationToken ct) =>
            {
                var goals = await ListGoals.HandleAsync(db, year, ct);
                return TypedResults.Ok(goals.Select(g => new GoalView(g.Goal, g.Indicators)).ToList());
            })
            .WithName("ListGoals").WithSummary("A year's declared goals (绩效目标申报表), the museum's and each budget line's, with their indicators");
        perf.MapGet("/goals/{id:guid}", async Task<Results<Ok<GoalView>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await GoalAsync(db, id, ct) is { } g ? TypedResults.Ok(g) : NotFound()).WithName("GetGoal").WithSummary("One performance goal with its indicators");
        perf.MapPost("/goals", async (SaveGoal.Command c, MuseumDb db, CancellationToken ct) =>
            {
                var goal = (await SaveGoal.HandleAsync(db, null, c, ct)).Value!;
                return TypedResults.Created($"/api/v1/performance/goals/{goal.Id}", await GoalAsync(db, goal.Id, ct));
            })
            .RequireAuthorization(Editors).WithName("CreateGoal").WithSummary("Declare a goal; bound indicators must use their metric's unit");
        perf.MapPut("/goals/{id:guid}", async Task<Results<Ok<GoalView>, Refused>> (Guid id, SaveGoal.Command c, MuseumDb db, CancellationToken ct) =>
                (await SaveGoal.HandleAsync(db, id, c, ct)).Refusal is { } refused ? Problems.From(refused) : TypedResults.Ok((await GoalAsync(db, id, ct))!))
            .RequireAuthorization(Editors).WithName("UpdateGoal").WithSummary("Change a performance goal and its indicators");
        perf.MapDelete("/goals/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await SaveGoal.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : NotFound())
            .RequireAuthorization(Editors).WithName("DeleteGoal").WithSummary("Delete a performance goal");

        perf.MapEvaluationsApi();
        perf.MapMonitoringApi();
        perf.MapGoalFormApi();
    }

    private static async Task<Results<Ok<MetricValue>, ValidationProblem, ProblemHttpResult>> MetricValueAsync(string key, string? argument, int? year,
        DateOnly? from, DateOnly? to, MetricRegistry metrics, CancellationToken ct)
    {
        if (!metrics.Exists(key)) return Problems.Field("key", $"没有名为 {key} 的指标数据来源。", $"No module publishes a metric named {key}.");
        if (year is null && (from is null || to is null || from > to))
            return Problems.Field("year", "请给出年度，或起止日期。", "Give a year, or from and to.");
        var period = year is { } y ? MetricPeriod.Year(y) : new MetricPeriod(from!.Value, to!.Value);
        if (period.SpansYears && !metrics.SpansYears(key)) return Problems.Field("to", new MetricRangeRefusedException(metrics.Find(key)!, period).Message);
        return await metrics.ComputeAsync(key, argument, period, ct) is { } value
            ? TypedResults.Ok(value)
            : Problems.NotFound("该期间没有可计算的记录。", "No records to compute it from in that period.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteTableAsync(Guid id, MuseumDb db, CancellationToken ct)
    {
        if (await db.Evaluations.AnyAsync(e => e.TableId == id, ct))
            return Problems.Refused("in-use", "已有评价使用该评分表，不能删除。", "Evaluations use this table; it cannot be deleted.");
        var result = await Deletes.OneAsync(db, db.ScoringTables, id, ct);
        if (result.Result is NoContent)
        {
            db.ScoringIndicators.RemoveRange(await db.ScoringIndicators.Where(i => i.TableId == id).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    private static async Task<TableView?> TableAsync(MuseumDb db, Guid id, CancellationToken ct) =>
        await db.ScoringTables.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) is { } table
            ? new TableView(table, IndicatorNode.TreeOf(await db.ScoringIndicators.AsNoTracking().Where(i => i.TableId == id).ToListAsync(ct)))
            : null;

    private static async Task<GoalView?> GoalAsync(MuseumDb db, Guid id, CancellationToken ct) =>
        await db.PerformanceGoals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) is { } goal
            ? new GoalView(goal, await db.GoalIndicators.AsNoTracking().Where(i => i.GoalId == id).OrderBy(i => i.SortOrder).ToListAsync(ct),
                await db.GoalBases.AsNoTracking().Where(b => b.GoalId == id).OrderBy(b => b.SortOrder).ToListAsync(ct))
            : null;

    internal static ProblemHttpResult NotFound() => Problems.NotFound("本馆没有这条记录。", "No such record in this museum.");
}
