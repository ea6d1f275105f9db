using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Finance;

/// <summary>/api/v1/finance: budgets, lines, receipts, expenditures, the execution table and reconciliation.</summary>
public static class FinanceApi
{
    private static readonly AuthorizeAttribute Editors = new() { Roles = Roles.FinanceEditors };
    internal static readonly AuthorizeAttribute Readers = new() { Roles = Roles.FinanceReaders };

    /// <summary>An export is a spreadsheet a person opens: past this it is a backup, not an export.</summary>
    private const int MaxExportRows = 200_000;

    public static void MapFinanceApi(this IEndpointRouteBuilder api)
    {
        var fin = api.MapGroup("/finance").WithTags("Finance").RequireAuthorization();

        fin.MapGet("/execution", ExecutionAsync).WithName("GetExecution")
            .WithSummary("The execution table of a year: per line approved, received, spent (yuan) and executionRate (%); ?format=xlsx|csv");
        fin.MapGet("/reconciliation", ReconciliationAsync).RequireAuthorization(Readers)
            .WithName("GetReconciliation")
            .WithSummary("Each stated figure of a year with the computed one, the difference and a disagrees flag");

        fin.MapPost("/stated-figures", async Task<Results<Created<StatedFigure>, Refused>> (SaveStatedFigure.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveStatedFigure.HandleAsync(db, null, c, ct), f => $"/api/v1/finance/stated-figures/{f.Id}"))
            .RequireAuthorization(Editors).WithName("CreateStatedFigure").WithSummary("Record a figure as an outside document states it, to compare with the computed one");
        fin.MapPut("/stated-figures/{id:guid}", async Task<Results<Ok<StatedFigure>, Refused>> (Guid id, SaveStatedFigure.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveStatedFigure.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(Editors).WithName("UpdateStatedFigure").WithSummary("Change a stated figure");
        fin.MapDelete("/stated-figures/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.StatedFigures, id, ct))
            .RequireAuthorization(Editors).WithName("DeleteStatedFigure").WithSummary("Delete a stated figure");

        fin.MapGet("/monitoring", MonitoringAsync).WithName("GetMonitoring")
            .WithSummary("双监控: each line's cumulative spending against its planned curve per month, with a traffic light; ?month=&threshold=");
        fin.MapPut("/lines/{id:guid}/plan", async Task<Results<Ok<BudgetLine>, Refused>> (Guid id, SetSpendingPlan.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SetSpendingPlan.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(Editors).WithName("SetSpendingPlan").WithSummary("Set a budget line's planned cumulative spending per month (percent of received funds)");

        fin.MapGet("/budgets", async (MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Budgets.AsNoTracking().OrderByDescending(b => b.Year).ToListAsync(ct))).RequireAuthorization(Readers).WithName("ListBudgets").WithSummary("Budgets, newest year first");
        fin.MapPost("/budgets", async Task<Results<Created<Budget>, Refused>> (SaveBudget.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveBudget.HandleAsync(db, c, ct), b => $"/api/v1/finance/budgets/{b.Id}"))
            .RequireAuthorization(Editors).WithName("CreateBudget").WithSummary("Open a year's budget; 409 when that year already has one");

        fin.MapGet("/lines", async (int year, MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.BudgetLines.AsNoTracking().Where(l => l.Budget!.Year == year).OrderBy(l => l.SortOrder).ToListAsync(ct)))
            .RequireAuthorization(Readers).WithName("ListBudgetLines").WithSummary("A year's budget lines in their order");
        fin.MapPost("/lines", (SaveBudgetLine.Command c, MuseumDb db, CancellationToken ct) => SaveLineAsync(db, null, c, ct))
            .RequireAuthorization(Editors).WithName("CreateBudgetLine").ProducesProblem(404).ProducesProblem(409).WithSummary("Add a budget line; 409 when the year already has a line with that code");
        fin.MapPut("/lines/{id:guid}", (Guid id, SaveBudgetLine.Command c, MuseumDb db, CancellationToken ct) => SaveLineAsync(db, id, c, ct))
            .RequireAuthorization(Editors).WithName("UpdateBudgetLine").WithSummary("Change a budget line; 409 when the year already has a line with that code");
        fin.MapGet("/lines/{id:guid}/adjustments", async Task<Results<Ok<List<BudgetAdjustment>>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
            await db.BudgetLines.AnyAsync(l => l.Id == id, ct) // another museum's line is not there (404), not an empty list
                ? TypedResults.Ok(await db.BudgetAdjustments.AsNoTracking().Where(a => a.LineId == id).OrderBy(a => a.Date).ToListAsync(ct))
                : Problems.NotFound("本馆没有这个预算项目。", "No such budget line in this museum."))
            .RequireAuthorization(Readers).WithName("ListAdjustments").WithSummary("A budget line's audited adjustments (调整), oldest first");
        fin.MapPost("/lines/{id:guid}/adjustments", async Task<Results<Created<BudgetAdjustment>, Refused>> (
                Guid id, AdjustBudgetLine.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await AdjustBudgetLine.HandleAsync(db, id, c, ct), _ => $"/api/v1/finance/lines/{id}/adjustments"))
            .RequireAuthorization(Editors).WithName("AdjustBudgetLine").WithSummary("Adjust a line's approved amount with a reason (audited); a past period or signed-off year needs a leader and a reason");

        fin.MapGet("/receipts", async (int? year, Guid? lineId, DateOnly? from, DateOnly? to, int? page, int? pageSize, string? format, MuseumDb db, CancellationToken ct) =>
            {
                var q = new ListLedger.Query(year, lineId, from, to, page, pageSize);
                return Exports.Wanted(format)
                    ? Exports.File(format, "receipts", [.. (await ListLedger.Receipts(db, q).Take(MaxExportRows).ToListAsync(ct)).Select(FinanceTables.Receipt)])
                    : TypedResults.Ok(await ListLedger.ReceiptsAsync(db, q, ct));
            })
            .RequireAuthorization(Readers).WithName("ListReceipts").WithSummary("Receipts, newest first; ?format=xlsx|csv exports every match");
        fin.MapPost("/receipts", async (RecordReceipt.Command c, MuseumDb db, CancellationToken ct) =>
            { var r = await RecordReceipt.HandleAsync(db, c, ct); return TypedResults.Created($"/api/v1/finance/receipts/{r.Id}", r); })
            .RequireAuthorization(Editors).WithName("RecordReceipt").WithSummary("Record funds received (资金到位) on a budget line");
        fin.MapDelete("/receipts/{id:guid}", async Task<Results<NoContent, Refused>> (Guid id, MuseumDb db, CancellationToken ct) =>
                Answers.NoContent(await RecordReceipt.DeleteAsync(db, id, ct)))
            .RequireAuthorization(Editors).WithName("DeleteReceipt").WithSummary("Withdraw a receipt; 409 when the line would then have spent more than it received");

        fin.MapGet("/expenditures", async (int? year, Guid? lineId, DateOnly? from, DateOnly? to, int? page, int? pageSize, string? format, MuseumDb db, CancellationToken ct) =>
            {
                var q = new ListLedger.Query(year, lineId, from, to, page, pageSize);
                return Exports.Wanted(format)
                    ? Exports.File(format, "expenditures", [.. (await ListLedger.Expenditures(db, q).Take(MaxExportRows).ToListAsync(ct)).Select(FinanceTables.Expenditure)])
                    : TypedResults.Ok(await ListLedger.ExpendituresAsync(db, q, ct));
            })
            .RequireAuthorization(Readers).WithName("ListExpenditures").WithSummary("Expenditures, newest first; ?format=xlsx|csv exports every match");
        fin.MapPost("/expenditures", RecordExpenditureAsync).RequireAuthorization(Editors).WithName("RecordExpenditure").ProducesProblem(404).ProducesProblem(409)
            .WithSummary("Pay from a line; refused (409 /problems/over-budget) beyond its received funds unless a finance leader gives overrideReason");
        fin.MapDelete("/expenditures/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.Expenditures, id, ct))
            .RequireAuthorization(Editors).WithName("DeleteExpenditure").WithSummary("Delete an expenditure");
    }

    private static async Task<IResult> ExecutionAsync(int year, DateOnly? from, DateOnly? to, string? format, HttpContext ctx,
        MuseumDb db, FinanceMetrics metrics, CancellationToken ct)
    {
        var table = await metrics.ExecutionAsync(year, from, to, await FinanceAccess.VisibleDepartmentsAsync(ctx.User, db, ct), ct);
        return Exports.Wanted(format) ? Exports.File(format, $"execution-{year}", [.. FinanceTables.Execution(table)]) : TypedResults.Ok(table);
    }

    private static async Task<Results<Ok<Monitoring.Report>, ValidationProblem>> MonitoringAsync(int year, int? month, decimal? threshold,
        HttpContext ctx, MuseumDb db, Monitoring monitoring, TimeProvider clock, CancellationToken ct)
    {
        var today = MuseumClock.Today(clock);
        var m = month ?? (year == today.Year ? today.Month : 12);
        if (m is < 1 or > 12 || threshold is < 0 or > 100)
            return Problems.Validation(new Dictionary<string, string[]>
            {
                [m is < 1 or > 12 ? "month" : "threshold"] = [Core.Common.Bilingual.L("超出范围。", "Out of range.")],
            });
        var departments = await FinanceAccess.VisibleDepartmentsAsync(ctx.User, db, ct);
        return TypedResults.Ok(await monitoring.RunAsync(year, m, threshold ?? 5m, departments, ct));
    }

    private static async Task<IResult> ReconciliationAsync(int year, string? format, MuseumDb db, FinanceMetrics metrics, CancellationToken ct)
    {
        var rows = await Reconciliation.HandleAsync(db, metrics, year, ct);
        return Exports.Wanted(format) ? Exports.File(format, $"reconciliation-{year}", [.. rows.Select(FinanceTables.Reconciled)]) : TypedResults.Ok(rows);
    }

    private static async Task<Results<Created<Expenditure>, Refused>> RecordExpenditureAsync(
        RecordExpenditure.Command c, HttpContext ctx, MuseumDb db, CancellationToken ct)
    {
        var mayOverride = Roles.FinanceLeaders.Split(',').Any(ctx.User.IsInRole);
        return Answers.Created(await RecordExpenditure.HandleAsync(db, c, mayOverride, ct), e => $"/api/v1/finance/expenditures/{e.Id}");
    }

    private static async Task<Results<Ok<BudgetLine>, Refused>> SaveLineAsync(MuseumDb db, Guid? id, SaveBudgetLine.Command c, CancellationToken ct) =>
        Answers.Ok(await SaveBudgetLine.HandleAsync(db, id, c, ct));
}
