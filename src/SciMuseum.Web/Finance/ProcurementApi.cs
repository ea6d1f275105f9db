using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Finance;

/// <summary>
/// /api/v1/finance/procurement-plan and /api/v1/finance/findings: the records behind 政府采购执行率 (the plan against
/// procurement bought) and 资金使用合规性 (what inspections and audits found).
/// </summary>
public static class ProcurementApi
{
    private static readonly AuthorizeAttribute Editors = new() { Roles = Roles.FinanceEditors };

    public static void MapProcurementApi(this IEndpointRouteBuilder api)
    {
        var fin = api.MapGroup("/finance").WithTags("Finance").RequireAuthorization(FinanceApi.Readers);

        fin.MapGet("/procurement-plan", PlanAsync).WithName("GetProcurementPlan")
            .WithSummary("A year's procurement plan lines against the procurement bought, with planned, bought (yuan) and executionRate (%); ?format=xlsx|csv");
        fin.MapPost("/procurement-plan", async Task<Results<Created<ProcurementPlanLine>, Refused>> (SaveProcurementPlanLine.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveProcurementPlanLine.HandleAsync(db, null, c, ct), l => $"/api/v1/finance/procurement-plan?year={l.Year}"))
            .RequireAuthorization(Editors).WithName("CreateProcurementPlanLine").WithSummary("Add a line to a year's procurement plan (政府采购计划)");
        fin.MapPut("/procurement-plan/{id:guid}", async Task<Results<Ok<ProcurementPlanLine>, Refused>> (Guid id, SaveProcurementPlanLine.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveProcurementPlanLine.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(Editors).WithName("UpdateProcurementPlanLine").WithSummary("Change a procurement plan line");
        fin.MapDelete("/procurement-plan/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.ProcurementPlanLines, id, ct))
            .RequireAuthorization(Editors).WithName("DeleteProcurementPlanLine").WithSummary("Remove a procurement plan line (kept in history)");

        fin.MapGet("/findings", FindingsAsync).WithName("ListFinanceFindings")
            .WithSummary("A year's findings of inspections and audits on the use of funds (资金使用合规性 counts them); ?format=xlsx|csv");
        fin.MapPost("/findings", async Task<Results<Created<FinanceFinding>, Refused>> (RecordFinding.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await RecordFinding.HandleAsync(db, null, c, ct), f => $"/api/v1/finance/findings?year={f.Date.Year}"))
            .RequireAuthorization(Editors).WithName("RecordFinanceFinding").WithSummary("Record a finding of an inspection or audit");
        fin.MapPut("/findings/{id:guid}", async Task<Results<Ok<FinanceFinding>, Refused>> (Guid id, RecordFinding.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await RecordFinding.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(Editors).WithName("UpdateFinanceFinding").WithSummary("Correct a finding, e.g. with its rectification");
        fin.MapDelete("/findings/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.FinanceFindings, id, ct))
            .RequireAuthorization(Editors).WithName("DeleteFinanceFinding").WithSummary("Remove a finding recorded in error (kept in history)");
    }

    private static async Task<IResult> PlanAsync(int? year, string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        if (Refuse(year, format, clock, out var y) is { } bad) return bad;
        var plan = await ProcurementExecution.HandleAsync(db, y, ct);
        return Exports.Wanted(format) ? Exports.File(format, $"procurement-plan-{y}", [.. plan.Lines.Select(PlanRow)]) : TypedResults.Ok(plan);
    }

    private static async Task<IResult> FindingsAsync(int? year, string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        if (Refuse(year, format, clock, out var y) is { } bad) return bad;
        var findings = await RecordFinding.ListAsync(db, y, ct);
        return Exports.Wanted(format) ? Exports.File(format, $"finance-findings-{y}", [.. findings.Select(FindingRow)]) : TypedResults.Ok(findings);
    }

    private static IResult? Refuse(int? year, string? format, TimeProvider clock, out int y)
    {
        y = year ?? MuseumClock.Today(clock).Year;
        if (!Plausible.IsYear(y)) return Problems.Field("year", Plausible.YearMessage);
        if (format is not null && !Exports.Wanted(format)) return Problems.Field("format", "格式只能是 xlsx 或 csv。", "The format must be xlsx or csv.");
        return null;
    }

    /// <summary>One plan line as exported, with the page's headers.</summary>
    public static IDictionary<string, object?> PlanRow(ProcurementExecution.PlanLine l) => new Dictionary<string, object?>
    {
        [L("采购项目", "Item")] = l.Name,
        [L("品目", "Category")] = FinanceLabels.Of(l.Category),
        [L("采购方式", "Method")] = l.Method,
        [L("预算项目", "Budget line")] = l.BudgetLine ?? "",
        [L("计划金额（元）", "Planned (yuan)")] = l.Amount,
        [L("该项目采购支出（元）", "Bought on the line (yuan)")] = l.BoughtOnLine,
        [L("备注", "Note")] = l.Note,
    };

    /// <summary>One finding as exported, with the page's headers.</summary>
    public static IDictionary<string, object?> FindingRow(FinanceFinding f) => new Dictionary<string, object?>
    {
        [L("日期", "Date")] = f.Date.ToString("yyyy-MM-dd"),
        [L("来源", "Source")] = FinanceLabels.Of(f.Source),
        [L("检查审计单位", "By")] = f.Issuer,
        [L("发现的问题", "Finding")] = f.Description,
        [L("涉及金额（元）", "Amount (yuan)")] = f.Amount,
        [L("整改情况", "Rectification")] = f.Rectification,
    };
}
