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

        fin.MapPost("/stated-figures", async Task<Results<Created<StatedFigure>, ProblemHttpResult>> (SaveStatedFigure.Command c, MuseumDb db, CancellationToken ct) =>
                await SaveStatedFigure.HandleAsync(db, null, c, ct) is { } f ? TypedResults.Created($"/api/v1/finance/stated-figures/{f.Id}", f) : NotFound())
            .RequireAuthorization(Editors).WithName("CreateStatedFigure");
        fin.MapPut("/stated-figures/{id:guid}", async Task<Results<Ok<StatedFigure>, ProblemHttpResult>> (Guid id, SaveStatedFigure.Command c, MuseumDb db, CancellationToken ct) =>
                await SaveStatedFigure.HandleAsync(db, id, c, ct) is { } f ? TypedResults.Ok(f) : NotFound())
            .RequireAuthorization(Editors).WithName("UpdateStatedFigure");
        fin.MapDelete("/stated-figures/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.StatedFigures, id, ct))
            .RequireAuthorization(Editors).WithName("DeleteStatedFigure");

        fin.MapGet("/monitoring", MonitoringAsync).WithName("GetMonitoring")
            .WithSummary("双监控: each line's cumulative spending against its planned curve per month, with a traffic light; ?month=&threshold=");
        fin.MapPut("/lines/{id:guid}/plan", async Task<Results<Ok<BudgetLine>, ProblemHttpResult>> (Guid id, SetSpendingPlan.Command c, MuseumDb db, CancellationToken ct) =>
                await SetSpendingPlan.HandleAsync(db, id, c, ct) is { } line ? TypedResults.Ok(line) : NotFound())
            .RequireAuthorization(Editors).WithName("SetSpendingPlan");

        fin.MapGet("/budgets", async (MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Budgets.AsNoTracking().OrderByDescending(b => b.Year).ToListAsync(ct))).RequireAuthorization(Readers).WithName("ListBudgets");
        fin.MapPost("/budgets", async Task<Results<Created<Budget>, ProblemHttpResult>> (SaveBudget.Command c, MuseumDb db, CancellationToken ct) =>
                await SaveBudget.HandleAsync(db, c, ct) is { } b
                    ? TypedResults.Created($"/api/v1/finance/budgets/{b.Id}", b)
                    : Problems.Refused("duplicate-year", "该年度预算已存在。", "There is already a budget for that year."))
            .RequireAuthorization(Editors).WithName("CreateBudget");

        fin.MapGet("/lines", async (int year, MuseumDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.BudgetLines.AsNoTracking().Where(l => l.Budget!.Year == year).OrderBy(l => l.SortOrder).ToListAsync(ct)))
            .RequireAuthorization(Readers).WithName("ListBudgetLines");
        fin.MapPost("/lines", (SaveBudgetLine.Command c, MuseumDb db, CancellationToken ct) => SaveLineAsync(db, null, c, ct))
            .RequireAuthorization(Editors).WithName("CreateBudgetLine");
        fin.MapPut("/lines/{id:guid}", (Guid id, SaveBudgetLine.Command c, MuseumDb db, CancellationToken ct) => SaveLineAsync(db, id, c, ct))
            .RequireAuthorization(Editors).WithName("UpdateBudgetLine");
        fin.MapGet("/lines/{id:guid}/adjustments", async Task<Results<Ok<List<BudgetAdjustment>>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
            await db.BudgetLines.AnyAsync(l => l.Id == id, ct) // another museum's line is not there (404), not an empty list
                ? TypedResults.Ok(await db.BudgetAdjustments.AsNoTracking().Where(a => a.LineId == id).OrderBy(a => a.Date).ToListAsync(ct))
                : NotFound())
            .RequireAuthorization(Readers).WithName("ListAdjustments");
        fin.MapPost("/lines/{id:guid}/adjustments", async Task<Results<Created<BudgetAdjustment>, ProblemHttpResult>> (
                Guid id, AdjustBudgetLine.Command c, MuseumDb db, CancellationToken ct) =>
                await AdjustBudgetLine.HandleAsync(db, id, c, ct) is { } a
                    ? TypedResults.Created($"/api/v1/finance/lines/{id}/adjustments", a)
                    : NotFound())
            .RequireAuthorization(Editors).WithName("AdjustBudgetLine");

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
            .RequireAuthorization(Editors).WithName("RecordReceipt");
        fin.MapDelete("/receipts/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await RecordReceipt.DeleteAsync(db, id, ct) switch
                {
                    null => NotFound(),
                    false => Problems.Refused("over-budget", "撤销这笔到位资金后，该项目的支出将超过到位资金。", "Without this receipt the line would have spent more than it received."),
                    true => TypedResults.NoContent(),
                })
            .RequireAuthorization(Editors).WithName("DeleteReceipt");

        fin.MapGet("/expenditures", async (int? year, Guid? lineId, DateOnly? from, DateOnly? to, int? page, int? pageSize, string? format, MuseumDb db, CancellationToken ct) =>
            {
                var q = new ListLedger.Query(year, lineId, from, to, page, pageSize);
                return Exports.Wanted(format)
                    ? Exports.File(format, "expenditures", [.. (await ListLedger.Expenditures(db, q).Take(MaxExportRows).ToListAsync(ct)).Select(FinanceTables.Expenditure)])
                    : TypedResults.Ok(await ListLedger.ExpendituresAsync(db, q, ct));
            })
            .RequireAuthorization(Readers).WithName("ListExpenditures").WithSummary("Expenditures, newest first; ?format=xlsx|csv exports every match");
        fin.MapPost("/expenditures", RecordExpenditureAsync).RequireAuthorization(Editors).WithName("RecordExpenditure")
            .WithSummary("Pay from a line; refused (409 /problems/over-budget) beyond its received funds unless a finance leader gives overrideReason");
        fin.MapDelete("/expenditures/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.Expenditures, id, ct))
            .RequireAuthorization(Editors).WithName("DeleteExpenditure");
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

    private static async Task<Results<Created<Expenditure>, ProblemHttpResult>> RecordExpenditureAsync(
        RecordExpenditure.Command c, HttpContext ctx, MuseumDb db, CancellationToken ct)
    {
        var mayOverride = Roles.FinanceLeaders.Split(',').Any(ctx.User.IsInRole);
        return await RecordExpenditure.HandleAsync(db, c, mayOverride, ct) switch
        {
            RecordExpenditure.Recorded r => TypedResults.Created($"/api/v1/finance/expenditures/{r.Expenditure.Id}", r.Expenditure),
            RecordExpenditure.OverFunds o => Problems.Refused("over-budget",
                $"超出该项目到位资金：可用 {Money.Yuan(o.Available)}，本次 {Money.Yuan(o.Requested)}。" + (mayOverride ? "如确需支出，请填写超支原因。" : "需由财务负责人填写原因后方可超支。"),
                $"Beyond the line's received funds: {o.Available:0.00} available, {o.Requested:0.00} requested." + (mayOverride ? " Give an override reason if it must be paid." : " Only a finance leader may override, with a reason.")),
            _ => NotFound(),
        };
    }

    private static async Task<Results<Ok<BudgetLine>, ProblemHttpResult>> SaveLineAsync(MuseumDb db, Guid? id, SaveBudgetLine.Command c, CancellationToken ct) =>
        await SaveBudgetLine.HandleAsync(db, id, c, ct) switch
        {
            SaveBudgetLine.Saved s => TypedResults.Ok(s.Line),
            SaveBudgetLine.DuplicateCode => Problems.Refused("duplicate-code", "该年度已有相同编码的预算项目。", "Another line of that year has this code."),
            _ => NotFound(),
        };

    private static ProblemHttpResult NotFound() => Problems.NotFound("本馆没有这条记录。", "No such record in this museum.");
}
