using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// Move a work order to its next state and record the transition. The move is one conditional UPDATE (WHERE State =
/// the state it was read in), so two technicians closing the same order at once close it once: the second is refused.
/// Closing a preventive order takes its checklist's results; a failed item opens a corrective order on the exhibit by itself.
/// </summary>
public static class MoveWorkOrder
{
    public sealed record Command(WorkOrderState? To, string? Note, string? Assignee, decimal? Cost,
        IReadOnlyList<CheckResult?>? Checks = null, DowntimeReason? Downtime = null);

    /// <summary>One checklist item's result: passed or not, and what was found.</summary>
    public sealed record CheckResult(Guid? Id, bool? Passed, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.To).Required().IsInEnum().WithMessage(_ => L("状态无效。", "Unknown state."));
            RuleFor(c => c.Note).OptionalText(1000);
            RuleFor(c => c.Assignee).OptionalText(50);
            RuleFor(c => c.Cost).InclusiveBetween(0, Money.MaxAmount).WithMessage(_ => L("金额须在 0 到 1,000 亿元之间。", "The amount must be between 0 and 100 billion yuan."));
            RuleFor(c => c.Downtime).IsInEnum().WithMessage(_ => L("停用原因无效。", "Unknown downtime reason."));
            RuleFor(c => c.Checks).Must(l => l is null || l.Count <= SaveMaintenancePlan.MaxItems)
                .WithMessage(_ => L($"点检结果最多 {SaveMaintenancePlan.MaxItems} 项。", $"At most {SaveMaintenancePlan.MaxItems} results."));
            RuleForEach(c => c.Checks).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => L("必填。", "Required.")).ChildRules(r =>
            {
                r.RuleFor(x => x!.Id).Required();
                r.RuleFor(x => x!.Passed).Required();
                r.RuleFor(x => x!.Note).OptionalText(200);
            });
        }
    }

    public static async Task<Outcome<WorkOrder>> HandleAsync(MuseumDb db, TimeProvider clock, Guid id, Command c, CancellationToken ct)
    {
        if (await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order) return new Outcome<WorkOrder>.NotFound();
        var to = c.To!.Value;
        if (!WorkOrder.Next(order.State).Contains(to))
            return Refusal(order.State, to);
        var now = clock.GetUtcNow().UtcDateTime;
        var from = order.State;
        var by = db.User.UserName ?? "";
        var assignee = string.IsNullOrWhiteSpace(c.Assignee) ? (to == WorkOrderState.Assigned && order.Assignee == "" ? by : order.Assignee) : c.Assignee.Trim();
        DateTime? doneAt = to == WorkOrderState.Done ? now : to == WorkOrderState.InProgress && from == WorkOrderState.Done ? null : order.DoneAt;
        var cost = c.Cost ?? order.Cost;
        var downtime = c.Downtime ?? order.Downtime;
        var checks = await db.WorkOrderChecks.Where(k => k.WorkOrderId == id).OrderBy(k => k.Position).ToListAsync(ct);
        if (c.Checks is { Count: > 0 } results)
        {
            foreach (var r in results)
            {
                if (checks.FirstOrDefault(k => k.Id == r!.Id) is not { } check)
                    return new Outcome<WorkOrder>.FieldError("checks", "点检项不属于这张工单。", "A checklist item is not this order's.");
                check.Passed = r!.Passed;
                check.Note = r.Note?.Trim() ?? "";
            }
        }
        if (to == WorkOrderState.Done && checks.Any(k => k.Passed is null))
            return new Outcome<WorkOrder>.FieldError("checks", "请逐项填写点检结果后再完成。", "Answer every checklist item before closing the order.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.WorkOrders.Where(o => o.Id == id && o.State == from).ExecuteUpdateAsync(u => u
            .SetProperty(o => o.State, to).SetProperty(o => o.Assignee, assignee).SetProperty(o => o.DoneAt, doneAt)
            .SetProperty(o => o.Cost, cost).SetProperty(o => o.Downtime, downtime).SetProperty(o => o.UpdatedAt, now), ct);
        if (moved == 0) return Refusal(from, to);
        db.WorkOrderTransitions.Add(new WorkOrderTransition { WorkOrderId = id, From = from, To = to, At = now, By = by, Note = c.Note?.Trim() ?? "" });
        // The stored figures move with the order, in its transaction: the month's repair time, the exhibit's downtime.
        if (to == WorkOrderState.Done) await RepairTotals.MoveAsync(db, order.MuseumId, id, order.ReportedAt, now, 1, ct);
        else if (from == WorkOrderState.Done && doneAt is null && order.DoneAt is { } closed) await RepairTotals.MoveAsync(db, order.MuseumId, id, order.ReportedAt, closed, -1, ct);
        var exhibit = await db.Exhibits.FirstOrDefaultAsync(e => e.Id == order.ExhibitId, ct);
        if (exhibit is not null && exhibit.Status is not (ExhibitStatus.Retired or ExhibitStatus.OnTour))
        {
            if (to == WorkOrderState.Done)
            {
                var othersOpen = await db.WorkOrders.AnyAsync(o => o.ExhibitId == exhibit.Id && o.Id != id
                    && o.State != WorkOrderState.Done && o.State != WorkOrderState.Verified, ct);
                if (!othersOpen) exhibit.Status = ExhibitStatus.InService;
            }
            else if (order.Downtime != DowntimeReason.None && to is WorkOrderState.InProgress or WorkOrderState.WaitingForParts or WorkOrderState.WaitingForProcurement)
                exhibit.Status = ExhibitStatus.UnderRepair;
            if (to == WorkOrderState.Done && checks.Where(k => k.Passed == false).ToList() is { Count: > 0 } failed)
            {
                var items = string.Join("；", failed.Select(k => k.Note == "" ? k.Item : $"{k.Item}（{k.Note}）"));
                var corrective = await OpenWorkOrder.AddAsync(db, now, exhibit, WorkOrderSource.FailedCheck, WorkOrderPriority.Normal,
                    Trim($"点检不合格（{order.Number}）：{items}", 1000), by, "", ct);
                corrective.ParentWorkOrderId = order.Id;
                corrective.Assignee = assignee;
            }
        }
        if (exhibit is not null)
            await ExhibitDowntimes.RefreshAsync(db, exhibit, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        order.State = to;
        order.Assignee = assignee;
        order.DoneAt = doneAt;
        order.Cost = cost;
        order.Downtime = downtime;
        return new Outcome<WorkOrder>.Done(order);
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static Outcome<WorkOrder>.Refused Refusal(WorkOrderState from, WorkOrderState to) => from == to
        ? new("already-" + to.ToString().ToLowerInvariant(), $"工单已是“{WorkOrderLabels.State(to, true)}”状态。", $"The order is already {WorkOrderLabels.State(to, false)}.")
        : new("invalid-transition", $"工单不能从“{WorkOrderLabels.State(from, true)}”转为“{WorkOrderLabels.State(to, true)}”。",
            $"An order cannot go from {WorkOrderLabels.State(from, false)} to {WorkOrderLabels.State(to, false)}.");
}

/// <summary>The module's words for states, priorities, categories and statuses, in both languages.</summary>
public static class WorkOrderLabels
{
    public static string State(WorkOrderState s, bool zh) => (s, zh) switch
    {
        (WorkOrderState.Reported, true) => "已报修", (WorkOrderState.Assigned, true) => "已派工", (WorkOrderState.InProgress, true) => "维修中",
        (WorkOrderState.WaitingForParts, true) => "等配件", (WorkOrderState.WaitingForProcurement, true) => "等采购", (WorkOrderState.Done, true) => "已完成",
        (WorkOrderState.Verified, true) => "已验收", (WorkOrderState.WaitingForParts, false) => "waiting for parts",
        (WorkOrderState.WaitingForProcurement, false) => "waiting for procurement", (WorkOrderState.InProgress, false) => "in progress",
        _ => s.ToString().ToLowerInvariant(),
    };

    public static string State(WorkOrderState s) => State(s, !IsEnglish);

    public static string Priority(WorkOrderPriority p) => p switch
    {
        WorkOrderPriority.Urgent => L("紧急（4 小时）", "Urgent (4 h)"), WorkOrderPriority.Low => L("低（7 天）", "Low (7 days)"), _ => L("一般（3 天）", "Normal (3 days)"),
    };

    public static string Source(WorkOrderSource s) => s switch
    {
        WorkOrderSource.FaultReport => L("扫码报修", "Fault report"), WorkOrderSource.Preventive => L("预防性维护", "Preventive"),
        WorkOrderSource.FailedCheck => L("点检不合格", "Failed check"), _ => L("员工登记", "Staff"),
    };

    public static string Frequency(PlanFrequency f) => f switch
    {
        PlanFrequency.Daily => L("每日", "Daily"), PlanFrequency.Weekly => L("每周", "Weekly"), _ => L("每月", "Monthly"),
    };

    public static string Downtime(DowntimeReason? r) => r switch
    {
        DowntimeReason.Wear => L("老化磨损", "Wear"), DowntimeReason.Damage => L("人为损坏", "Damage"), DowntimeReason.Electrical => L("电气故障", "Electrical"),
        DowntimeReason.Mechanical => L("机械故障", "Mechanical"), DowntimeReason.Software => L("软件故障", "Software"),
        DowntimeReason.Scheduled => L("计划停机", "Scheduled"), DowntimeReason.None => L("未停用", "Not down"), _ => "",
    };

    public static string FileKind(ExhibitFileKind k) => k switch
    {
        ExhibitFileKind.Photo => L("照片", "Photo"), ExhibitFileKind.Manual => L("说明书", "Manual"),
        ExhibitFileKind.Before => L("维修前", "Before"), ExhibitFileKind.After => L("维修后", "After"), _ => "",
    };

    public static string Category(ExhibitCategory c) => c switch
    {
        ExhibitCategory.Interactive => L("互动", "Interactive"), ExhibitCategory.Display => L("展示", "Display"),
        ExhibitCategory.Multimedia => L("多媒体", "Multimedia"), _ => L("大篷车", "Caravan"),
    };

    public static string Status(ExhibitStatus s) => s switch
    {
        ExhibitStatus.InService => L("完好", "In service"), ExhibitStatus.Faulty => L("故障", "Faulty"), ExhibitStatus.UnderRepair => L("维修中", "Under repair"),
        ExhibitStatus.Retired => L("已报废", "Retired"), _ => L("巡展中", "On tour"),
    };
}
