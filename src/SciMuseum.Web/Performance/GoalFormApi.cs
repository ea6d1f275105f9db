using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Performance;

/// <summary>/api/v1/performance/goals/{id}/…: the declaration printed as the issued form, and the judgement of a qualitative indicator.</summary>
public static class GoalFormApi
{
    public static void MapGoalFormApi(this RouteGroupBuilder perf)
    {
        perf.MapGet("/goals/{id:guid}/form", FormAsync).WithName("GetGoalForm")
            .WithSummary("The goal as the issued form (项目支出绩效目标申报表 or 部门整体支出绩效目标申报表): ?format=pdf (default) or xlsx");
        perf.MapPut("/goals/{id:guid}/indicators/{indicatorId:guid}/judgement", async Task<Results<Ok<GoalIndicator>, Refused>> (
                Guid id, Guid indicatorId, JudgeGoalIndicator.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await JudgeGoalIndicator.HandleAsync(db, id, indicatorId, c, ct)))
            .RequireAuthorization(PerformanceApi.Editors).WithName("JudgeGoalIndicator")
            .WithSummary("Score a qualitative indicator: its text actual and the judgement (Met, PartlyMet, NotMet)");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> FormAsync(Guid id, string? format, MuseumDb db, CancellationToken ct)
    {
        if (format is not (null or "pdf" or "xlsx")) return Problems.Field("format", "格式只能是 pdf 或 xlsx。", "The format must be pdf or xlsx.");
        if (await GoalForms.LoadAsync(db, id, ct) is not { } data) return PerformanceApi.NotFound();
        var name = $"{data.Goal.Year}-{(data.Goal.IsProject ? "project" : "department")}-goal";
        return format == "xlsx"
            ? TypedResults.File(GoalForms.Xlsx(data), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : TypedResults.File(GoalForms.Pdf(data), "application/pdf", name + ".pdf");
    }
}
