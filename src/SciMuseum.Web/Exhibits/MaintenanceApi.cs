using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Exhibits;

/// <summary>/api/v1/exhibits/maintenance and /consumables: preventive maintenance plans with their calendar, and the consumables' stock.</summary>
public static class MaintenanceApi
{
    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = ExhibitsApi.Editors };

    /// <summary>Who approves a purchase request: the leaders, not the department that asks.</summary>
    public const string ApproverRoles = Roles.SystemAdmin + "," + Roles.MuseumLeader;

    private static readonly AuthorizeAttribute Approvers = new() { Roles = ApproverRoles };
    private static readonly AuthorizeAttribute FinanceOnly = new() { Roles = Roles.FinanceEditors };

    public static void MapMaintenanceApi(this RouteGroupBuilder x)
    {
        x.MapGet("/maintenance/plans", async (MuseumDb db, CancellationToken ct) => TypedResults.Ok(await ListMaintenancePlans.HandleAsync(db, ct)))
            .WithName("ListMaintenancePlans").WithSummary("Preventive maintenance plans with their scope, checklist, next due day and how many exhibits a round covers");
        x.MapPost("/maintenance/plans", async Task<Results<Created<MaintenancePlan>, Refused>> (SaveMaintenancePlan.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await SaveMaintenancePlan.HandleAsync(db, clock, null, c, ct), p => $"/api/v1/exhibits/maintenance/plans/{p.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateMaintenancePlan")
            .WithSummary("Make a plan {name, exhibitId | hallId/category, frequency Daily|Weekly|Monthly, checklist[], startDate}; its rounds become work orders when due");
        x.MapPut("/maintenance/plans/{id:guid}", async Task<Results<Ok<MaintenancePlan>, Refused>> (Guid id, SaveMaintenancePlan.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await SaveMaintenancePlan.HandleAsync(db, clock, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateMaintenancePlan").WithSummary("Change a plan (a new start or frequency reschedules its next round)");
        x.MapDelete("/maintenance/plans/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.MaintenancePlans, id, ct))
            .RequireAuthorization(EditorsOnly).WithName("DeleteMaintenancePlan").WithSummary("Remove a plan (its work orders stay)");
        x.MapGet("/maintenance/calendar", CalendarAsync).WithName("GetMaintenanceCalendar")
            .WithSummary("The active plans' rounds due from ?from= to ?to= (YYYY-MM-DD, at most 366 days; default this month)");

        x.MapGet("/consumables", async (MuseumDb db, CancellationToken ct) => TypedResults.Ok(await ListConsumables.HandleAsync(db, ct)))
            .WithName("ListConsumables").WithSummary("Consumables with the stock remaining at each location and in all, and whether each needs reordering");
        x.MapPost("/consumables", async Task<Results<Created<Consumable>, Refused>> (SaveConsumable.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveConsumable.HandleAsync(db, null, c, ct), i => $"/api/v1/exhibits/consumables/{i.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateConsumable").WithSummary("Add a consumable {code, name, unit, minimumStock}");
        x.MapPut("/consumables/{id:guid}", async Task<Results<Ok<Consumable>, Refused>> (Guid id, SaveConsumable.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveConsumable.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateConsumable").WithSummary("Correct a consumable");
        x.MapGet("/consumables/movements", async Task<Results<Ok<Page<ListConsumables.MovementView>>, ValidationProblem>> (Guid? consumable, int? page, int? pageSize,
                MuseumDb db, CancellationToken ct) => TypedResults.Ok(await ListConsumables.MovementsAsync(db, consumable, page, pageSize, ct)))
            .WithName("ListStockMovements").WithSummary("Receipts and issues, latest first; ?consumable=&page=&pageSize=");
        x.MapPost("/consumables/{id:guid}/receipts", async Task<Results<Created<StockMovement>, Refused>> (Guid id, MoveStock.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await MoveStock.ReceiveAsync(db, clock, id, c, ct), m => $"/api/v1/exhibits/consumables/movements?consumable={id}"))
            .RequireAuthorization(EditorsOnly).WithName("ReceiveConsumable").WithSummary("入库 {location, quantity, purchaseRequestId?, note}: adds units at a location");
        x.MapPost("/consumables/{id:guid}/issues", async Task<Results<Created<StockMovement>, Refused>> (Guid id, MoveStock.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await MoveStock.IssueAsync(db, clock, id, c, ct), m => $"/api/v1/exhibits/consumables/movements?consumable={id}"))
            .RequireAuthorization(EditorsOnly).WithName("IssueConsumable")
            .WithSummary("领用 {location, quantity, workOrderId?, note}: more than is on hand at the location is a field error on quantity and writes nothing");
        x.MapGet("/consumables/purchase-requests", async (PurchaseRequestState? state, MuseumDb db, CancellationToken ct) => TypedResults.Ok(await RequestPurchase.ListAsync(db, ct, state)))
            .WithName("ListPurchaseRequests")
            .WithSummary("Purchase requests for consumables, latest first, with the reorder alert that raised each and the expenditure it became; ?state=Requested|Approved|Ordered|Received|Cancelled");
        x.MapPost("/consumables/purchase-requests/{id:guid}/approve", async Task<Results<Ok<PurchaseRequest>, Refused>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await PurchaseRequestSteps.ApproveAsync(db, clock, id, ct)))
            .RequireAuthorization(Approvers).WithName("ApprovePurchaseRequest")
            .WithSummary("A leader approves a requested purchase (a request not in Requested is a 409 and nothing is written)");
        x.MapPost("/consumables/purchase-requests/{id:guid}/cancel", async Task<Results<Ok<PurchaseRequest>, Refused>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await PurchaseRequestSteps.CancelAsync(db, clock, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("CancelPurchaseRequest").WithSummary("Withdraw a request not yet ordered");
        x.MapPost("/consumables/purchase-requests/{id:guid}/order", async Task<Results<Ok<PurchaseRequest>, Refused>> (Guid id, PurchaseRequestSteps.OrderCommand c, HttpContext ctx,
                MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await PurchaseRequestSteps.OrderAsync(db, clock, id, c, Roles.FinanceLeaders.Split(',').Any(ctx.User.IsInRole), ct)))
            .RequireAuthorization(FinanceOnly).WithName("OrderPurchaseRequest")
            .WithSummary("Finance buys an approved request: the body is an expenditure {lineId, date, amount, payee, voucherNumber, isProcurement, procurementMethod…} "
                + "recorded on the budget line as POST /finance/expenditures would (over the line's funds is a 409), and the request turns Ordered with its expenditureId; both or neither");
        x.MapPost("/consumables/purchase-requests", async Task<Results<Created<PurchaseRequest>, Refused>> (RequestPurchase.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await RequestPurchase.HandleAsync(db, clock, c, ct), r => "/api/v1/exhibits/consumables/purchase-requests"))
            .RequireAuthorization(EditorsOnly).WithName("RequestPurchase").WithSummary("申购 {consumableId, quantity, estimatedCost?, reason}: for finance to procure");
    }

    private static async Task<Results<Ok<List<ListMaintenancePlans.Round>>, ValidationProblem>> CalendarAsync(DateOnly? from, DateOnly? to, MuseumDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var today = MuseumClock.Today(clock);
        var start = from ?? new DateOnly(today.Year, today.Month, 1);
        var end = to ?? start.AddMonths(1).AddDays(-1);
        if (!Dates.InRange(start)) return Problems.Field("from", Dates.Message);
        if (!Dates.InRange(end)) return Problems.Field("to", Dates.Message);
        if (end < start || end.DayNumber - start.DayNumber > 366)
            return Problems.Field("to", L("结束日须在开始日之后，且不超过 366 天。", "The end must follow the start, at most 366 days later."));
        return TypedResults.Ok(await ListMaintenancePlans.CalendarAsync(db, start, end, ct));
    }
}
