using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Exhibits;

/// <summary>/api/v1/exhibits: the register, renewal projects, work orders and the year's figures.</summary>
public static class ExhibitsApi
{
    /// <summary>Who keeps the register and moves work orders: the maintenance department and the leaders.</summary>
    public const string Editors = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.ExhibitMaintenance;

    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = Editors };

    public static void MapExhibitsApi(this IEndpointRouteBuilder api)
    {
        var x = api.MapGroup("/exhibits").WithTags("Exhibits").RequireAuthorization();

        x.MapGet("", ListAsync).WithName("ListExhibits")
            .WithSummary("The exhibit register by floor and code; ?hall=&floor=&status=&category=&q=&page=&pageSize=&format=xlsx|csv");
        x.MapGet("/{id:guid}", async Task<Results<Ok<ExhibitView>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await ListExhibits.Views(db, new(Id: id)).FirstOrDefaultAsync(ct) is { } e ? TypedResults.Ok(e) : NoExhibit())
            .WithName("GetExhibit").WithSummary("One exhibit with its hall, floor and renewal project");
        x.MapPost("", async Task<Results<Created<Exhibit>, ValidationProblem, ProblemHttpResult>> (SaveExhibit.Command c, MuseumDb db, CancellationToken ct) =>
                Answer(await SaveExhibit.HandleAsync(db, null, c, ct), e => TypedResults.Created($"/api/v1/exhibits/{e.Id}", e)))
            .RequireAuthorization(EditorsOnly).WithName("CreateExhibit").WithSummary("Register an exhibit (code unique in the museum: a duplicate is a field error)");
        x.MapPut("/{id:guid}", async Task<Results<Ok<Exhibit>, ValidationProblem, ProblemHttpResult>> (Guid id, SaveExhibit.Command c, MuseumDb db, CancellationToken ct) =>
                Answer(await SaveExhibit.HandleAsync(db, id, c, ct), TypedResults.Ok))
            .RequireAuthorization(EditorsOnly).WithName("UpdateExhibit").WithSummary("Correct an exhibit");
        x.MapDelete("/{id:guid}", async (Guid id, MuseumDb db, CancellationToken ct) =>
            {
                // A removed exhibit is no longer on display: its stored downtime goes with it, in the same transaction.
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await ExhibitDowntimes.RemoveAsync(db, id, ct);
                var result = await Deletes.OneAsync(db, db.Exhibits, id, ct);
                await tx.CommitAsync(ct);
                return result;
            })
            .RequireAuthorization(EditorsOnly).WithName("DeleteExhibit").WithSummary("Remove an exhibit (kept in history; its code stays taken)");

        x.MapGet("/statistics", StatisticsAsync).WithName("GetExhibitStatistics")
            .WithSummary("A year's figures: renewed (by floor), maintenance jobs, integrity rate (%, per hall), mean time to repair and its waiting split, caravan exhibits, trips and audience");

        x.MapGet("/renewals", async Task<Results<Ok<List<ListRenewalProjects.Item>>, ValidationProblem>> (int? year, MuseumDb db, CancellationToken ct) =>
                year is < 2000 or > 2100 ? BadYear() : TypedResults.Ok(await ListRenewalProjects.HandleAsync(db, year, ct)))
            .WithName("ListRenewalProjects").WithSummary("Renewal projects (更新改造) with the exhibits each created, by floor; ?year=");
        x.MapPost("/renewals", async Task<Results<Created<RenewalProject>, ValidationProblem, ProblemHttpResult>> (SaveRenewalProject.Command c, MuseumDb db, CancellationToken ct) =>
                Answer(await SaveRenewalProject.HandleAsync(db, null, c, ct), p => TypedResults.Created($"/api/v1/exhibits/renewals/{p.Id}", p)))
            .RequireAuthorization(EditorsOnly).WithName("CreateRenewalProject").WithSummary("Record a renewal project and its budget line");
        x.MapPut("/renewals/{id:guid}", async Task<Results<Ok<RenewalProject>, ValidationProblem, ProblemHttpResult>> (Guid id, SaveRenewalProject.Command c, MuseumDb db, CancellationToken ct) =>
                Answer(await SaveRenewalProject.HandleAsync(db, id, c, ct), TypedResults.Ok))
            .RequireAuthorization(EditorsOnly).WithName("UpdateRenewalProject").WithSummary("Correct a renewal project");

        x.MapGet("/work-orders", ListOrdersAsync).WithName("ListWorkOrders")
            .WithSummary("Work orders; ?state=&exhibit=&assignee=&year=&open=true&page=&pageSize=&format=xlsx|csv");
        x.MapGet("/work-orders/{id:guid}", async Task<Results<Ok<WorkOrderDetail>, ProblemHttpResult>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                await ListWorkOrders.OneAsync(db, clock.GetUtcNow().UtcDateTime, id, ct) is { } o
                    ? TypedResults.Ok(new WorkOrderDetail(o.Order, o.History, (await ListWorkOrders.ChecksAsync(db, [id], ct)).GetValueOrDefault(id) ?? [])) : NoOrder())
            .WithName("GetWorkOrder").WithSummary("One work order with its transitions, the hours spent in each state, and its checklist");
        x.MapPost("/work-orders", async Task<Results<Created<WorkOrder>, ValidationProblem, ProblemHttpResult>> (OpenWorkOrder.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answer(await OpenWorkOrder.HandleAsync(db, clock, c, ct), o => TypedResults.Created($"/api/v1/exhibits/work-orders/{o.Id}", o)))
            .RequireAuthorization(EditorsOnly).WithName("OpenWorkOrder").WithSummary("Open a work order (the exhibit turns faulty); the SLA sets its due time");
        x.MapPost("/work-orders/{id:guid}/transitions", async Task<Results<Ok<WorkOrder>, ValidationProblem, ProblemHttpResult>> (Guid id, MoveWorkOrder.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answer(await MoveWorkOrder.HandleAsync(db, clock, id, c, ct), TypedResults.Ok))
            .RequireAuthorization(EditorsOnly).WithName("MoveWorkOrder")
            .WithSummary("Move a work order to its next state {to, note, assignee, cost, downtime, checks[{id, passed, note}]}; a move the state machine does not allow (closing twice) is a 409 and writes nothing; a failed check opens a corrective order");

        x.MapMaintenanceApi();
        x.MapLabelsPdf();
        x.MapExhibitsImportApi();
        x.MapExhibitFilesApi();
    }

    public sealed record WorkOrderDetail(WorkOrderView Order, List<TransitionView> History, List<CheckView> Checks);

    /// <summary>A use case's outcome as HTTP: done, 404, a 400 naming the field, or a 409 refusal.</summary>
    internal static Results<TOk, ValidationProblem, ProblemHttpResult> Answer<T, TOk>(Outcome<T> outcome, Func<T, TOk> ok) where TOk : IResult => outcome switch
    {
        Outcome<T>.Done d => ok(d.Value),
        Outcome<T>.FieldError f => Problems.Field(f.Field, f.Zh, f.En),
        Outcome<T>.Refused r => Problems.Refused(r.Type, r.Zh, r.En),
        _ => Problems.NotFound("本馆没有这条记录。", "No such record in this museum."),
    };

    private static ProblemHttpResult NoExhibit() => Problems.NotFound("本馆没有这件展品。", "No such exhibit in this museum.");

    private static ProblemHttpResult NoOrder() => Problems.NotFound("本馆没有这张工单。", "No such work order in this museum.");

    private static ValidationProblem BadYear() => Problems.Field("year", "年份须在 2000–2100 之间。", "The year must be between 2000 and 2100.");

    private static ValidationProblem BadFormat() => Problems.Field("format", "格式只能是 xlsx 或 csv。", "The format must be xlsx or csv.");

    private static async Task<IResult> StatisticsAsync(int? year, MuseumDb db, MetricRegistry metrics, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? MuseumClock.Today(clock).Year;
        if (y is < 2000 or > 2100) return BadYear();
        return TypedResults.Ok(await ExhibitStatistics.HandleAsync(db, metrics, clock, y, ct));
    }

    private static async Task<IResult> ListAsync(Guid? hall, int? floor, ExhibitStatus? status, ExhibitCategory? category, string? q, int? page, int? pageSize,
        string? format, MuseumDb db, CancellationToken ct)
    {
        if (format is not (null or "json") && !Exports.Wanted(format)) return BadFormat();
        if (q is { Length: > 100 }) return Problems.Field("q", "搜索词不能超过 100 个字符。", "At most 100 characters.");
        var query = new ListExhibits.Query(hall, floor, status, category, q);
        if (!Exports.Wanted(format)) return TypedResults.Ok(await ListExhibits.HandleAsync(db, query, page, pageSize, ct));
        var rows = await ListExhibits.Views(db, query).ToListAsync(ct);
        return Exports.File(format, "exhibits", [.. rows.Select(Row)]);
    }

    private static async Task<IResult> ListOrdersAsync(WorkOrderState? state, Guid? exhibit, string? assignee, int? year, bool? open, int? page, int? pageSize,
        string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) return BadYear();
        if (format is not (null or "json") && !Exports.Wanted(format)) return BadFormat();
        if (assignee is { Length: > 50 }) return Problems.Field("assignee", "不能超过 50 个字符。", "At most 50 characters.");
        var now = clock.GetUtcNow().UtcDateTime;
        var query = new ListWorkOrders.Query(state, exhibit, assignee, year, open == true);
        if (!Exports.Wanted(format)) return TypedResults.Ok(await ListWorkOrders.HandleAsync(db, now, query, page, pageSize, ct));
        var rows = await ListWorkOrders.Views(db, now, query).ToListAsync(ct);
        return Exports.File(format, $"work-orders{(year is { } y ? "-" + y : "")}", [.. rows.Select(OrderRow)]);
    }

    /// <summary>One exhibit as exported, with the page's headers.</summary>
    public static IDictionary<string, object?> Row(ExhibitView e) => new Dictionary<string, object?>
    {
        [L("编号", "Code")] = e.Code,
        [L("名称", "Name")] = e.Name,
        [L("楼层", "Floor")] = e.Floor,
        [L("展厅", "Hall")] = e.Hall ?? "",
        [L("类别", "Category")] = WorkOrderLabels.Category(e.Category),
        [L("供应商", "Supplier")] = e.Supplier,
        [L("购置日期", "Purchased")] = e.PurchaseDate?.ToString("yyyy-MM-dd"),
        [L("金额（元）", "Cost (yuan)")] = e.Cost,
        [L("保修截止", "Warranty end")] = e.WarrantyEnd?.ToString("yyyy-MM-dd"),
        [L("状态", "Status")] = WorkOrderLabels.Status(e.Status),
        [L("更新改造项目", "Renewal project")] = e.RenewalProject ?? "",
    };

    public static IDictionary<string, object?> OrderRow(WorkOrderView o) => new Dictionary<string, object?>
    {
        [L("工单号", "Number")] = o.Number,
        [L("展品编号", "Exhibit")] = o.ExhibitCode,
        [L("展品名称", "Exhibit name")] = o.ExhibitName,
        [L("来源", "Source")] = WorkOrderLabels.Source(o.Source),
        [L("优先级", "Priority")] = WorkOrderLabels.Priority(o.Priority),
        [L("状态", "State")] = WorkOrderLabels.State(o.State),
        [L("故障描述", "Description")] = o.Description,
        [L("报修时间", "Reported")] = MuseumClock.Format(o.ReportedAt),
        [L("完成时间", "Done")] = o.DoneAt is { } d ? MuseumClock.Format(d) : "",
        [L("维修人", "Assignee")] = o.Assignee,
        [L("费用（元）", "Cost (yuan)")] = o.Cost,
    };
}
